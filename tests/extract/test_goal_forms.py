"""Issue 10: the spans in which a report's figures are goals (role ``target``), as a table. Each case is a short
report written for this test (a headline, a lead naming the meeting and its period, and a body of one or more
sentences or lines) with invented places and figures, and the role a careful reader gives each figure of the body
(/work/shared/eval/GUIDELINES.md: "target: a number stated as a goal, not a result"; the goal rulings logged in
tests/quality_floor.json's ``_comment``). The cases cross the kinds of construction that open a list of goals (a goal
word in the sentence, a sentence announcing goals, a resolution or plan adopted with its goals, a heading of the coming
period's tasks, a directive) with the shapes a list takes (inline after a colon, items on the lines after with '-' or
'+', the next sentence opened by 'Trong đó,' or 'Theo đó,', the paragraph under a heading, the goal word after its
figures). The negative cases are lists of results that look like goals: results after 'đạt' with the year reviewed, a
plan's attainment, comparisons with a goal, a previous resolution's goals cited to judge results, the results
section after a goal list. The kinds are those of the goal/result confusions at first sight (rounds 25-27: ex435,
ex442, ex457, ex465) and of the 415 gold targets of examples/unseen."""

from __future__ import annotations

import pytest

from soket.extract import extract_text

TITLE = "Huyện Tân Lập tổng kết năm 2024"
LEAD = ("Ngày 20/12/2024, HĐND huyện Tân Lập khóa XX tổ chức kỳ họp thứ 9 đánh giá tình hình kinh tế - xã hội năm "
        "2024, quyết định nhiệm vụ năm 2025.")

#: an expected figure of the body: (raw as printed, role)
R = tuple[str, str]


def _t(*raws: str) -> list[R]:
    return [(r, "target") for r in raws]


