"""Write tests/data/sources/: meetings each reported by two or three differently worded texts (a
provincial paper's news item, a portal's item, a Party committee site's item), some with one figure
changed in one text (a planted disagreement), some with a figure rounded (not a disagreement); the
same official report as .docx and .pdf; other meetings of the same bodies in other periods (which
must not group); and ``manifest.json`` with the true groups and the planted disagreements.

Every sentence is written for this project from templates below (no sentence is taken from a real
page); place names are real, people's names and figures invented.

    .venv/bin/python scripts/make_sources_data.py
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "sources"


@dataclass
class Fig:
    """One figure: the words before it, its value as printed (Vietnamese decimals), its unit."""

    key: str
    subject: str
    value: str
    unit: str


@dataclass
class Meeting:
    name: str
    body: str  # "HĐND huyện Yên Lạc"
    body_long: str  # "Hội đồng nhân dân huyện Yên Lạc"
    kind: str  # peoples_council | peoples_committee | executive_committee | standing_committee
    locality: str
    province: str
    day: int
    month: int
    year: int
    session: int | None
    event: str  # "kỳ họp thứ 9" / "hội nghị lần thứ 12" / "phiên họp thường kỳ tháng 6"
    review: str  # "6 tháng đầu năm 2022"
    chair: str
    figs: list[Fig]
    styles: tuple[str, ...] = ("news", "portal", "party")
    # (style, figure key, value printed instead): a planted disagreement or a rounding
    changed: dict[str, dict[str, str]] = field(default_factory=dict)
    rounded: dict[str, dict[str, str]] = field(default_factory=dict)


def _sent(f: Fig, v: str, how: int) -> str:
    forms = [
        f"{f.subject} ước đạt {v} {f.unit}",
        f"{f.subject} đạt {v} {f.unit}",
        f"{f.subject} ước đạt {v} {f.unit}",
    ]
    return forms[how % 3]


def _values(m: Meeting, style: str) -> dict[str, str]:
    vals = {f.key: f.value for f in m.figs}
    vals.update(m.rounded.get(style, {}))
    vals.update(m.changed.get(style, {}))
    return vals


def news(m: Meeting) -> str:
    v = _values(m, "news")
    s = [_sent(f, v[f.key], 0) for f in m.figs]
    head = f"{m.body}: {m.figs[0].subject.split(',')[0].lower()} {m.review} đạt khá"
    lead = (f"Ngày {m.day}/{m.month}/{m.year}, {m.body} ({m.province}) tổ chức {m.event} để đánh giá tình hình "
            f"kinh tế - xã hội {m.review}. Đồng chí {m.chair} chủ trì.")
    body = (f"Theo báo cáo trình bày tại {m.event.split(' ')[0]} {' '.join(m.event.split(' ')[1:])}, "
            f"{s[0][0].lower() + s[0][1:]}. " + ". ".join(s[1:]) + ".")
    tail = ("Các đại biểu thảo luận, chỉ ra những hạn chế như tiến độ giải phóng mặt bằng chậm, "
            "thu hút đầu tư còn khó khăn, và đề ra giải pháp cho thời gian tới.")
    return f"{head}\n\n{lead}\n\n{body}\n\n{tail}\n\nPV Thanh Hà\n"


def portal(m: Meeting) -> str:
    v = _values(m, "portal")
    s = [_sent(f, v[f.key], 1) for f in m.figs]
    head = f"{m.body_long} tổ chức {m.event}"
    lead = (f"Sáng ngày {m.day:02d}/{m.month:02d}/{m.year}, tại hội trường trung tâm, {m.body_long} "
            f"tỉnh {m.province} đã tổ chức {m.event}, xem xét kết quả thực hiện nhiệm vụ {m.review}.")
    body = ("Trong kỳ, các ngành, địa phương đã nỗ lực khắc phục khó khăn. Cụ thể: "
            + "; ".join(x[0].lower() + x[1:] for x in s) + ".")
    tail = (f"Phát biểu kết luận, đồng chí {m.chair} đề nghị các cơ quan, đơn vị bám sát kế hoạch, "
            "tập trung tháo gỡ vướng mắc, phấn đấu hoàn thành các mục tiêu đã đề ra.")
    return f"{head}\n\n{lead}\n\n{body}\n\n{tail}\n\nBan Biên tập\n"


def party(m: Meeting) -> str:
    v = _values(m, "party")
    s = [_sent(f, v[f.key], 2) for f in reversed(m.figs)]
    head = f"{m.event[0].upper() + m.event[1:]} của {m.body}"
    lead = (f"Chiều {m.day}-{m.month}-{m.year}, {m.body} ({m.province}) tiến hành {m.event}"
            f" đánh giá kết quả {m.review}, do đồng chí {m.chair} chủ trì.")
    body = (f"Kết quả {m.review} cho thấy nhiều chỉ tiêu đạt khá. " + ". ".join(s) + ". "
            "Công tác xây dựng Đảng, hệ thống chính trị tiếp tục được quan tâm.")
    tail = ("Hội nghị thống nhất các nhiệm vụ, giải pháp trọng tâm trong thời gian tới, trong đó chú trọng "
            "cải cách hành chính và chuyển đổi số.")
    return f"{head}\n\n{lead}\n\n{body}\n\n{tail}\n\nTin: Minh Châu\n"


STYLES = {"news": news, "portal": portal, "party": party}


def F(key: str, subject: str, value: str, unit: str) -> Fig:
    return Fig(key, subject, value, unit)


MEETINGS = [
    Meeting("m01_yenlac_hdnd_ky9", "HĐND huyện Yên Lạc", "Hội đồng nhân dân huyện Yên Lạc", "peoples_council",
            "Yên Lạc", "Vĩnh Phúc", 14, 7, 2022, 9, "kỳ họp thứ 9", "6 tháng đầu năm 2022", "Nguyễn Văn Thịnh",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "316,7", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "4.125", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "38.450", "tấn")],
            rounded={"portal": {"budget": "317"}}),
    Meeting("m02_tamduong_ubnd_thang9", "UBND huyện Tam Dương", "Ủy ban nhân dân huyện Tam Dương",
            "peoples_committee", "Tam Dương", "Vĩnh Phúc", 3, 10, 2023, None, "phiên họp thường kỳ tháng 9",
            "9 tháng năm 2023", "Trần Quốc Hưng",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "412,5", "tỷ đồng"),
             F("invest", "Giải ngân vốn đầu tư công", "186,2", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "41.200", "tấn")],
            styles=("news", "portal"), changed={"portal": {"budget": "421,5"}}),
    Meeting("m03_songlo_bch_hn14", "Ban Chấp hành Đảng bộ huyện Sông Lô", "Ban Chấp hành Đảng bộ huyện Sông Lô",
            "executive_committee", "Sông Lô", "Vĩnh Phúc", 20, 12, 2023, 14, "hội nghị lần thứ 14", "năm 2023",
            "Lê Minh Đức",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "528,4", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "9.870", "tỷ đồng"),
             F("income", "Thu nhập bình quân đầu người", "58,6", "triệu đồng")]),
    Meeting("m04_thachthat_hdnd_ky12", "HĐND huyện Thạch Thất", "Hội đồng nhân dân huyện Thạch Thất",
            "peoples_council", "Thạch Thất", "Hà Nội", 18, 12, 2023, 12, "kỳ họp thứ 12", "năm 2023",
            "Phạm Thị Lan",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "1.245,8", "tỷ đồng"),
             F("invest", "Giải ngân vốn đầu tư công", "863,4", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "52.300", "tấn")],
            changed={"party": {"invest": "836,4"}}, rounded={"news": {"budget": "1.246"}}),
    Meeting("m05_namdan_ubnd_6thang", "UBND huyện Nam Đàn", "Ủy ban nhân dân huyện Nam Đàn", "peoples_committee",
            "Nam Đàn", "Nghệ An", 8, 7, 2024, None, "hội nghị sơ kết 6 tháng", "6 tháng đầu năm 2024",
            "Hoàng Văn Sơn",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "215,3", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "6.480", "tỷ đồng"),
             F("tourists", "Lượng khách du lịch", "1,2", "triệu lượt")],
            styles=("news", "portal")),
    Meeting("m06_ducpho_btv_9thang", "Ban Thường vụ Thị ủy Đức Phổ", "Ban Thường vụ Thị ủy Đức Phổ",
            "standing_committee", "Đức Phổ", "Quảng Ngãi", 6, 10, 2022, None, "hội nghị", "9 tháng năm 2022",
            "Huỳnh Thanh Tùng",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "356,9", "tỷ đồng"),
             F("seafood", "Sản lượng khai thác thủy sản", "78.600", "tấn"),
             F("output", "Tổng giá trị sản xuất", "12.340", "tỷ đồng")],
            changed={"news": {"seafood": "87.600"}}),
    Meeting("m07_camlo_hdnd_ky10", "HĐND huyện Cam Lộ", "Hội đồng nhân dân huyện Cam Lộ", "peoples_council",
            "Cam Lộ", "Quảng Trị", 12, 7, 2023, 10, "kỳ họp thứ 10", "6 tháng đầu năm 2023", "Võ Văn Hải",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "98,74", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "21.870", "tấn"),
             F("invest", "Giải ngân vốn đầu tư công", "64,2", "tỷ đồng")],
            rounded={"party": {"budget": "98,7"}}),
    Meeting("m08_baoloc_bch_hn9", "Ban Chấp hành Đảng bộ thành phố Bảo Lộc",
            "Ban Chấp hành Đảng bộ thành phố Bảo Lộc", "executive_committee", "Bảo Lộc", "Lâm Đồng", 28, 6, 2024,
            9, "hội nghị lần thứ 9", "6 tháng đầu năm 2024", "Nguyễn Văn Triều",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "684,2", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "15.720", "tỷ đồng"),
             F("tea", "Sản lượng chè búp tươi", "96.500", "tấn")],
            styles=("news", "party"), changed={"party": {"budget": "648,2"}}),
    Meeting("m09_chauthanh_ubnd_thang3", "UBND huyện Châu Thành", "Ủy ban nhân dân huyện Châu Thành",
            "peoples_committee", "Châu Thành", "Tiền Giang", 2, 4, 2024, None, "phiên họp thường kỳ tháng 3",
            "quý I năm 2024", "Lê Văn Phước",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "142,6", "tỷ đồng"),
             F("fruit", "Sản lượng trái cây", "186.400", "tấn"),
             F("invest", "Giải ngân vốn đầu tư công", "38,5", "tỷ đồng")]),
    Meeting("m10_vanninh_hdnd_ky8", "HĐND thị xã Vạn Ninh", "Hội đồng nhân dân thị xã Vạn Ninh",
            "peoples_council", "Vạn Ninh", "Khánh Hòa", 19, 12, 2024, 8, "kỳ họp thứ 8", "năm 2024",
            "Trần Đình Khoa",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "465,1", "tỷ đồng"),
             F("seafood", "Sản lượng khai thác thủy sản", "31.250", "tấn"),
             F("tourists", "Lượng khách du lịch", "2,43", "triệu lượt")],
            styles=("portal", "party"), rounded={"party": {"tourists": "2,4"}}),
    Meeting("m11_hiephoa_btv_6thang", "Ban Thường vụ Huyện ủy Hiệp Hòa", "Ban Thường vụ Huyện ủy Hiệp Hòa",
            "standing_committee", "Hiệp Hòa", "Bắc Giang", 5, 7, 2023, None, "hội nghị", "6 tháng đầu năm 2023",
            "Đỗ Văn Quang",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "287,3", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "11.650", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "64.800", "tấn")],
            changed={"portal": {"output": "16.150"}}),
    Meeting("m12_kimson_ubnd_9thang", "UBND huyện Kim Sơn", "Ủy ban nhân dân huyện Kim Sơn", "peoples_committee",
            "Kim Sơn", "Ninh Bình", 30, 9, 2022, None, "hội nghị sơ kết 9 tháng", "9 tháng năm 2022",
            "Phạm Văn Hùng",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "175,4", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "98.700", "tấn"),
             F("seafood", "Sản lượng nuôi trồng thủy sản", "14.300", "tấn")],
            styles=("news", "portal")),
]

# other meetings of some bodies above, in another period: they must not group with the ones above
OTHER_PERIODS = [
    Meeting("m13_yenlac_hdnd_ky11", "HĐND huyện Yên Lạc", "Hội đồng nhân dân huyện Yên Lạc", "peoples_council",
            "Yên Lạc", "Vĩnh Phúc", 16, 12, 2022, 11, "kỳ họp thứ 11", "năm 2022", "Nguyễn Văn Thịnh",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "702,4", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "8.540", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "76.900", "tấn")],
            styles=("news", "portal")),
    Meeting("m14_tamduong_ubnd_thang6", "UBND huyện Tam Dương", "Ủy ban nhân dân huyện Tam Dương",
            "peoples_committee", "Tam Dương", "Vĩnh Phúc", 4, 7, 2023, None, "phiên họp thường kỳ tháng 6",
            "6 tháng đầu năm 2023", "Trần Quốc Hưng",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "268,9", "tỷ đồng"),
             F("invest", "Giải ngân vốn đầu tư công", "102,7", "tỷ đồng"),
             F("rice", "Sản lượng lương thực", "40.900", "tấn")],
            styles=("news",)),
    Meeting("m15_songlo_bch_hn12", "Ban Chấp hành Đảng bộ huyện Sông Lô", "Ban Chấp hành Đảng bộ huyện Sông Lô",
            "executive_committee", "Sông Lô", "Vĩnh Phúc", 7, 7, 2023, 12, "hội nghị lần thứ 12",
            "6 tháng đầu năm 2023", "Lê Minh Đức",
            [F("budget", "Thu ngân sách nhà nước trên địa bàn", "231,8", "tỷ đồng"),
             F("output", "Tổng giá trị sản xuất", "4.610", "tỷ đồng"),
             F("income", "Thu nhập bình quân đầu người", "27,9", "triệu đồng")],
            styles=("party",)),
]

# the official report of m01 (the body's own text), kept as .docx and as .pdf: one source
OFFICIAL = ("m01_yenlac_hdnd_ky9_official", [
    "HỘI ĐỒNG NHÂN DÂN HUYỆN YÊN LẠC",
    "THÔNG BÁO KẾT QUẢ KỲ HỌP THỨ 9, HĐND HUYỆN YÊN LẠC KHÓA XX",
    "Ngày 14/7/2022, Hội đồng nhân dân huyện Yên Lạc (Vĩnh Phúc) khóa XX tiến hành kỳ họp thứ 9 xem xét "
    "báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2022. Đồng chí Nguyễn Văn Thịnh, Chủ tịch HĐND huyện "
    "chủ tọa kỳ họp.",
    "Kỳ họp nghe báo cáo: thu ngân sách nhà nước trên địa bàn ước đạt 316,7 tỷ đồng; tổng giá trị sản xuất "
    "ước đạt 4.125 tỷ đồng; sản lượng lương thực ước đạt 38.450 tấn. Kỳ họp đã thông qua 6 nghị quyết.",
    "Kỳ họp bế mạc sau một ngày làm việc khẩn trương, nghiêm túc.",
    "TM. THƯỜNG TRỰC HĐND HUYỆN",
])


def text_of(m: Meeting, style: str) -> str:
    return STYLES[style](m)


def write_docx(paras: list[str], path: Path) -> None:
    from docx import Document

    d = Document()
    for p in paras:
        d.add_paragraph(p)
    d.save(str(path))
    buf = io.BytesIO()  # pinned timestamps: a rebuild gives the same bytes
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_pdf(paras: list[str], path: Path) -> None:
    import html

    from weasyprint import HTML

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    HTML(string=f"<html><head><meta charset='utf-8'></head><body style='font-family: serif'>{body}</body></html>"
         ).write_pdf(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    groups: list[dict[str, object]] = []
    disagreements: list[dict[str, object]] = []
    roundings: list[dict[str, object]] = []
    for m in [*MEETINGS, *OTHER_PERIODS]:
        files = []
        for style in m.styles:
            name = f"{m.name}_{style}.txt"
            (OUT / name).write_text(text_of(m, style), encoding="utf-8")
            files.append(name)
        sources = [[f] for f in files]
        if m.name == "m01_yenlac_hdnd_ky9":
            sources.append([f"{OFFICIAL[0]}.docx", f"{OFFICIAL[0]}.pdf"])
        groups.append({"meeting": m.name, "locality": m.locality, "province": m.province,
                       "body_kind": m.kind, "sources": sources})
        for style, figs in m.changed.items():
            for key, v in figs.items():
                f = next(f for f in m.figs if f.key == key)
                disagreements.append({"meeting": m.name, "subject": f.subject, "unit": f.unit,
                                      "values": sorted([f.value, v]), "file": f"{m.name}_{style}.txt"})
        for style, figs in m.rounded.items():
            for key, v in figs.items():
                f = next(f for f in m.figs if f.key == key)
                roundings.append({"meeting": m.name, "subject": f.subject, "values": [f.value, v],
                                  "file": f"{m.name}_{style}.txt"})
    write_docx(OFFICIAL[1], OUT / f"{OFFICIAL[0]}.docx")
    write_pdf(OFFICIAL[1], OUT / f"{OFFICIAL[0]}.pdf")
    manifest = {"about": "true groups (a source is a list of files holding the same text), planted "
                         "disagreements and roundings; written by scripts/make_sources_data.py",
                "groups": groups, "disagreements": disagreements, "roundings": roundings}
    (OUT / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {sum(len(g['sources']) for g in groups)} sources of {len(groups)} meetings to {OUT}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
