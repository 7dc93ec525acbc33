"""A report read as a web page against the same report read as text (issue 10: "the same reports as
web pages within 0.02 of the text"), over page templates written here in the manner of the sites
that publish the genre: a provincial portal (a sidebar of directives with numbers and dates, a
footer of the owner's address and telephone), a Party newspaper (a date line with the weekday and
time zone, a list of other districts' meetings, tags, the editor-in-chief named in the footer), a
television station's site (a player's clock, weather and exchange-rate widgets, comments), a
commune portal (a table layout: a menu cell of links, a visitor counter, an update stamp, a right column
of new headlines, no site name) and the same portal as older sites build it (``oldportal``: the menu's
and the right column's items plain text, no links, so the page's reader keeps them) and a site that
prints its head as plain paragraphs inside the article's container (``inline``; ``longhead``: forty of
them). ``--head N`` reads each text report under N plain head lines of a site too (a text copy of a
page: the site's masthead, menus and stamps above the report's own).

Every text report of ``examples/unseen`` and the dev set that has gold is wrapped in each template
and scored against its gold with ``../shared/eval/score.py``, beside the text; the page carries the
text record's own province and date (as a real page of the report would), so a field the page
reads worse is the page's chrome misleading the extractor. Prints per template: strict and loose
F1 and each metadata field, text and page, and the documents where the page reads worse.

Also seven templates of other site families (``GENRE_TEMPLATES``: national, partyportal, ward, readmore, amp,
printview, mobile), each given the text record's meeting and authors; reports from ex517 on are held out, never read.

    PYTHONPATH=src .venv/bin/python bench/page_parity.py [--templates portal,...,longhead,national,...,mobile] [--limit N] [--head N]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import first_sight  # noqa: E402  (the scorer's loader and the metadata fields)

SHARED = ROOT.parent / "shared"


def _paras(text: str) -> tuple[str, str]:
    """(title, body HTML) of a text report: its first line is the headline, the rest paragraphs."""
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    title, _, rest = paras[0].partition("\n")
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in [rest, *paras[1:]] if p)
    return title, body


def _dmy(date: str | None) -> tuple[str, str, str] | None:
    if date and len(date) == 10:
        y, m, d = date.split("-")
        return d, m, y
    return None


def portal(title: str, body: str, province: str | None, date: str | None) -> str:
    place = f"tỉnh {province}" if province else "tỉnh"
    dmy = _dmy(date)
    stamp = f"<div class='date'>Ngày đăng: {dmy[0]}/{dmy[1]}/{dmy[2]}</div>" if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:site_name" content="Cổng thông tin điện tử {place}"></head><body>
<header><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ {place.upper()}</div>
<nav><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> |
<a href="/van-ban">Văn bản</a> | <a href="/dvc">Dịch vụ công</a> | <a href="/lien-he">Liên hệ</a></nav></header>
<div class="row"><aside class="left"><h3>Văn bản chỉ đạo điều hành</h3><ul>
<li><a href="/vb/1">Quyết định số 1452/QĐ-UBND ngày 14/6/2024 về việc phê duyệt kế hoạch</a></li>
<li><a href="/vb/2">Công văn số 318/UBND-KT ngày 02/5/2024 về thu ngân sách</a></li>
<li><a href="/vb/3">Kế hoạch số 77/KH-UBND năm 2024 triển khai 12 nhiệm vụ trọng tâm</a></li></ul>
<h3>Lịch công tác</h3><p>Thứ Hai: Chủ tịch họp giao ban lúc 7 giờ 30.</p></aside>
<main><div class="breadcrumb">Trang chủ » Tin tức - Sự kiện » Hoạt động của lãnh đạo</div>
<article><h1>{html.escape(title)}</h1>{stamp}<div class="content">{body}</div>
<div class="tools">In trang | Gửi email | Lượt xem: 2.731</div></article>
<section class="other"><h3>Các tin khác</h3><ul>
<li><a href="/t/1">Hội nghị trực tuyến về chuyển đổi số cấp xã (12/06/2024)</a></li>
<li><a href="/t/2">Tiếp công dân định kỳ tháng 5 (20/05/2024)</a></li>
<li><a href="/t/3">Triển khai 5 mô hình dân vận khéo năm 2024 (06/05/2024)</a></li></ul></section></main></div>
<footer>Cơ quan chủ quản: Ủy ban nhân dân {place}. Địa chỉ: số 12 đường Trần Phú. Điện thoại: 0237.3852.123.
Ghi rõ nguồn khi phát hành lại thông tin từ cổng này. Đang truy cập: 148 | Tổng lượt truy cập: 12.604.338</footer>
</body></html>"""


def paper(title: str, body: str, province: str | None, date: str | None) -> str:
    name = f"Báo {province}" if province else "Báo Tin Địa Phương"
    dmy = _dmy(date)
    stamp = f"<div class='time'>Thứ Hai, {dmy[0]}/{dmy[1]}/{dmy[2]} 08:42 GMT+7</div>" if dmy else ""
    pub = f'<meta property="article:published_time" content="{date}T08:42:00+07:00">' if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - {name}</title>