#: (form, body, the body's figures with their roles, in order)
GOALS: list[tuple[str, str, list[R]]] = [
    # a goal word in the sentence
    ("goal word, inline", "Năm 2025, huyện phấn đấu thu ngân sách đạt 140 tỷ đồng, tạo việc làm cho 1.300 lao động.",
     _t("140 tỷ đồng", "1.300 lao động")),
    ("goal word after a result clause", "Năm 2024, thu ngân sách đạt 131 tỷ đồng; năm 2025 phấn đấu thu 140 tỷ đồng.",
     [("131 tỷ đồng", "amount"), ("140 tỷ đồng", "target")]),
    ("goal word: inline list after colon",
     "Năm 2025, huyện phấn đấu: tăng trưởng kinh tế 8,2%; thu ngân sách 140 tỷ đồng; giảm tỷ lệ hộ nghèo 1,2%.",
     _t("8,2%", "140 tỷ đồng", "1,2%")),
    ("goal word: items on the lines after, '-'",
     "Năm 2025, huyện phấn đấu hoàn thành các chỉ tiêu sau:\n- Tốc độ tăng trưởng kinh tế đạt 8,2%.\n"
     "- Thu ngân sách trên địa bàn đạt 140 tỷ đồng.\n- Tỷ lệ hộ nghèo giảm còn 3,1%.",
     _t("8,2%", "140 tỷ đồng", "3,1%")),
    ("goal word: items on the lines after, '+'",
     "Mục tiêu năm 2025:\n+ Thu nhập bình quân đầu người đạt 68 triệu đồng.\n+ Trồng mới 420 ha rừng tập trung.",
     _t("68 triệu đồng", "420 ha")),
    ("goal word, counted; 'Trong đó,' next sentence",
     "Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2025, phấn đấu hoàn thành 24 chỉ tiêu. Trong đó, thu nhập bình "
     "quân đầu người đạt 68 triệu đồng; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.",
     [("24 chỉ tiêu", "target"), ("68 triệu đồng", "target"), ("2 xã", "target")]),
    ("goal word; 'Cạnh đó,' next sentence",
     "Năm 2025, huyện phấn đấu thu ngân sách đạt 140 tỷ đồng. Cạnh đó, giảm tỷ lệ hộ nghèo xuống còn 3,1%.",
     _t("140 tỷ đồng", "3,1%")),
    # a sentence announcing goals
    ("announcing: inline list after colon",
     "Các chỉ tiêu chủ yếu năm 2025: tăng trưởng kinh tế 8,2%; thu ngân sách 140 tỷ đồng; trồng mới 420 ha rừng.",
     _t("8,2%", "140 tỷ đồng", "420 ha")),
    ("goal word: items on the lines after, numbered",
     "Năm 2025, huyện phấn đấu hoàn thành các chỉ tiêu sau:\n1. Thu ngân sách trên địa bàn đạt 140 tỷ đồng.\n"
     "2. Tạo việc làm cho 1.300 lao động.",
     _t("140 tỷ đồng", "1.300 lao động")),
    ("goal word: items on the lines after, no mark, ';'",
     "Năm 2025, huyện phấn đấu hoàn thành các chỉ tiêu sau:\nThu ngân sách trên địa bàn đạt 140 tỷ đồng;\n"
     "Tạo việc làm cho 1.300 lao động;\nTỷ lệ hộ nghèo giảm còn 3,1%.",
     _t("140 tỷ đồng", "1.300 lao động", "3,1%")),
    ("announcing: items on the lines after",
     "Một số chỉ tiêu chủ yếu năm 2025:\n- Tăng trưởng kinh tế 8,2%.\n- Thu ngân sách 140 tỷ đồng.",
     _t("8,2%", "140 tỷ đồng")),
    ("goal set with its goals, trong đó: inline list",
     "Kỳ họp xác định nhiệm vụ năm 2025 cùng các chỉ tiêu cơ bản, trong đó: giá trị sản xuất nông nghiệp tăng 4,5%; "
     "sản xuất công nghiệp tăng 9,1%.",
     _t("4,5%", "9,1%")),
    ("goals counted, trong đó: inline list",
     "Nghị quyết xác định 21 chỉ tiêu chủ yếu, trong đó: thu nhập bình quân đầu người đạt 68 triệu đồng; tổng sản "
     "lượng lương thực đạt 11.200 tấn.",
     [("21 chỉ tiêu", "amount"), ("68 triệu đồng", "target"), ("11.200 tấn", "target")]),
    # a resolution or plan adopted with its goals
    ("resolution adopted: inline list after colon",
     "Kỳ họp thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 với các chỉ tiêu: tăng trưởng "
     "kinh tế 8,2%; thu ngân sách 140 tỷ đồng.",
     _t("8,2%", "140 tỷ đồng")),
    ("resolution adopted in the past tense ('đã thông qua'): items on the lines after",
     "HĐND huyện đã thông qua Nghị quyết về kế hoạch năm 2025 với các chỉ tiêu chủ yếu sau:\n- Tăng trưởng kinh tế "
     "8,2%;\n- Thu ngân sách 140 tỷ đồng.", _t("8,2%", "140 tỷ đồng")),
    ("resolution adopted, joined by 'trong đó có': inline list",
     "Kỳ họp thông qua 12 nghị quyết, trong đó có Nghị quyết về nhiệm vụ năm 2025 với nhiều chỉ tiêu quan trọng: "
     "tăng trưởng kinh tế 8,2%, thu nhập bình quân đầu người đạt 68 triệu đồng.",
     [("12 nghị quyết", "amount"), ("8,2%", "target"), ("68 triệu đồng", "target")]),
    ("resolution adopted; 'Theo đó,' next sentence",
     "Kỳ họp thông qua Nghị quyết về các chỉ tiêu chủ yếu năm 2025. Theo đó, thu ngân sách dự kiến 140 tỷ đồng; tỷ "
     "lệ hộ nghèo giảm còn 3,1%.",
     _t("140 tỷ đồng", "3,1%")),
    ("resolution on the coming year's tasks adopted; 'Theo đó,' next sentence",
     "Kỳ họp thông qua Nghị quyết về nhiệm vụ năm 2025. Theo đó, huyện tăng trưởng kinh tế 8,2%; thu ngân sách 140 "
     "tỷ đồng.", _t("8,2%", "140 tỷ đồng")),
    ("resolution adopted: items on the lines after",
     "Kỳ họp thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 với các chỉ tiêu chủ yếu sau:\n"
     "- Tăng trưởng kinh tế 8,2%.\n- Thu ngân sách trên địa bàn 140 tỷ đồng.",
     _t("8,2%", "140 tỷ đồng")),
    ("plan adopted, goals counted and listed after 'như:'",
     "Hội nghị đề ra 18 chỉ tiêu, 5 nhiệm vụ trọng tâm; trong đó có 12 chỉ tiêu về kinh tế - xã hội, như: thu ngân "
     "sách 140 tỷ đồng; tạo việc làm cho 1.300 lao động.",
     [("18 chỉ tiêu", "amount"), ("5 nhiệm vụ", "amount"), ("12 chỉ tiêu", "amount"),
      ("140 tỷ đồng", "target"), ("1.300 lao động", "target")]),
    ("plan setting its goals: inline list after colon", "Kế hoạch năm 2025 đặt ra: tăng trưởng kinh tế 8,2%; thu "
     "ngân sách 140 tỷ đồng.", _t("8,2%", "140 tỷ đồng")),
    ("resolution adopted, ', theo đó:' inline list", "HĐND huyện thông qua Nghị quyết về kế hoạch năm 2025, theo đó: "
     "tăng trưởng kinh tế 8,2%; thu ngân sách 140 tỷ đồng.", _t("8,2%", "140 tỷ đồng")),
    ("goals counted, 'cụ thể:' items on the lines after", "Năm 2025, huyện phấn đấu hoàn thành 22 chỉ tiêu, cụ thể:\n"
     "- Thu ngân sách 140 tỷ đồng;\n- Tạo việc làm cho 1.300 lao động.", _t("22 chỉ tiêu", "140 tỷ đồng", "1.300 lao động")),
    ("the second half's tasks: items on the lines after", "Nhiệm vụ trọng tâm 6 tháng cuối năm:\n- Phấn đấu thu ngân "
     "sách đạt 100% dự toán;\n- Giải ngân vốn đầu tư công đạt trên 95%.", _t("100%", "95%")),
    # a directive
    ("directive's purpose",
     "Chủ tịch UBND huyện yêu cầu các xã tập trung đôn đốc thu ngân sách, phấn đấu đến cuối năm thu đạt trên 95% "
     "dự toán.",
     [("95%", "target")]),
    # the goal word after its figures
    ("goal word after its figures: 'là những chỉ tiêu phấn đấu'",
     "Tăng trưởng kinh tế 8,2%, thu ngân sách 140 tỷ đồng là những chỉ tiêu phấn đấu của huyện năm 2025.",
     _t("8,2%", "140 tỷ đồng")),
    # a heading of the coming period's tasks and the paragraph under it
    ("heading of the coming year's tasks, then goal word",
     "Nhiệm vụ năm 2025\nHuyện phấn đấu thu ngân sách đạt 140 tỷ đồng; tạo việc làm cho 1.300 lao động.",
     _t("140 tỷ đồng", "1.300 lao động")),
    ("heading of the coming year's tasks with a colon, items on the lines after",
     "Phương hướng, nhiệm vụ năm 2025:\n- Tăng trưởng kinh tế 8,2%.\n- Thu ngân sách trên địa bàn 140 tỷ đồng.",
     _t("8,2%", "140 tỷ đồng")),
    ("heading of the coming year's tasks, the paragraph under it",
     "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\nTăng trưởng kinh tế 8,2%; thu ngân sách trên địa bàn 140 tỷ đồng.",
     _t("8,2%", "140 tỷ đồng")),
    ("the second half's tasks, goal word", "Trong 6 tháng cuối năm, huyện tập trung đôn đốc thu ngân sách, phấn đấu "
     "đạt 100% dự toán.", _t("100%")),
    ("the goal word's sentence, its figures in the 'Trong đó,' sentence after",
     "Năm 2025, huyện phấn đấu hoàn thành và vượt các chỉ tiêu Nghị quyết đề ra. Trong đó, thu ngân sách đạt 140 tỷ "
     "đồng; tạo việc làm cho 1.300 lao động.", _t("140 tỷ đồng", "1.300 lao động")),
    ("the goal word's sentence, its figures in the 'Theo đó,' sentence after",
     "Năm 2025, huyện phấn đấu thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội. Theo đó, tăng trưởng kinh tế "
     "8,2%; thu ngân sách 140 tỷ đồng.", _t("8,2%", "140 tỷ đồng")),
    ("goals set with no figure, 'Cụ thể,' sentence after",
     "Hội nghị xác định các chỉ tiêu chủ yếu năm 2025. Cụ thể, tăng trưởng kinh tế 8,2%; trồng mới 420 ha rừng.",
     _t("8,2%", "420 ha")),
    ("'mục tiêu' sentence, 'là' its figures", "Mục tiêu năm 2025 là thu ngân sách đạt 140 tỷ đồng, tạo việc làm cho "
     "1.300 lao động.", _t("140 tỷ đồng", "1.300 lao động")),
    ("a goal head and its year, set by 'là'", "Chỉ tiêu thu ngân sách năm 2025 là 140 tỷ đồng.", _t("140 tỷ đồng")),
    ("a goal head with no lead before a colon", "Chỉ tiêu năm 2025: thu ngân sách 140 tỷ đồng; trồng mới 420 ha rừng.",
     _t("140 tỷ đồng", "420 ha")),
    ("the coming year's plan before a colon", "Kế hoạch năm 2025: tăng trưởng kinh tế 8,2%; thu ngân sách 140 tỷ "
     "đồng.", _t("8,2%", "140 tỷ đồng")),
    ("the coming year's plan ('năm tới') before a colon", "Kế hoạch năm tới: thu ngân sách 140 tỷ đồng; tạo việc làm "
     "cho 1.300 lao động.", _t("140 tỷ đồng", "1.300 lao động")),
    ("the coming year's tasks, numbered heading, items on the lines after", "2. Nhiệm vụ năm 2025\n- Thu ngân sách "
     "140 tỷ đồng;\n- Trồng mới 420 ha rừng tập trung.", _t("140 tỷ đồng", "420 ha")),
    ("tasks of the coming year listed after a colon, in a sentence", "Nhiệm vụ năm 2025: tăng trưởng kinh tế 8,2%; "
     "thu ngân sách 140 tỷ đồng.", _t("8,2%", "140 tỷ đồng")),
    ("the coming year's plan handed down by 'giao'", "Kế hoạch năm 2025 tỉnh giao: thu ngân sách 140 tỷ đồng; tạo "
     "việc làm cho 1.300 lao động.", _t("140 tỷ đồng", "1.300 lao động")),
    ("the goal word after its figures, 'là mục tiêu phấn đấu'", "Thu ngân sách 140 tỷ đồng, trồng mới 420 ha rừng là "
     "mục tiêu phấn đấu năm 2025.", _t("140 tỷ đồng", "420 ha")),
    ("goal word, then 'Đồng thời,' sentence", "Năm 2025, huyện phấn đấu thu ngân sách 140 tỷ đồng. Đồng thời, trồng "
     "mới 420 ha rừng tập trung.", _t("140 tỷ đồng", "420 ha")),
]

