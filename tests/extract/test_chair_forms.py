"""Issue 10: the constructions that name a meeting's chairs, as a table (chairs as GUIDELINES.md says: the people said
to chair the meeting, "chủ trì", "điều hành", "chủ tọa"). The kinds are those of the first-sight chair misses
(``bench/first_sight.json``: a 'do ... chủ trì' list split by ';', the chair by title before the name or by title
alone, a group title before the names, 'cùng chủ trì', guests after the chair, chairs opening the sentence after its
date) and of the surveyed sites; sentences written for this test with invented names. First sight 27 of 29: 'điều
khiển kỳ họp' (now a chair verb with a meeting's noun), and the chair of an earlier meeting (a known gap). Four cases
more from ``bench/chair_parity.py``'s misses (its first sight: 'Dưới sự chủ trì của' 0.679, a title before the name
0.891, guests around a list of three 0.934)."""

from __future__ import annotations

import pytest

from soket.extract import extract_text

H = "Ngày 12/7/2024, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị lần thứ 15 sơ kết công tác 6 tháng đầu năm 2024."
T = "Thu ngân sách nhà nước trên địa bàn huyện đạt 96 tỷ đồng, bằng 61% dự toán năm."
K = "Ngày 12/7/2024, HĐND huyện Tân Lập khóa XX tổ chức kỳ họp thứ 12."
CASES = [
 ("chủ trì after one name", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy chủ trì hội nghị. " + T, ["Trần Văn Dũng"]),
 ("do ... chủ trì, a list split by ;", H + " Hội nghị do đồng chí Trần Văn Dũng, Bí thư Huyện ủy; đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy và đồng chí Phạm Minh Tâm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. " + T, ["Trần Văn Dũng", "Lê Thị Hoa", "Phạm Minh Tâm"]),
 ("đồng chủ trì", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy và đồng chí Lê Thị Hoa, Chủ tịch UBND huyện đồng chủ trì hội nghị. " + T, ["Trần Văn Dũng", "Lê Thị Hoa"]),
 ("chủ trì before the list, a colon", H + " Chủ trì hội nghị có các đồng chí: Trần Văn Dũng, Bí thư Huyện ủy; Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy. " + T, ["Trần Văn Dũng", "Lê Thị Hoa"]),
 ("Chủ trì hội nghị: đồng chí", H + " Chủ trì hội nghị: đồng chí Trần Văn Dũng - Bí thư Huyện ủy. " + T, ["Trần Văn Dũng"]),
 ("dưới sự chủ trì của", H + " Dưới sự chủ trì của đồng chí Trần Văn Dũng, Bí thư Huyện ủy, hội nghị đã thảo luận các báo cáo. " + T, ["Trần Văn Dũng"]),
 ("the chair by title before the name", H + " Bí thư Huyện ủy Trần Văn Dũng chủ trì hội nghị. " + T, ["Trần Văn Dũng"]),
 ("two chairs by title before their names", K + " Chủ tịch HĐND huyện Trần Văn Dũng và Phó Chủ tịch HĐND huyện Lê Thị Hoa điều hành phiên khai mạc. " + T, ["Trần Văn Dũng", "Lê Thị Hoa"]),
 ("chủ tọa a session", K + " Đồng chí Trần Văn Dũng, Chủ tịch HĐND huyện chủ tọa kỳ họp. " + T, ["Trần Văn Dũng"]),
 ("Chủ tọa kỳ họp: list with ;", K + " Chủ tọa kỳ họp: ông Trần Văn Dũng - Bí thư Huyện ủy, Chủ tịch HĐND huyện; ông Lê Văn Hải - Phó Chủ tịch HĐND huyện. " + T, ["Trần Văn Dũng", "Lê Văn Hải"]),
 ("điều hành kỳ họp", K + " Các đồng chí: Trần Văn Dũng - Chủ tịch HĐND huyện; Lê Văn Hải - Phó Chủ tịch HĐND huyện điều hành kỳ họp. " + T, ["Trần Văn Dũng", "Lê Văn Hải"]),
 ("điều khiển", K + " Đồng chí Trần Văn Dũng, Chủ tịch HĐND huyện điều khiển kỳ họp. " + T, ["Trần Văn Dũng"]),
 ("a group title before names", K + " Đồng chí Trần Văn Dũng, Chủ tịch HĐND huyện; các đồng chí Phó Chủ tịch HĐND huyện: Lê Văn Hải, Vũ Thị Mai chủ trì kỳ họp. " + T, ["Trần Văn Dũng", "Lê Văn Hải", "Vũ Thị Mai"]),
 ("chủ trì; cùng dự có", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Bí thư Huyện ủy: Lê Thị Hoa, Phạm Minh Tâm. " + T, ["Trần Văn Dũng"]),
 ("chủ trì; cùng chủ trì có", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy chủ trì; cùng chủ trì có đồng chí Lê Thị Hoa, Chủ tịch UBND huyện. " + T, ["Trần Văn Dũng", "Lê Thị Hoa"]),
 ("chairs opening after the date", "Sáng 12/7, ông Trần Văn Dũng, Chủ tịch UBND huyện; ông Lê Văn Hải và bà Vũ Thị Mai, Phó Chủ tịch UBND huyện, chủ trì hội nghị sơ kết công tác 6 tháng đầu năm 2024 của UBND huyện Tân Lập. " + T, ["Trần Văn Dũng", "Lê Văn Hải", "Vũ Thị Mai"]),
 ("the chair by title alone, named earlier", H + " Tham dự có đồng chí Trần Văn Dũng, Chủ tịch UBND huyện. Đồng chí Chủ tịch UBND huyện chủ trì hội nghị. " + T, ["Trần Văn Dũng"]),
 ("Các đồng chí: A, role; B, role chủ trì", H + " Các đồng chí: Trần Văn Dũng, Bí thư Huyện ủy; Lê Thị Hoa, Chủ tịch HĐND huyện; Phạm Minh Tâm, Chủ tịch UBND huyện chủ trì hội nghị. " + T, ["Trần Văn Dũng", "Lê Thị Hoa", "Phạm Minh Tâm"]),
 ("chủ trì và phát biểu kết luận", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy chủ trì và phát biểu kết luận hội nghị. " + T, ["Trần Văn Dũng"]),
 ("dự và chủ trì", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy dự và chủ trì hội nghị. " + T, ["Trần Văn Dũng"]),
 ("the chair with a hyphen role, after dự", H + " Dự hội nghị có đồng chí Lê Thị Hoa - Phó Bí thư Tỉnh ủy. Đồng chí Trần Văn Dũng - Bí thư Huyện ủy chủ trì hội nghị. " + T, ["Trần Văn Dũng"]),
 ("a highland chair", K + " Ông Y Bhăm Niê, Chủ tịch HĐND huyện chủ trì kỳ họp. " + T, ["Y Bhăm Niê"]),
 ("K' name chair", K + " Bà K' Thị Hương, Chủ tịch HĐND huyện chủ trì kỳ họp. " + T, ["K' Thị Hương"]),
 ("chủ trì by the chair's title and name after the verb", H + " Chủ trì hội nghị là đồng chí Trần Văn Dũng, Bí thư Huyện ủy. " + T, ["Trần Văn Dũng"]),
 ("Đoàn Chủ tịch điều hành", "Ngày 12/7/2024, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I. Đoàn Chủ tịch gồm các đồng chí: Trần Văn Dũng, Lê Thị Hoa, Phạm Minh Tâm điều hành Đại hội. " + T, ["Trần Văn Dũng", "Lê Thị Hoa", "Phạm Minh Tâm"]),
 ("dưới sự chủ trì của, two chairs", H + " Dưới sự chủ trì của các đồng chí Trần Văn Dũng, Bí thư Huyện ủy; Lê Thị Hoa, Chủ tịch UBND huyện, hội nghị đã thảo luận các báo cáo. " + T, ["Trần Văn Dũng", "Lê Thị Hoa"]),
 ("a list of three opening the sentence, each with đồng chí", H + " Đồng chí Trần Văn Dũng, Bí thư Huyện ủy; đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy; đồng chí Phạm Minh Tâm, Chủ tịch UBND huyện chủ trì hội nghị. " + T, ["Trần Văn Dũng", "Lê Thị Hoa", "Phạm Minh Tâm"]),
 ("a title ending in capitals before the name", H + " Ủy viên Trung ương Đảng Trần Văn Dũng chủ trì hội nghị. " + T, ["Trần Văn Dũng"]),
 ("a Hmong chair named by title", K + " Bí thư Huyện ủy Vàng A Páo và Phó Chủ tịch HĐND huyện Tẩn Thị Mai đồng chủ trì kỳ họp. " + T, ["Vàng A Páo", "Tẩn Thị Mai"]),
 # negatives
 ("dự và chỉ đạo is no chair", H + " Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị. " + T, []),
 ("a unit chủ trì, phối hợp", H + " UBND huyện chủ trì, phối hợp với các ngành triển khai kế hoạch. Đồng chí Lê Thị Hoa phát biểu. " + T, []),
 ("the speaker of the conclusion", H + " Phát biểu kết luận, đồng chí Trần Văn Dũng, Bí thư Huyện ủy đề nghị các ngành tập trung. " + T, []),
 ("a chair of another meeting", H + " Trước đó, đồng chí Lê Thị Hoa đã chủ trì cuộc họp Ban Thường vụ ngày 5/7. " + T, []),
]

#: constructions that fail, and why
KNOWN_GAPS = {
    "a chair of another meeting": "a chair sentence about an earlier meeting ('Trước đó, ... đã chủ trì cuộc họp ...') is "
                                  "read as the meeting's: the time shift is not read",
}


def _param(form: str, text: str, chairs: list[str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[form])] if form in KNOWN_GAPS else []
    return pytest.param(form, text, chairs, id=form, marks=marks)


@pytest.mark.parametrize(("form", "text", "chairs"), [_param(*c) for c in CASES])
def test_chair_form(form: str, text: str, chairs: list[str]) -> None:
    assert (extract_text(text).meeting.chairs or []) == chairs