<meta property="og:site_name" content="{name}">{pub}</head><body>
<div class="top">{name} - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam | English | 中文</div>
<nav><ul><li>Thời sự</li><li>Chính trị</li><li>Kinh tế</li><li>Xã hội</li><li>Pháp luật</li><li>Văn hóa</li>
<li>Thể thao</li><li>Emagazine</li></ul></nav>
<main><div class="cate">Chính trị › Xây dựng Đảng</div><article><h1 class="title">{html.escape(title)}</h1>{stamp}
<div class="detail">{body}</div><div class="tags">Từ khóa: sơ kết, kinh tế - xã hội, ngân sách</div>
<div class="social">Thích | Chia sẻ | 0 bình luận</div></article>
<section class="same"><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/a">Huyện miền núi hoàn thành 85% kế hoạch giải ngân vốn đầu tư công</a></li>
<li><a href="/b">Thành ủy sơ kết 6 tháng: thu ngân sách đạt 61,2% dự toán</a></li>
<li><a href="/c">Kết nạp 1.204 đảng viên mới trong năm</a></li></ul></section>
<section class="most"><h3>Đọc nhiều</h3><ol><li>Giá lúa tăng 300 đồng/kg</li><li>Thời tiết: mưa rào 20-40 mm</li></ol></section></main>
<footer>Tổng Biên tập: Lê Văn Hòa. Phó Tổng Biên tập: Trần Thị Mai. Giấy phép số 456/GP-BTTTT cấp ngày 10/8/2021.
Tòa soạn: 35 đường Lê Lợi. Đường dây nóng: 0912.000.111</footer></body></html>"""


def tv(title: str, body: str, province: str | None, date: str | None) -> str:
    name = f"Đài Phát thanh và Truyền hình {province}" if province else "Đài Phát thanh và Truyền hình"
    dmy = _dmy(date)
    stamp = f"<span class='time'>{dmy[0]}/{dmy[1]}/{dmy[2]}</span>" if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:site_name" content="{name}"><meta property="og:type" content="video.other"></head><body>
<header><div class="logo">{name}</div><div class="widgets">Thời tiết 31°C | Tỷ giá USD 25.460 | Giá vàng SJC 88,5 triệu
</div><nav>Truyền hình trực tiếp | Phát thanh | Thời sự | Chuyên mục | Podcast</nav></header>
<main><div class="player">Đang phát 00:00 / 03:12 | HD 720p</div><article><h1>{html.escape(title)}</h1>
<div class="meta">{stamp} | 1.027 lượt xem</div><div class="body">{body}</div></article>
<section class="cmt"><h3>Bình luận (0)</h3><p>Vui lòng đăng nhập để bình luận.</p></section>
<section class="more"><h3>Xem thêm</h3><ul><li>Bản tin thời sự 19h ngày 14/6</li><li>Phóng sự: 30 năm đổi mới
vùng biên</li><li>Tọa đàm: 7 giải pháp tăng thu ngân sách</li></ul></section></main>
<footer>Chịu trách nhiệm nội dung: Giám đốc Phạm Quốc Bảo. Giấy phép số 12/GP-TTĐT.</footer></body></html>"""


def commune(title: str, body: str, province: str | None, date: str | None) -> str:
    dmy = _dmy(date)
    stamp = f"<p class='date'>Cập nhật lúc 15:20 ngày {dmy[0]}/{dmy[1]}/{dmy[2]}</p>" if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
</head><body><div class="header">TRANG THÔNG TIN ĐIỆN TỬ</div>
<table class="layout"><tr><td class="menu"><ul><li><a href="/gt">Giới thiệu chung</a></li><li><a href="/cc">Cơ cấu tổ
chức</a></li><li><a href="/tt">Tin tức - Sự kiện</a></li><li><a href="/tthc">Thủ tục hành chính</a></li>
<li><a href="/lct">Lịch công tác</a></li><li><a href="/hd">Hỏi đáp</a></li></ul>
<div class="counter">Thống kê truy cập: Hôm nay 57 | Tháng 1.430 | Tổng 96.211</div></td>
<td class="main"><h2>{html.escape(title)}</h2>{stamp}{body}
<p class="src">Nguồn: Văn phòng HĐND và UBND</p></td>
<td class="right"><h4>Liên kết</h4><ul><li><a href="/dvc">Cổng dịch vụ công quốc gia</a></li><li><a href="/vb">Hệ thống
văn bản</a></li></ul><h4>Tin mới</h4><ul><li><a href="/n1">Ra quân tổng vệ sinh môi trường đợt 2</a></li><li><a href="/n2">Tập
huấn 3 lớp kỹ thuật chăn nuôi</a></li></ul></td>
</tr></table><div class="footer">Bản quyền thuộc về cơ quan chủ quản. Thiết kế bởi VNPT.</div></body></html>"""


def oldportal(title: str, body: str, province: str | None, date: str | None) -> str:
    """The commune portal as older sites build it: the menu cell's items are plain text (no links),
    so a reader that drops link-dense blocks keeps them, and they open the body text."""
    dmy = _dmy(date)
    stamp = f"<p class='date'>Cập nhật lúc 15:20 ngày {dmy[0]}/{dmy[1]}/{dmy[2]}</p>" if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
</head><body><div class="header">TRANG THÔNG TIN ĐIỆN TỬ</div>
<table class="layout"><tr><td class="menu"><ul><li>Giới thiệu chung</li><li>Cơ cấu tổ
chức</li><li>Tin tức - Sự kiện</li><li>Thủ tục hành chính</li>
<li>Lịch công tác</li><li>Hỏi đáp</li></ul>
<div class="counter">Thống kê truy cập: Hôm nay 57 | Tháng 1.430 | Tổng 96.211</div></td>
<td class="main"><h2>{html.escape(title)}</h2>{stamp}{body}
<p class="src">Nguồn: Văn phòng HĐND và UBND</p></td>
<td class="right"><h4>Liên kết</h4><ul><li>Cổng dịch vụ công quốc gia</li><li>Hệ thống
văn bản</li></ul><h4>Tin mới</h4><ul><li>Ra quân tổng vệ sinh môi trường đợt 2</li><li>Tập
huấn 3 lớp kỹ thuật chăn nuôi</li></ul></td>
</tr></table><div class="footer">Bản quyền thuộc về cơ quan chủ quản. Thiết kế bởi VNPT.</div></body></html>"""