#: results that look like goals: (form, body, the body's figures with their roles)
RESULTS: list[tuple[str, str, list[R]]] = [
    ("a line in sentence case naming the coming tasks (a page's headline), results under it",
     "Huyện bàn nhiệm vụ trọng tâm những tháng cuối năm\nSáu tháng đầu năm, thu ngân sách đạt 70 tỷ đồng.",
     [("70 tỷ đồng", "amount")]),
    ("a paragraph after a goal list's last item",
     "Năm 2025, huyện phấn đấu hoàn thành các chỉ tiêu sau:\nThu ngân sách trên địa bàn đạt 140 tỷ đồng;\n"
     "Tạo việc làm cho 1.300 lao động.\nToàn huyện có 12 xã đạt chuẩn nông thôn mới.",
     [("140 tỷ đồng", "target"), ("1.300 lao động", "target"), ("12 xã", "amount")]),
    ("results after 'đạt' with the year reviewed",
     "Năm 2024, huyện đạt và vượt 15/18 chỉ tiêu Nghị quyết đề ra: thu ngân sách đạt 131 tỷ đồng; tạo việc làm cho "
     "1.250 lao động.",
     [("15/18 chỉ tiêu", "amount"), ("131 tỷ đồng", "amount"), ("1.250 lao động", "amount")]),
    ("results counted against the goals, 'cụ thể:' items on the lines after",
     "Năm 2024, huyện đạt 16/18 chỉ tiêu, cụ thể:\n- Thu ngân sách 131 tỷ đồng;\n- Tạo việc làm cho 1.250 lao động.",
     [("16/18 chỉ tiêu", "amount"), ("131 tỷ đồng", "amount"), ("1.250 lao động", "amount")]),
    ("goals met, items on the lines after", "Các chỉ tiêu chủ yếu năm 2024 đều đạt và vượt:\n- Thu ngân sách 131 tỷ "
     "đồng;\n- Tạo việc làm cho 1.250 lao động.", [("131 tỷ đồng", "amount"), ("1.250 lao động", "amount")]),
    ("a budget's plan adjusted, its figures decided", "Kỳ họp thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công "
     "năm 2025: điều chuyển 286 tỷ đồng từ 27 dự án chậm tiến độ sang 14 dự án.",
     [("286 tỷ đồng", "amount"), ("27 dự án", "amount"), ("14 dự án", "amount")]),
    ("a plan's attainment", "Thu ngân sách đạt 131 tỷ đồng, bằng 104% kế hoạch năm.",
     [("131 tỷ đồng", "amount"), ("104%", "plan_pct")]),
    ("a comparison with the goal", "Tỷ lệ hộ nghèo giảm còn 3,8%, vượt 0,3% so với chỉ tiêu Nghị quyết.",
     [("3,8%", "percent"), ("0,3%", "plan_diff_pct")]),
    ("a results report adopted 'với các chỉ tiêu:'",
     "Kỳ họp thông qua báo cáo tình hình kinh tế - xã hội năm 2024 với các chỉ tiêu: thu ngân sách đạt 131 tỷ đồng.",
     [("131 tỷ đồng", "amount")]),
    ("results after a goal list ends", "Năm 2025, huyện phấn đấu thu ngân sách đạt 140 tỷ đồng.\nKết quả năm 2024, "
     "tổng thu ngân sách đạt 131 tỷ đồng.",
     [("140 tỷ đồng", "target"), ("131 tỷ đồng", "amount")]),
    ("results heading with '-' items",
     "Kết quả thực hiện các chỉ tiêu năm 2024:\n- Thu ngân sách đạt 131 tỷ đồng.\n- Tạo việc làm cho 1.250 lao động.",
     [("131 tỷ đồng", "amount"), ("1.250 lao động", "amount")]),
    ("'Trong đó,' after a result",
     "Năm 2024, tổng thu ngân sách đạt 131 tỷ đồng. Trong đó, thu nội địa 96 tỷ đồng.",
     [("131 tỷ đồng", "amount"), ("96 tỷ đồng", "amount")]),
    ("goal list closed by the next paragraph's results",
     "Các chỉ tiêu chủ yếu năm 2025:\n- Thu ngân sách 140 tỷ đồng.\n\nNăm 2024, toàn huyện có thêm 3 xã đạt chuẩn "
     "nông thôn mới.",
     [("140 tỷ đồng", "target"), ("3 xã", "amount")]),
    ("heading of the year reviewed's results, the paragraph under it",
     "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\nTăng trưởng kinh tế 7,9%; thu ngân sách trên địa bàn 131 tỷ đồng.",
     [("7,9%", "change_pct"), ("131 tỷ đồng", "amount")]),
    ("a heading of the year reviewed's tasks, results under it",
     "Nhiệm vụ năm 2024:\n- Thu ngân sách đạt 131 tỷ đồng, bằng 104% dự toán.",
     [("131 tỷ đồng", "amount"), ("104%", "plan_pct")]),
    ("a plan's share attained, 'đạt 56% kế hoạch'", "Thu ngân sách đạt 78 tỷ đồng, đạt 56% kế hoạch năm.",
     [("78 tỷ đồng", "amount"), ("56%", "plan_pct")]),
    ("goals completed, counted", "Năm 2024, huyện hoàn thành 12/15 chỉ tiêu Nghị quyết đề ra.",
     [("12/15 chỉ tiêu", "amount")]),
    ("a goal head reaching its figure, 'chỉ tiêu ... đạt'", "Chỉ tiêu trồng rừng đạt 420 ha, bằng 105% kế hoạch.",
     [("420 ha", "amount"), ("105%", "plan_pct")]),
    ("goals met, counted, their figures after 'trong đó'", "Có 14/18 chỉ tiêu đạt và vượt kế hoạch, trong đó thu ngân "
     "sách đạt 131 tỷ đồng.", [("14/18 chỉ tiêu", "amount"), ("131 tỷ đồng", "amount")]),
    ("the results of a plan, 'Theo đó,' sentence after", "Kỳ họp đánh giá kết quả thực hiện kế hoạch năm 2024. Theo "
     "đó, thu ngân sách đạt 131 tỷ đồng.", [("131 tỷ đồng", "amount")]),
    ("'Trong đó,' after a goal, a result of its own", "Năm 2025, huyện phấn đấu thu ngân sách 140 tỷ đồng. Trong đó, "
     "6 tháng đầu năm đã thu được 70 tỷ đồng.", [("140 tỷ đồng", "target"), ("70 tỷ đồng", "amount")]),
    ("the goal word's sentence, a result's 'Trong đó,' after", "Năm 2024, huyện phấn đấu hoàn thành các chỉ tiêu kế "
     "hoạch. Trong đó, tổng thu ngân sách ước đạt 131 tỷ đồng.", [("131 tỷ đồng", "amount")]),
    ("a plan attained to the full, 'hoàn thành 100% chỉ tiêu'", "Công tác tuyển quân năm 2024 hoàn thành 100% chỉ "
     "tiêu.", [("100%", "plan_pct")]),
    ("results of the year's plan before a colon", "Kết quả thực hiện kế hoạch năm 2024: thu ngân sách 131 tỷ đồng; "
     "tạo việc làm cho 1.250 lao động.", [("131 tỷ đồng", "amount"), ("1.250 lao động", "amount")]),
    ("the year reviewed's tasks before a colon, results", "Nhiệm vụ năm 2024: thu ngân sách đạt 131 tỷ đồng, bằng 104% "
     "dự toán.", [("131 tỷ đồng", "amount"), ("104%", "plan_pct")]),
]

