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

    PYTHONPATH=src .venv/bin/python bench/page_parity.py [--templates portal,paper,tv,commune,oldportal,inline,longhead] [--limit N] [--head N]
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


def reports_with_gold() -> list[tuple[Path, Path]]:
    """Every text report with gold: examples/unseen's, then the dev set's (where ../shared is beside)."""
    out = []
    for docs, gold in ((ROOT / "examples" / "unseen", ROOT / "examples" / "unseen" / "gold"),
                       (SHARED / "eval" / "dev" / "docs", SHARED / "eval" / "dev" / "gold")):
        for p in sorted(docs.glob("*.txt")):
            if (gold / f"{p.stem}.json").exists():
                out.append((p, gold / f"{p.stem}.json"))
    return out


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
    ap.add_argument("--templates", default=",".join(TEMPLATES))
    ap.add_argument("--limit", type=int, default=0, help="only the first N reports")
    ap.add_argument("--head", type=int, default=0,
                    help="also read each text report under N plain head lines of a site (a text copy of a page)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sc = first_sight.scorer()
    reports = reports_with_gold()[: a.limit or None]
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
        title, body = _paras(path.read_text(encoding="utf-8"))
        for n in names:
            if n == head:
                doc = load_text(with_head(path.read_text(encoding="utf-8"), a.head, m.get("date")), doc=path.stem)
            else:
                doc = html_to_document(TEMPLATES[n](title, body, m.get("province"), m.get("date")).encode("utf-8"))
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