def inline(title: str, body: str, province: str | None, date: str | None) -> str:
    """A site that prints its head inside the article's container, as plain paragraphs above the title
    (masthead, site line, language switch, date line, breadcrumb, update stamp, section names): what a
    text copy saved from such a page opens on, and no reader can tell from the page's structure."""
    dmy = _dmy(date)
    d = f"{dmy[0]}/{dmy[1]}/{dmy[2]}" if dmy else ""
    head = ["CỔNG THÔNG TIN ĐIỆN TỬ", "Cơ quan của Đảng bộ, chính quyền và Nhân dân", "Tiếng Việt | English",
            f"Thứ Năm, {d}", "Tin tức - Sự kiện > Chính trị", f"Cập nhật lúc 09:10 ngày {d}", "Tin tức - Sự kiện",
            "Chính quyền"]
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in head)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
</head><body><div id="content">{paras}<h3>{html.escape(title)}</h3>{body}</div>
<div id="footer">Bản quyền thuộc về cơ quan chủ quản.</div></body></html>"""


#: a site's head lines as a text copy of its page opens on them (``--head N``: the first N, repeated past 24),
#: above the text report's own first line (often its own masthead): the head counted from the top is long
HEAD_LINES = ["CỔNG THÔNG TIN ĐIỆN TỬ", "Cơ quan của Đảng bộ, chính quyền và Nhân dân", "Tiếng Việt | English",
              "Thứ Năm, {d}", "Tin tức - Sự kiện > Chính trị", "Cập nhật lúc 09:10 ngày {d}", "Tin tức - Sự kiện",
              "Chính quyền", "Liên hệ - Góp ý", "Đường dây nóng: 0912.000.111", "Văn bản mới", "Lịch công tác",
              "Thống kê truy cập: Hôm nay 57 | Tháng 1.430 | Tổng 96.211", "Giới thiệu chung", "Thủ tục hành chính",
              "Hỏi đáp", "Tìm kiếm", "Đăng nhập", "Sơ đồ cổng", "Dịch vụ công trực tuyến", "Công khai ngân sách",
              "Góp ý dự thảo", "Thông báo", "Video"]


def with_head(text: str, n: int, date: str | None) -> str:
    """A text report under ``n`` plain head lines of a site (its masthead, menus, date stamps)."""
    dmy = _dmy(date)
    d = f"{dmy[0]}/{dmy[1]}/{dmy[2]}" if dmy else ""
    lines = [HEAD_LINES[k % len(HEAD_LINES)].format(d=d) for k in range(n)]
    return "\n\n".join([*lines, text])


def longhead(title: str, body: str, province: str | None, date: str | None) -> str:
    """``inline`` with a longer head: forty of a site's head lines (``HEAD_LINES``) printed as plain paragraphs
    above the title inside the article's container."""
    dmy = _dmy(date)
    d = f"{dmy[0]}/{dmy[1]}/{dmy[2]}" if dmy else ""
    paras = "".join(f"<p>{html.escape(HEAD_LINES[k % len(HEAD_LINES)].format(d=d))}</p>" for k in range(40))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