#: cases that fail today, with why. First sight, on the session's starting code (e260dba, before the goal span): 27 of
#: these 43 cases pass; the 16 that failed are every list whose items stand on the lines after the opener's colon (7),
#: a plan setting its goals or a resolution adopted ', theo đó:' before a colon (2), the goal word after its figures,
#: headings of the coming year's tasks (3), and the line after a goal list's end, read as one more goal (2).
#: Second part (goalspan2): 23 cases added (13 goals, 10 results that look like goals: "đạt 56% kế hoạch", "hoàn thành
#: 12/15 chỉ tiêu", "chỉ tiêu ... đạt"); on the code before it (ae29c7b) 18 of them passed, the 5 that failed were a
#: goal sentence with no figure and its figures in the 'Trong đó,' / 'Theo đó,' sentence after (2), and a clause naming
#: the coming year's plan or tasks before a colon ("Kế hoạch năm 2025:", "Kế hoạch năm tới:", "Nhiệm vụ năm 2025:": 3).
FAILING: dict[str, str] = {}  # empty since the goal span (src/soket/extract/goals.py)


def body_roles(body: str) -> list[R]:
    """The (raw, role) of the facts read from a report's body (the lead's own figures left out)."""
    text = f"{TITLE}\n{LEAD}\n{body}\n"
    at = text.index(body)
    rec = extract_text(text).to_dict()
    return [(str(f["raw"]), str(f["role"])) for f in rec["facts"] if f["span"][0] >= at]


def _param(form: str, body: str, want: list[R]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=FAILING[form])] if form in FAILING else []
    return pytest.param(form, body, want, id=form, marks=marks)


def _same(got: list[R], want: list[R]) -> bool:
    """Each expected figure found with its role, in order (a raw may be printed wider: 'đạt trên 95%')."""
    if len(got) != len(want):
        return False
    return all(w[0] in g[0] and w[1] == g[1] for g, w in zip(got, want, strict=True))


@pytest.mark.parametrize(("form", "body", "want"), [_param(*c) for c in GOALS + RESULTS])
def test_goal_form(form: str, body: str, want: list[R]) -> None:
    got = body_roles(body)
    assert _same(got, want), got
