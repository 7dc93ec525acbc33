"""The .docx reader on the parts real files have: revisions, content controls, merged data cells,
rows starting late, nested tables, text boxes, bordered and borderless tables."""

from __future__ import annotations

import copy
import io

from docx import Document as Word
from docx.oxml import parse_xml

from soket.extract.tables import extract_table_facts
from soket.ingest.docx import docx_to_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_revisions_content_controls_and_breaks() -> None:
    d = Word()
    p = d.add_paragraph("Thu ngân sách đạt ")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="a"><w:r><w:delText>999 tỷ</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="a"><w:r><w:t>316,7 tỷ đồng</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:r {W}><w:tab/><w:t>xong</w:t><w:br/><w:t>dòng hai</w:t></w:r>'))
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>Trong khối nội dung</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    text = docx_to_document(_save(d)).text
    assert text == "Thu ngân sách đạt 316,7 tỷ đồng xong\ndòng hai\n\nTrong khối nội dung"


def test_merged_data_cells_and_late_rows() -> None:
    d = Word()
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]):
        t.cell(0, c).text = h
    t.cell(1, 0).text = "Sản lượng lúa"
    t.cell(2, 0).text = "Sản lượng ngô"
    unit = t.cell(1, 1).merge(t.cell(2, 1))   # "Tấn" for both rows
    unit.text = "Tấn"
    for r, (a, b) in ((1, ("41.200", "20.315")), (2, ("3.000", "1.450,5"))):
        t.cell(r, 2).text, t.cell(r, 3).text = a, b
    t.cell(3, 0).text = "Ghi chú dưới bảng"
    t.cell(3, 0).merge(t.cell(3, 3))
    doc = docx_to_document(_save(d))
    (table,) = doc.tables
    assert table.rows[2][1] is table.rows[1][1] and table.rows[1][1].text == "Tấn"
    assert table.rows[3][0] is table.rows[3][3]
    facts = extract_table_facts(doc)
    assert [(f.subject, f.role, f.value, f.unit) for f in facts] == [
        ("Sản lượng lúa", "target", 41200, "tấn"), ("Sản lượng lúa", "amount", 20315, "tấn"),
        ("Sản lượng ngô", "target", 3000, "tấn"), ("Sản lượng ngô", "amount", 1450.5, "tấn")]
    for f in facts:
        assert doc.text[f.span[0]:f.span[1]] == f.raw


def test_grid_before_nested_table_and_borders() -> None:
    d = Word()
    d.add_paragraph("Bảng 2: Số liệu")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, x in enumerate("abc"):
        t.cell(0, c).text = x
        t.cell(1, c).text = x.upper()
    inner = copy.deepcopy(t._tbl)
    tr = t.rows[1]._tr
    tr.remove(tr.tc_lst[0])   # the second row starts one column late
    tr.insert(0, parse_xml(f'<w:trPr {W}><w:gridBefore w:val="1"/></w:trPr>'))
    t.cell(0, 2)._tc.append(inner)
    t.cell(0, 2)._tc.append(parse_xml(f"<w:p {W}/>"))
    layout = d.add_table(rows=1, cols=2)   # no style, no borders: layout
    layout.cell(0, 0).text, layout.cell(0, 1).text = "trái", "phải"
    doc = docx_to_document(_save(d))
    assert len(doc.tables) == 1 and doc.tables[0].caption == "Bảng 2: Số liệu"
    rows = doc.tables[0].rows
    assert len({len(r) for r in rows}) == 1
    assert [c.text for c in rows[1]] == ["", "B", "C"]
    assert rows[0][2].text == "c a b c A B C"      # the nested table's text stays in its cell
    assert doc.text.endswith("\n\ntrái\n\nphải")
    for row in rows:
        for c in row:
            assert doc.text[c.start:c.end] == c.text


def test_text_box_read_once() -> None:
    d = Word()
    p = d.add_paragraph("Trước")
    box = (f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Trong hộp'
           '</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>'
           '<w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(parse_xml(box))
    assert docx_to_document(_save(d)).text == "Trước\n\nTrong hộp"