</head><body><div id="content">{paras}<h3>{html.escape(title)}</h3>{body}</div>
<div id="footer">Bản quyền thuộc về cơ quan chủ quản.</div></body></html>"""


TEMPLATES: dict[str, Callable[[str, str, str | None, str | None], str]] = {
    "portal": portal, "paper": paper, "tv": tv, "commune": commune, "oldportal": oldportal, "inline": inline,
    "longhead": longhead}


# --- templates of other site families (issue 10: "sites nobody tuned for"). Each gets the text record's meeting
# and authors (as the real page of the report would carry them in its meta data), and the report's paragraphs.

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _parts(text: str) -> tuple[str, list[str]]:
    """(title, paragraphs as HTML) of a text report: its first line is the headline, the rest paragraphs."""
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    title, _, rest = paras[0].partition("\n")
    return title, [html.escape(p).replace("\n", "<br>") for p in [rest, *paras[1:]] if p.strip()]


def _weekday(date: str | None) -> str:
    import datetime as dt
    dmy = _dmy(date)
    return _WEEKDAYS[dt.date(int(dmy[2]), int(dmy[1]), int(dmy[0])).weekday()] if dmy else ""


def _site(m: dict[str, Any]) -> str:
    """The publisher's place as its site names it: the record's own locality and province."""
    kind, loc, prov = m.get("locality_kind"), m.get("locality"), m.get("province")
    if kind == "tỉnh" and loc:
        return f"tỉnh {loc}"
    if loc and kind and prov and loc != prov:
        return f"{kind} {loc}, tỉnh {prov}" if kind != "tỉnh" else f"tỉnh {prov}"
    return f"tỉnh {prov}" if prov else ""


def national(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """A national outlet: ``article:published_time``, ``<meta name="author">`` (the byline, else the outlet's
    name as such sites write it), JSON-LD NewsArticle (headline, datePublished, author, publisher), a breadcrumb,
    the date line under the headline, the sapo in bold, related links with figures, tags and a licence footer."""
    date = m.get("date")
    dmy = _dmy(date)
    outlet = "Báo Điện tử Đồng Hành"
    who = ", ".join(authors) or outlet
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "mainEntityOfPage": {"@type": "WebPage", "@id": "https://donghanh.vn/bai-viet-123456.html"},
          "image": ["https://cdn.donghanh.vn/2025/anh-hoi-nghi.jpg"],
          "author": [{"@type": "Person", "name": a} for a in authors] or {"@type": "Organization", "name": outlet},
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": "https://donghanh.vn/logo.png"}}}
    meta = ""
    line = ""
    if dmy:
        ld["datePublished"] = ld["dateModified"] = f"{date}T09:15:00+07:00"
        meta = (f'<meta property="article:published_time" content="{date}T09:15:00+07:00">'
                f'<meta property="article:modified_time" content="{date}T10:02:00+07:00">')
        line = f"<span class='date'>{_weekday(date)}, {int(dmy[0])}/{int(dmy[1])}/{dmy[2]}, 09:15 (GMT+7)</span>"
    sapo, rest = (paras[0], paras[1:]) if len(paras) > 1 else ("", paras)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} | {outlet}</title>
<meta name="description" content="{html.escape(title)}"><meta name="author" content="{html.escape(who)}">
<meta property="og:site_name" content="{outlet}"><meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(title)}">{meta}<meta property="article:section" content="Thời sự">
<link rel="canonical" href="https://donghanh.vn/bai-viet-123456.html">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>
<header class="header"><a class="logo" href="/">{outlet}</a><nav class="main-nav"><ul><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/phap-luat">Pháp luật</a></li>
<li><a href="/giao-duc">Giáo dục</a></li><li><a href="/suc-khoe">Sức khỏe</a></li><li><a href="/the-thao">Thể thao</a></li></ul></nav>
<div class="search"><input placeholder="Tìm kiếm"></div></header>
<main class="container"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/chinh-tri">Chính trị</a></li></ul>
<article class="fck_detail"><h1 class="title-detail">{html.escape(title)}</h1>{line}
{f'<p class="description"><strong>{sapo}</strong></p>' if sapo else ''}
{''.join(f'<p class="Normal">{p}</p>' for p in rest)}
<div class="tags"><h4>Chủ đề:</h4><a href="/tag/hoi-nghi">hội nghị</a> <a href="/tag/kinh-te-xa-hoi">kinh tế - xã hội</a></div>
<div class="share">Chia sẻ Facebook | Zalo | Sao chép liên kết</div></article>
<section class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/r1">Xuất khẩu 6 tháng tăng 14,4%, xuất siêu 7,6 tỷ USD</a></li>
<li><a href="/r2">Giải ngân vốn đầu tư công đạt 28,2% kế hoạch</a></li>
<li><a href="/r3">Thêm 3 tỉnh hoàn thành xóa nhà tạm, nhà dột nát</a></li></ul></section>
<aside class="sidebar"><h3>Xem nhiều</h3><ol><li><a href="/m1">Giá vàng hôm nay tăng 500.000 đồng/lượng</a></li>
<li><a href="/m2">Lịch nghỉ lễ 2/9 kéo dài 4 ngày</a></li></ol></aside></main>
<footer class="footer"><p>{outlet} - Cơ quan chủ quản: Hội Nhà báo Đồng Hành. Tổng biên tập: Nguyễn Văn Khoa.</p>
<p>Giấy phép số 548/GP-BTTTT ngày 24/8/2021. Địa chỉ: 71 Hàng Trống, Hà Nội. Điện thoại: 024.3825.0000.</p>
<p>© Bản quyền thuộc về {outlet}. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer>
</body></html>"""


def partyportal(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """A Party committee's portal (``*.dcs.vn``): a masthead of the Party's organisation, a menu, the stamp
    "Cập nhật lúc HH:MM DD/MM/YYYY" above the headline, the author right-aligned in bold at the end, print
    and email tools, and a list of other news with their dates."""
    date = m.get("date")
    dmy = _dmy(date)
    place = _site(m) or "tỉnh"
    stamp = f"<div class='ngaycapnhat'>Cập nhật lúc 16:45 {dmy[0]}/{dmy[1]}/{dmy[2]}</div>" if dmy else ""
    sign = (f"<p style=\"text-align: right;\"><strong>{html.escape(' - '.join(authors))}</strong></p>"
            if authors else "")
    return f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}</title></head><body><form id="form1" action="./chi-tiet.aspx?id=3121" method="post">
<div id="banner"><div class="tenweb">ĐẢNG CỘNG SẢN VIỆT NAM</div><div class="tendb">ĐẢNG BỘ {place.upper()}</div></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/tin-tuc">Tin tức - Sự kiện</a>
<a href="/xay-dung-dang">Xây dựng Đảng</a> <a href="/van-kien">Văn kiện</a> <a href="/hoc-tap">Học tập và làm theo Bác</a></div>
<div id="content"><div class="left"><div class="ChiTietTin">{stamp}<h2 class="TieuDe">{html.escape(title)}</h2>
<div class="NoiDung">{''.join(f'<p style="text-align: justify;">{p}</p>' for p in paras)}{sign}</div>
<div class="congcu"><a href="javascript:window.print()">In bài viết</a> | <a href="/gui-email">Gửi email</a> | Lượt xem: 1.208</div>
</div><div class="TinKhac"><div class="tieude">Các tin khác</div><ul>
<li><a href="/t1">Kết nạp 46 đảng viên mới trong 6 tháng đầu năm</a> (02/07/2025)</li>
<li><a href="/t2">Hội nghị học tập, quán triệt 4 nghị quyết của Bộ Chính trị</a> (27/06/2025)</li>
<li><a href="/t3">Trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho 112 đảng viên</a> (19/06/2025)</li></ul></div></div>
<div class="right"><div class="box"><div class="tieude">Văn bản Đảng</div><ul><li><a href="/v1">Chỉ thị số 45-CT/TW ngày 14/4/2025</a></li>
<li><a href="/v2">Kết luận số 150-KL/TW ngày 14/5/2025</a></li></ul></div>
<div class="box"><div class="tieude">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện mới? Tốt / Khá / Trung bình</p></div></div></div>
<div id="footer">Cơ quan chủ quản: Ban Tuyên giáo và Dân vận {place}. Chịu trách nhiệm chính: Trưởng Ban.
Địa chỉ: số 8 đường Hùng Vương. Điện thoại: 0236.3822.456. Ghi rõ nguồn "Đảng bộ {place}" khi phát hành lại thông tin.</div>
</form></body></html>"""


def ward(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """A commune or ward portal since 2025 as a Liferay-like portal builds it: portlets (``portlet-boundary``),
    a breadcrumb list, the article in ``journal-content-article`` with its date stamp, a "Văn bản mới" sidebar of
    document numbers and dates, a notices portlet, a web links select, a footer with address and hotline."""
    date = m.get("date")
    dmy = _dmy(date)
    place = _site(m)
    owner = f"UBND {place}" if place else "UBND"
    stamp = f"<div class='date-publish'><i class='icon-calendar'></i> {dmy[0]}/{dmy[1]}/{dmy[2]} 14:30</div>" if dmy else ""
    return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><link href="/o/portal-theme/images/favicon.ico" rel="icon">
<script>var Liferay = {{ThemeDisplay: {{getLanguageId: function() {{ return "vi_VN"; }}}}}};</script></head>
<body class="controls-visible signed-out public-page site"><div id="wrapper"><header id="banner" role="banner">
<div class="site-title">CỔNG THÔNG TIN ĐIỆN TỬ<br>{html.escape(owner.upper())}</div>
<nav class="sort-pages modify-pages" id="navigation"><ul aria-label="Trang web"><li><a href="/web/guest/trang-chu"><span>Trang chủ</span></a></li>
<li><a href="/web/guest/gioi-thieu"><span>Giới thiệu</span></a></li><li><a href="/web/guest/tin-tuc"><span>Tin tức - Sự kiện</span></a></li>
<li><a href="/web/guest/chinh-quyen"><span>Chính quyền</span></a></li><li><a href="/web/guest/thu-tuc"><span>Thủ tục hành chính</span></a></li>
<li><a href="/web/guest/van-ban"><span>Văn bản</span></a></li></ul></nav></header>
<section id="content"><div class="portlet-layout row"><div class="col-md-8 portlet-column" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_">
<ol class="breadcrumb"><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a></li>
<li class="active">Hoạt động của chính quyền</li></ol></div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-journal-content">
<section class="portlet"><div class="portlet-content"><div class="journal-content-article">
<h3 class="title-news">{html.escape(title)}</h3>{stamp}{''.join(f'<p>{p}</p>' for p in paras)}</div>
<div class="asset-links"><span class="print">In trang</span> <span class="views">Lượt xem: 346</span></div></div></section></div>
<div class="portlet-boundary portlet-asset-publisher"><h2 class="portlet-title-text">Tin cùng chuyên mục</h2><ul>
<li><a href="/a1">Ra mắt mô hình "Tổ dân phố 4 an toàn"</a> <span>(08/07/2025)</span></li>
<li><a href="/a2">Trao 25 suất quà cho hộ nghèo, hộ cận nghèo</a> <span>(03/07/2025)</span></li></ul></div></div>
<div class="col-md-4 portlet-column" id="column-2"><div class="portlet-boundary portlet-asset-publisher vanban-moi">
<h2 class="portlet-title-text">Văn bản mới</h2><ul class="list-vb">
<li><a href="/vb/1">Quyết định số 25/QĐ-UBND</a><span class="date">Ngày ban hành: 07/07/2025</span><p>Về việc kiện toàn Ban Chỉ đạo chuyển đổi số</p></li>
<li><a href="/vb/2">Kế hoạch số 18/KH-UBND</a><span class="date">Ngày ban hành: 01/07/2025</span><p>Triển khai 5 nhiệm vụ trọng tâm quý III</p></li>
<li><a href="/vb/3">Thông báo số 09/TB-UBND</a><span class="date">Ngày ban hành: 30/06/2025</span><p>Lịch tiếp công dân tháng 7</p></li></ul></div>
<div class="portlet-boundary thong-bao"><h2 class="portlet-title-text">Thông báo</h2><p>Tiếp nhận hồ sơ trực tuyến mức độ toàn trình từ 01/7/2025.</p></div>
<div class="portlet-boundary lien-ket"><h2 class="portlet-title-text">Liên kết website</h2><select><option>Cổng Dịch vụ công quốc gia</option>
<option>Cổng thông tin điện tử Chính phủ</option></select></div></div></div></section>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: {html.escape(owner)}</p><p>Địa chỉ: Trụ sở Ủy ban nhân dân, số 1 đường Lý Thường Kiệt</p>
<p>Điện thoại: 0235.3861.234 - Đường dây nóng: 0905.123.456 - Email: ubnd@example.gov.vn</p></footer></div></body></html>"""


def readmore(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """A site whose article text carries inline "Xem thêm:" and "Đọc thêm:" links to other reports (figures in
    their titles) between the report's paragraphs, and an embedded photo table (the image and its caption with a
    photo credit in the article's body), as editors of many provincial papers set them."""
    date = m.get("date")
    dmy = _dmy(date)
    stamp = f"<div class='date'>{dmy[0]}/{dmy[1]}/{dmy[2]} 10:20</div>" if dmy else ""
    photo = ("<table class='image center'><tbody><tr><td><img src='/uploads/2025/hoi-nghi.jpg' alt=''></td></tr>"
             "<tr><td class='image_desc'><em>Quang cảnh hội nghị. Ảnh: Minh Châu</em></td></tr></tbody></table>")
    more1 = ("<p><strong>Xem thêm: </strong><a href='/x1'>Thu ngân sách 6 tháng đạt 58,3% dự toán, tăng 12% "
             "so cùng kỳ</a></p>")
    more2 = ("<p><em>Đọc thêm: <a href='/x2'>Giải ngân vốn đầu tư công đạt 41,5%, cao hơn bình quân cả nước"
             "</a></em></p>")
    out = []
    for k, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if k == 0:
            out.append(photo)
        if k == 1:
            out.append(more1)
        if k == min(4, len(paras) - 2) and k > 1:
            out.append(more2)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>
<div class="header"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></div>
<div class="main"><div class="article"><h1>{html.escape(title)}</h1>{stamp}<div class="article-content">{''.join(out)}</div>
<div class="related-news"><h4>Tin cùng chuyên mục</h4><ul><li><a href="/y1">Khánh thành 2 cầu dân sinh trị giá 4,6 tỷ đồng</a></li>
<li><a href="/y2">Năm 2025 phấn đấu 100% xã đạt chuẩn nông thôn mới</a></li></ul></div></div></div>
<div class="footer">Bản quyền thuộc về cơ quan chủ quản. Ghi rõ nguồn khi trích dẫn.</div></body></html>"""


def amp(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """An AMP page: ``<html ⚡>``, the AMP boilerplate and runtime, a canonical link, an ``amp-sidebar`` menu,
    ``amp-img``, a ``<time datetime>`` stamp, ``amp-social-share`` buttons, ``amp-analytics`` and related links."""
    date = m.get("date")
    dmy = _dmy(date)
    stamp = f"<time datetime='{date}T07:30:00+07:00'>{dmy[0]}/{dmy[1]}/{dmy[2]} 07:30</time>" if dmy else ""
    pub = f'<meta property="article:published_time" content="{date}T07:30:00+07:00">' if dmy else ""
    site = f"Báo {m['province']}" if m.get("province") else "Báo Địa Phương"
    return f"""<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="canonical" href="https://baodiaphuong.vn/bai-viet-98765.html"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="{site}">{pub}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-title{{font-size:22px}}</style></head><body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">☰</button><a href="/" class="logo">{site}</a></header>
<article class="amp-article"><div class="amp-cate">Chính trị</div><h1 class="amp-title">{html.escape(title)}</h1>
<div class="amp-meta">{stamp}</div><amp-img src="/img/hoi-nghi.jpg" width="600" height="400" layout="responsive" alt="Hội nghị"></amp-img>
<div class="amp-content">{''.join(f'<p>{p}</p>' for p in paras)}</div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="zalo" width="40" height="40"></amp-social-share>
</article><section class="amp-related"><h3>Tin liên quan</h3><ul><li><a href="/amp/r1">Tăng trưởng GRDP quý II đạt 8,1%</a></li>
<li><a href="/amp/r2">Tuyển dụng 2.350 lao động tại ngày hội việc làm</a></li></ul></section>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>
<footer class="amp-footer">© {site}. Xem phiên bản đầy đủ</footer></body></html>"""


def printview(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """A print view ("In bài viết"): the site's logo and the print and close links above, the headline, the date,
    the report, then the page's address, the site's postal address, telephone, hotline and email under it."""
    date = m.get("date")
    dmy = _dmy(date)
    place = _site(m)
    stamp = f"<p class='date'>Ngày: {dmy[0]}/{dmy[1]}/{dmy[2]}</p>" if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>@media print {{ .noprint {{ display: none; }} }}</style></head><body onload="window.print()">
<div class="print-header"><img src="/images/logo.png" alt="logo"> CỔNG THÔNG TIN ĐIỆN TỬ {html.escape(place.upper())}
<span class="noprint"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></span></div><hr>
<div class="print-content"><h2>{html.escape(title)}</h2>{stamp}{''.join(f'<p>{p}</p>' for p in paras)}</div><hr>
<div class="print-footer"><p>Địa chỉ bài viết: https://cong.example.gov.vn/tin-tuc/chi-tiet?id=48213</p>
<p>Cổng thông tin điện tử {html.escape(place)}{'.' if place else ''} Địa chỉ: số 19 đường Nguyễn Huệ. Điện thoại: 0259.3822.612. Đường dây nóng: 0918.222.333.
Email: banbientap@example.gov.vn</p></div></body></html>"""


def mobile(title: str, paras: list[str], m: dict[str, Any], authors: list[str]) -> str:
    """A mobile page: a bar with the menu button and the site's name, the date stamp under the headline as
    "Thứ Hai, 14/07/2025 - 09:15", the report, an app banner, related links and a bottom bar of sections."""
    date = m.get("date")
    dmy = _dmy(date)
    site = f"Báo {m['province']}" if m.get("province") else "Tin Địa Phương"
    stamp = f"<div class='m-date'>{_weekday(date)}, {dmy[0]}/{dmy[1]}/{dmy[2]} - 09:15</div>" if dmy else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><meta property="og:site_name" content="{site}"></head><body class="mobile">
<div class="m-top"><span class="m-menu">☰</span><a class="m-logo" href="/">{site}</a><span class="m-search">🔍</span></div>
<div class="m-cate"><a href="/m/thoi-su">Thời sự</a> › <a href="/m/chinh-tri">Chính trị</a></div>
<div class="m-article"><h1 class="m-title">{html.escape(title)}</h1>{stamp}<div class="m-body">{''.join(f'<p>{p}</p>' for p in paras)}</div></div>
<div class="m-app">Tải ứng dụng {site} để đọc tin nhanh hơn</div>
<div class="m-related"><h3>Tin liên quan</h3><ul><li><a href="/m/r1">Hơn 1.200 hộ được vay vốn tạo việc làm</a></li>
<li><a href="/m/r2">Bàn giao 60 căn nhà đại đoàn kết trước ngày 2/9</a></li></ul></div>
<div class="m-bottom"><a href="/m">Trang chủ</a> <a href="/m/moi">Mới nhất</a> <a href="/m/video">Video</a> <a href="/m/menu">Chuyên mục</a></div>
</body></html>"""


#: the templates of other site families: (title, paragraphs, the text record's meeting, its authors) → page
GENRE_TEMPLATES: dict[str, Callable[[str, list[str], dict[str, Any], list[str]], str]] = {
    "national": national, "partyportal": partyportal, "ward": ward, "readmore": readmore, "amp": amp,
    "printview": printview, "mobile": mobile}


def render(name: str, text: str, rec: dict[str, Any]) -> str:
    """The text report ``text`` (whose text record is ``rec``) as a page of the template ``name``."""
    m = rec["meeting"]
    if name in GENRE_TEMPLATES:
        title, paras = _parts(text)
        return GENRE_TEMPLATES[name](title, paras, m, list(rec.get("authors") or []))
    title, body = _paras(text)
    return TEMPLATES[name](title, body, m.get("province"), m.get("date"))


def reports_with_gold() -> list[tuple[Path, Path]]:
    """Every text report with gold: examples/unseen's, then the dev set's (where ../shared is beside)."""
    out = []
    for docs, gold in ((ROOT / "examples" / "unseen", ROOT / "examples" / "unseen" / "gold"),
                       (SHARED / "eval" / "dev" / "docs", SHARED / "eval" / "dev" / "gold")):
        for p in sorted(docs.glob("*.txt")):
            if (gold / f"{p.stem}.json").exists():
                out.append((p, gold / f"{p.stem}.json"))
    return out


def _held_out(stem: str) -> bool:
    """examples/unseen from ex517 on are held out: never read here."""
    return stem.startswith("ex") and stem[2:5].isdigit() and int(stem[2:5]) >= 517


def _score(rec: dict[str, Any], gold: Path, sc: Any) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        g = Path(tmp) / "gold"
        g.mkdir()
        (g / gold.name).write_bytes(gold.read_bytes())
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
        r = sc.score(g, pred)
    f = r["facts"]
    return {"facts": (f["gold"], f["predicted"], f["loose_match"], f["strict_match"]),
            "meta": {k: round(r["metadata"][k]) for k in first_sight.META}}


def _f1(tp: int, npred: int, ngold: int) -> float:
    return 2 * tp / (npred + ngold) if npred + ngold else 1.0


def main() -> int:
    from soket.extract import extract_document
    from soket.ingest import load_path, load_text
    from soket.ingest.html import html_to_document

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--templates", default=",".join([*TEMPLATES, *GENRE_TEMPLATES]))
    ap.add_argument("--limit", type=int, default=0, help="only the first N reports")
    ap.add_argument("--head", type=int, default=0,
                    help="also read each text report under N plain head lines of a site (a text copy of a page)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sc = first_sight.scorer()
    reports = [r for r in reports_with_gold() if not _held_out(r[0].stem)][: a.limit or None]
    names = [t for t in a.templates.split(",") if t]
    head = f"head{a.head}" if a.head else ""
    names += [head] if head else []
    tot: dict[str, dict[str, Any]] = {n: {"facts": [0, 0, 0, 0], "meta": dict.fromkeys(first_sight.META, 0)}
                                      for n in ["text", *names]}
    worse: dict[str, list[str]] = {n: [] for n in names}
    for path, gold in reports:
        rec = extract_document(load_path(path)).to_dict()
        base = _score(rec, gold, sc)
        m = rec["meeting"]
        tot["text"]["facts"] = [t + y for t, y in zip(tot["text"]["facts"], base["facts"], strict=True)]
        for k in first_sight.META:
            tot["text"]["meta"][k] += base["meta"][k]
        for n in names:
            if n == head:
                doc = load_text(with_head(path.read_text(encoding="utf-8"), a.head, m.get("date")), doc=path.stem)
            else:
                doc = html_to_document(render(n, path.read_text(encoding="utf-8"), rec).encode("utf-8"))
            doc.doc = path.stem
            got = _score(extract_document(doc).to_dict(), gold, sc)
            tot[n]["facts"] = [t + y for t, y in zip(tot[n]["facts"], got["facts"], strict=True)]
            lost = [k for k in first_sight.META if got["meta"][k] < base["meta"][k]]
            for k in first_sight.META:
                tot[n]["meta"][k] += got["meta"][k]
            if lost or got["facts"][3] < base["facts"][3] or got["facts"][1] > base["facts"][1]:
                worse[n].append(f"{path.stem}: {', '.join(lost) or ''} strict {base['facts'][3]}→{got['facts'][3]}"
                                f" predicted {base['facts'][1]}→{got['facts'][1]}")
    return print_table(tot, len(reports), worse, as_json=a.json,
                       what=f"each as text and in {len(names)} page templates", worse_as="as a page")


def print_counts(res: dict[str, tuple[int, int, list[str]]], show: bool) -> None:
    """Prints documents right / tried per form (and with ``show`` the documents a form reads wrong): the end of the
    benches that count reports right (byline, chair and period parity)."""
    width = max((len(f) for f in res), default=0)
    for form, (ok, n, bad) in res.items():
        print(f"{form:{width}s} {ok:4d}/{n:<4d} {ok / n if n else 0:.3f}" + (f"  {' '.join(bad)}" if show and bad else ""))


def print_table(tot: dict[str, dict[str, Any]], n_docs: int, worse: dict[str, list[str]], *, as_json: bool,
                what: str, worse_as: str) -> int:
    """Prints (or writes as JSON) strict and loose F1 and each metadata field per form, and the documents a form
    reads worse; the parity benches' common end."""
    rows = {}
    for n, t in tot.items():
        g, p, loose, strict = t["facts"]
        rows[n] = {"strict_f1": round(_f1(strict, p, g), 3), "loose_f1": round(_f1(loose, p, g), 3),
                   **{k: round(v / max(n_docs, 1), 3) for k, v in t["meta"].items()}}
    if as_json:
        print(json.dumps({"documents": n_docs, "scores": rows, "worse": worse}, ensure_ascii=False, indent=1))
        return 0
    print(f"{n_docs} text reports with gold (examples/unseen and the dev set), {what}")
    width = max(len(n) for n in rows) + 1
    for n, r in rows.items():
        print(f"  {n:{width}s} " + " ".join(f"{k}={v:.3f}" for k, v in r.items()))
    for n, w in worse.items():
        print(f"{n}: {len(w)} documents read worse {worse_as}")
        for line in w:
            print("   ", line)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
