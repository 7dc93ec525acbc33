"""Issue 10: the forms in which reports print a fact, as a table. Each case is a short report written for this test
(a headline, a lead naming the meeting and its period, and one sentence of figures) with invented places, and the
facts a careful reader takes from the figure sentence (/work/shared/eval/GUIDELINES.md and the rulings logged in
tests/quality_floor.json's ``_comment``): role, unit, value, qualifier, estimate, basis, and the subject where the
guidelines fix it. The kinds are those of the first-sight fact misses (``bench/first_sight.json``: the latest 100
documents with a loose miss, read with the code of the day they were added) and of pages surveyed in many provinces,
levels and years: scale words and mixed forms, qualifiers, estimates, plan attainment in every word order, changes,
shares, counts, fractions, goals, lists with a verb left out, bracketed figures, the typos reports carry. The negative
cases put numbers the guidelines say are no facts (dates, terms, ordinals, document numbers, numbers in names,
titles, page chrome) where a figure is looked for."""

from __future__ import annotations

import pytest

from soket.extract import extract_text

TITLE = "Huyện Tân Lập sơ kết 6 tháng đầu năm 2024"
LEAD = ("Ngày 8/7/2024, UBND huyện Tân Lập tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm "
        "2024, triển khai nhiệm vụ 6 tháng cuối năm.")


def report(sentence: str, title: str = TITLE) -> str:
    """A report's text: headline, lead, the figure sentence."""
    return f"{title}\n{LEAD}\n{sentence}\n"


#: a fact expected: role, unit, value, qualifier, estimated, basis, subject (None: not checked)
F = tuple[str, str, float, str | None, bool, str | None, str | None]


def amt(unit: str, value: float, q: str | None = None, est: bool = False, subj: str | None = None) -> F:
    return ("amount", unit, value, q, est, None, subj)


def pct(role: str, value: float, basis: str | None = None, q: str | None = None, est: bool = False,
        subj: str | None = None) -> F:
    return (role, "%", value, q, est, basis, subj)


B = 1_000_000_000  # tỷ

#: (form, figure sentence, facts) of results
FORMS: list[tuple[str, str, list[F]]] = [
    # scale words and mixed forms
    ("tỷ đồng", "Thu ngân sách đạt 96 tỷ đồng.", [amt("VND", 96 * B, subj="Thu ngân sách")]),
    ("tỉ đồng", "Thu ngân sách đạt 96 tỉ đồng.", [amt("VND", 96 * B)]),
    ("triệu đồng", "Thu nhập bình quân đầu người đạt 62 triệu đồng.", [amt("VND", 62_000_000)]),
    ("nghìn tỷ, decimal comma", "Tổng vốn đầu tư toàn xã hội ước đạt 1,3 nghìn tỷ đồng.",
     [amt("VND", 1300 * B, est=True)]),
    ("ngàn tỷ", "Tổng vốn đầu tư toàn xã hội đạt 1,2 ngàn tỷ đồng.", [amt("VND", 1200 * B)]),
    ("nghìn N tỷ, mixed", "Thu ngân sách đạt trên 1 nghìn 120 tỷ đồng.", [amt("VND", 1120 * B, q="over")]),
    ("thousands dot", "Tổng vốn đầu tư đạt 1.000 tỷ đồng.", [amt("VND", 1000 * B)]),
    ("thousands dot and decimal comma", "Tổng vốn đầu tư đạt 2.150,5 tỷ đồng.", [amt("VND", 2150.5 * B)]),
    ("decimal dot", "Tổng vốn đầu tư đạt 2150.5 tỷ đồng.", [amt("VND", 2150.5 * B)]),
    ("triệu USD", "Kim ngạch xuất khẩu đạt 942 triệu USD.", [amt("USD", 942_000_000)]),
    ("triệu đồng/người/năm", "Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.", [amt("VND", 72_000_000)]),
    ("triệu con", "Tổng đàn gia súc ước đạt 1,2 triệu con.", [amt("con", 1_200_000, est=True)]),
    ("tạ/ha", "Năng suất lúa bình quân đạt 62,5 tạ/ha.", [amt("tạ", 62.5)]),
    ("ha", "Trồng mới 350 ha rừng tập trung.", [amt("ha", 350)]),
    ("unit glued to the number", "Toàn huyện có 52.917con lợn.", [amt("con", 52917)]),
    ("percent sign spaced", "Tỷ lệ che phủ rừng đạt 42,5 %.", [pct("percent", 42.5)]),
    # qualifiers and estimates
    ("trên", "Tổng vốn đầu tư đạt trên 1.000 tỷ đồng.", [amt("VND", 1000 * B, q="over")]),
    ("hơn", "Giải quyết việc làm cho hơn 2.300 lao động.", [amt("lao động", 2300, q="over")]),
    ("gần", "Tổng thu ngân sách đạt gần 96 tỷ đồng.", [amt("VND", 96 * B, q="nearly")]),
    ("khoảng", "Tổng vốn đăng ký khoảng 3.200 tỷ đồng.", [amt("VND", 3200 * B, q="about")]),
    ("xấp xỉ", "Tổng thu ngân sách đạt xấp xỉ 96 tỷ đồng.", [amt("VND", 96 * B, q="about")]),
    ("dưới", "Có dưới 5% hộ nghèo.", [pct("percent", 5, q="under")]),
    ("ước đạt", "Tổng thu ngân sách ước đạt 96 tỷ đồng.", [amt("VND", 96 * B, est=True)]),
    ("ước thực hiện", "Tổng thu ngân sách ước thực hiện 96 tỷ đồng.", [amt("VND", 96 * B, est=True)]),
    ("ước tính", "Tổng thu ngân sách ước tính đạt 96 tỷ đồng.", [amt("VND", 96 * B, est=True)]),
    ("dự kiến", "Tổng thu ngân sách cả năm dự kiến đạt 196 tỷ đồng.", [amt("VND", 196 * B, est=True)]),
    # plan attainment in every word order
    ("đạt X% kế hoạch", "Thu ngân sách đạt 96 tỷ đồng, đạt 61% kế hoạch.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "kế hoạch")]),
    ("bằng X% dự toán năm", "Thu ngân sách đạt 96 tỷ đồng, bằng 52,3% dự toán năm.",
     [amt("VND", 96 * B), pct("plan_pct", 52.3, "dự toán năm")]),
    ("so dự toán giao đạt X%", "Tổng vốn đầu tư đạt 1.000 tỷ đồng, so dự toán giao đạt 48,5%.",
     [amt("VND", 1000 * B), pct("plan_pct", 48.5, "dự toán giao")]),
    ("đạt X% so với kế hoạch", "Thu ngân sách đạt 96 tỷ đồng, đạt 61% so với kế hoạch.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "kế hoạch")]),
    ("bằng X% so với dự toán huyện giao", "Thu ngân sách đạt 96 tỷ đồng, bằng 61% so với dự toán huyện giao.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "dự toán huyện giao")]),
    ("đạt X% KH", "Thu ngân sách đạt 96 tỷ đồng, đạt 61% KH năm.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "KH năm")]),
    ("plan first, sum after", "Thu ngân sách đạt 61% dự toán năm với 96 tỷ đồng.",
     [pct("plan_pct", 61, "dự toán năm"), amt("VND", 96 * B)]),
    ("plan in brackets", "Tổng thu ngân sách đạt 96 tỷ đồng (bằng 61% dự toán).",
     [amt("VND", 96 * B), pct("plan_pct", 61, "dự toán")]),
    ("So với kế hoạch opener", "So với kế hoạch, thu ngân sách đạt 87%.", [pct("plan_pct", 87, "kế hoạch")]),
    ("two plans before their verbs", "Thu ngân sách đạt 96 tỷ đồng, so dự toán tỉnh giao đạt 59%, so dự toán huyện "
                                     "giao đạt 56%.",
     [amt("VND", 96 * B), pct("plan_pct", 59, "dự toán tỉnh giao"), pct("plan_pct", 56, "dự toán huyện giao")]),
    ("so tự toán for so dự toán", "Thu ngân sách đạt 96 tỷ đồng, so tự toán giao đạt 62%.",
     [amt("VND", 96 * B), pct("plan_pct", 62, "dự toán giao")]),
    ("two plans", "Thu ngân sách đạt 96 tỷ đồng, đạt 61% kế hoạch xã giao và 58% kế hoạch huyện giao.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "kế hoạch xã giao"), pct("plan_pct", 58, "kế hoạch huyện giao")]),
    ("vượt X% kế hoạch", "Thu ngân sách đạt 96 tỷ đồng, vượt 12% kế hoạch.",
     [amt("VND", 96 * B), pct("plan_diff_pct", 12, "kế hoạch")]),
    ("vượt X% so với kế hoạch", "Thu ngân sách vượt 12% so với kế hoạch.", [pct("plan_diff_pct", 12, "kế hoạch")]),
    ("thấp hơn kế hoạch gần X%", "Thu ngân sách thấp hơn kế hoạch gần 2%.",
     [pct("plan_diff_pct", -2, "kế hoạch", q="nearly")]),
    ("đạt X% chỉ tiêu", "Kết nạp mới 215 đảng viên, đạt 107% chỉ tiêu.",
     [amt("đảng viên", 215), pct("plan_pct", 107, "chỉ tiêu")]),
    ("plan and change", "Tổng thu ngân sách đạt 96 tỷ đồng, bằng 61% dự toán, tăng 8% so cùng kỳ.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "dự toán"), pct("change_pct", 8, "cùng kỳ")]),
    ("growth, beats plan", "Tăng trưởng kinh tế đạt 8,1%, vượt 0,6% kế hoạch.",
     [pct("change_pct", 8.1), pct("plan_diff_pct", 0.6, "kế hoạch")]),
    # changes
    ("tăng X% so cùng kỳ", "Giá trị sản xuất công nghiệp tăng 7,2% so cùng kỳ.",
     [pct("change_pct", 7.2, "cùng kỳ", subj="Giá trị sản xuất công nghiệp")]),
    ("tăng X% so với cùng kỳ năm trước", "Tổng sản phẩm tăng 7,2% so với cùng kỳ năm trước.",
     [pct("change_pct", 7.2, "cùng kỳ năm trước")]),
    ("giảm X% so với cùng kỳ", "Giá trị sản xuất công nghiệp giảm 3,5% so với cùng kỳ năm 2023.",
     [pct("change_pct", -3.5, "cùng kỳ năm 2023")]),
    ("so cùng kỳ tăng X%", "Giá trị sản xuất công nghiệp so cùng kỳ tăng 7,2%.",
     [pct("change_pct", 7.2, "cùng kỳ", subj="Giá trị sản xuất công nghiệp")]),
    ("so với cùng kỳ tăng X%", "Giá trị sản xuất công nghiệp so với cùng kỳ tăng 7,2%.",
     [pct("change_pct", 7.2, "cùng kỳ", subj="Giá trị sản xuất công nghiệp")]),
    ("So với cùng kỳ opener", "So với cùng kỳ, giá trị sản xuất công nghiệp tăng 7,2%.",
     [pct("change_pct", 7.2, "cùng kỳ")]),
    ("tăng X% (kế hoạch Y%)", "Tổng sản phẩm trên địa bàn tăng 7,2% (kế hoạch 7,5%).",
     [pct("change_pct", 7.2), pct("target", 7.5)]),
    ("tăng trưởng đạt X%", "Tốc độ tăng trưởng kinh tế đạt 8,1%.", [pct("change_pct", 8.1)]),
    ("bằng X% cùng kỳ", "Tổng mức bán lẻ hàng hóa bằng 112% cùng kỳ.", [pct("prior_pct", 112, "cùng kỳ")]),
    ("bằng X% so với cùng kỳ", "Tổng thu ngân sách đạt 96 tỷ đồng, bằng 108% so với cùng kỳ.",
     [amt("VND", 96 * B), pct("prior_pct", 108, "cùng kỳ")]),
    ("a change in money", "Giá trị sản xuất công nghiệp đạt 1.250 tỷ đồng, tăng 120 tỷ đồng so với cùng kỳ.",
     [amt("VND", 1250 * B), ("change", "VND", 120 * B, None, False, "cùng kỳ", None)]),
    ("a change in a count", "Đàn lợn đạt 45.000 con, giảm 1.200 con so với cùng kỳ.",
     [amt("con", 45000), ("change", "con", -1200, None, False, "cùng kỳ", None)]),
    ("a change in brackets", "Doanh thu dịch vụ đạt 540 tỷ đồng (tăng 15% so cùng kỳ).",
     [amt("VND", 540 * B), pct("change_pct", 15, "cùng kỳ")]),
    # lists with the verb left out
    ("; A tăng X%, B Y%", "Giá trị sản xuất nông nghiệp tăng 3,2%; công nghiệp tăng 9,5%, dịch vụ 7,1%.",
     [pct("change_pct", 3.2), pct("change_pct", 9.5), pct("change_pct", 7.1, subj="dịch vụ")]),
    ("trong đó A tăng X%, B Y%", "Giá trị sản xuất tăng 7,2%, trong đó công nghiệp tăng 9,5%, nông nghiệp 3,1%.",
     [pct("change_pct", 7.2), pct("change_pct", 9.5), pct("change_pct", 3.1, subj="nông nghiệp")]),
    ("A tăng X% và B Y%", "Ngành công nghiệp tăng 9,5% và ngành dịch vụ 7,1% so với cùng kỳ.",
     [pct("change_pct", 9.5), pct("change_pct", 7.1, "cùng kỳ")]),
    ("A giảm X%, B Y%", "Sản lượng khai thác thủy sản giảm 4,5%, sản lượng nuôi trồng 2,1%.",
     [pct("change_pct", -4.5), pct("change_pct", -2.1)]),
    ("trong đó: A X, B Y (counts)", "Toàn huyện có 52.917 con lợn, trong đó: lợn nái 3.200 con, lợn thịt 49.717 con.",
     [amt("con", 52917), amt("con", 3200, subj="lợn nái"), amt("con", 49717, subj="lợn thịt")]),
    ("; B Y (amounts)", "Thu ngân sách ước đạt 96 tỷ đồng; chi ngân sách 88 tỷ đồng.",
     [amt("VND", 96 * B, est=True), amt("VND", 88 * B)]),
    # shares, rates, counts, fractions, the meeting's business
    ("tỷ lệ ... đạt X%", "Tỷ lệ che phủ rừng đạt 42,5%.", [pct("percent", 42.5)]),
    ("X% of a noun", "Toàn huyện có 97,5% hộ gia đình sử dụng nước sạch.", [pct("percent", 97.5)]),
    ("giảm còn X%", "Tỷ lệ hộ nghèo giảm còn 2,1%.", [pct("percent", 2.1)]),
    ("a count of a noun of several words", "Đến nay toàn huyện có 12 hợp tác xã nông nghiệp.",
     [amt("hợp tác xã", 12)]),
    ("a count, abbreviation", "Thành lập mới 45 DN.", [amt("doanh nghiệp", 45)]),
    ("a fraction", "Có 13/16 chỉ tiêu đạt và vượt kế hoạch.", [("amount", "chỉ tiêu", 13, None, False, None, None)]),
    ("N/N xã", "Có 28/28 xã đạt chuẩn nông thôn mới.", [amt("xã", 28)]),
    ("thông qua N nghị quyết", "Kỳ họp đã thông qua 12 nghị quyết quan trọng.", [amt("nghị quyết", 12)]),
    ("X% đại biểu tán thành", "100% đại biểu có mặt tán thành.", [pct("percent", 100)]),
    ("two counts in one clause", "Thu hút 5 dự án đầu tư với tổng vốn đăng ký khoảng 3.200 tỷ đồng.",
     [amt("dự án", 5), amt("VND", 3200 * B, q="about")]),
    # typos reports carry
    ("tặng for tăng", "Giá trị sản xuất công nghiệp tặng 7,2% so cùng kỳ.", [pct("change_pct", 7.2, "cùng kỳ")]),
    ("tự toán for dự toán", "Thu ngân sách đạt 96 tỷ đồng, bằng 61% tự toán năm.",
     [amt("VND", 96 * B), pct("plan_pct", 61, "dự toán năm")]),
]

#: (form, figure sentence, facts) of goals
GOALS: list[tuple[str, str, list[F]]] = [
    ("phấn đấu ... đạt", "Năm 2025, huyện phấn đấu tổng thu ngân sách đạt 120 tỷ đồng.",
     [("target", "VND", 120 * B, None, False, None, None)]),
    ("phấn đấu ... X% trở lên", "Phấn đấu năm 2025 tốc độ tăng trưởng kinh tế đạt 8% trở lên.", [pct("target", 8)]),
    ("giảm còn dưới X% as a goal", "Năm 2025 phấn đấu tỷ lệ hộ nghèo giảm còn dưới 2%.",
     [pct("target", 2, q="under")]),
    ("chỉ tiêu ... là N", "Chỉ tiêu thu ngân sách năm 2025 là 120 tỷ đồng.",
     [("target", "VND", 120 * B, None, False, None, None)]),
    ("chỉ tiêu ... là N, twice", "Chỉ tiêu thu ngân sách năm 2025 là 120 tỷ đồng, chỉ tiêu giải quyết việc làm là "
                                 "1.600 lao động.",
     [("target", "VND", 120 * B, None, False, None, None), ("target", "lao động", 1600, None, False, None, None)]),
    ("đề ra chỉ tiêu", "Năm 2025, huyện đề ra chỉ tiêu thu ngân sách 130 tỷ đồng.",
     [("target", "VND", 130 * B, None, False, None, None)]),
    ("đặt mục tiêu", "Năm 2025, huyện đặt mục tiêu thu ngân sách 130 tỷ đồng.",
     [("target", "VND", 130 * B, None, False, None, None)]),
    ("Mục tiêu năm: list", "Mục tiêu năm 2025: tăng trưởng kinh tế 8%, thu nhập bình quân 80 triệu đồng.",
     [pct("target", 8), ("target", "VND", 80_000_000, None, False, None, None)]),
    ("xác định N chỉ tiêu, trong đó: list", "Nghị quyết xác định 18 chỉ tiêu chủ yếu, trong đó: thu nhập bình quân "
                                           "đầu người đạt 75 triệu đồng; tổng sản lượng lương thực đạt 10.500 tấn; "
                                           "tỷ lệ lao động qua đào tạo 82%.",
     [amt("chỉ tiêu", 18), ("target", "VND", 75_000_000, None, False, None, None),
      ("target", "tấn", 10500, None, False, None, None), pct("target", 82)]),
    ("thông qua các chỉ tiêu, trong đó: changes as goals", "Kỳ họp đã thông qua các chỉ tiêu chủ yếu năm 2025, trong "
                                                           "đó: giá trị sản xuất nông nghiệp tăng 4%; sản xuất công "
                                                           "nghiệp tăng 8,8%; tạo việc làm mới cho 2.000 lao động.",
     [pct("target", 4), pct("target", 8.8), ("target", "lao động", 2000, None, False, None, None)]),
    ("thông qua Nghị quyết về kế hoạch ... với các chỉ tiêu: list",
     "Kỳ họp thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 với các chỉ tiêu: tốc độ tăng "
     "trưởng kinh tế 8,5%; thu ngân sách 150 tỷ đồng; tỷ lệ hộ nghèo giảm 1,5%.",
     [pct("target", 8.5), ("target", "VND", 150 * B, None, False, None, None), pct("target", 1.5)]),
    ("phấn đấu: list", "Năm 2025, huyện phấn đấu: tốc độ tăng trưởng kinh tế đạt 8,5%; thu ngân sách 150 tỷ đồng; "
                       "giảm tỷ lệ hộ nghèo 1,5%.",
     [pct("target", 8.5), ("target", "VND", 150 * B, None, False, None, None), pct("target", 1.5)]),
    ("các chỉ tiêu năm, gồm: list", "Hội nghị thống nhất các chỉ tiêu năm 2025, gồm: thu ngân sách đạt 150 tỷ đồng, "
                                    "tạo việc làm mới cho 1.200 lao động.",
     [("target", "VND", 150 * B, None, False, None, None), ("target", "lao động", 1200, None, False, None, None)]),
    ("phấn đấu có thêm N", "Phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới.",
     [("target", "xã", 3, None, False, None, None)]),
    ("mục tiêu đến năm", "Mục tiêu đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng.",
     [("target", "VND", 120_000_000, None, False, None, None)]),
]

#: a report of results adopted, its figures results: (form, sentence, facts)
RESULTS_ADOPTED: list[tuple[str, str, list[F]]] = [
    ("thông qua báo cáo tình hình ... với các chỉ tiêu: results",
     "Kỳ họp thông qua báo cáo tình hình kinh tế - xã hội năm 2024 với các chỉ tiêu: thu ngân sách đạt 96 tỷ đồng.",
     [amt("VND", 96 * B)]),
]

#: forms found after the rules (the survey of pages, the parity bench): (form, sentence, facts); the list of plans
#: attained failed (the first item read as beating the plan, the lead its basis, the rest as shares) until
#: roles.plan_list_basis
LATER: list[tuple[str, str, list[F]]] = [
    ("a list of plans attained, 'đạt và vượt dự toán như:'",
     "Nhiều khoản thu đạt và vượt dự toán giao như: thu tiền sử dụng đất đạt 331,7%; thu tiền thuê đất 297,2%.",
     [pct("plan_pct", 331.7, "dự toán giao"), pct("plan_pct", 297.2, "dự toán giao")]),
    ("a list of rates after a plan's lead", "Nhiều chỉ tiêu đạt và vượt kế hoạch như: tỷ lệ che phủ rừng 42,5%; "
                                            "tỷ lệ trường đạt chuẩn 85%.",
     [pct("percent", 42.5), pct("percent", 85)]),
    ("So sánh với cùng kỳ opener", "So sánh với cùng kỳ, tổng mức bán lẻ hàng hóa tăng 9,4%.",
     [pct("change_pct", 9.4, "cùng kỳ", subj="tổng mức bán lẻ hàng hóa")]),
    ("a sector's sum and change, the next sector's change bare",
     "Dịch vụ đạt 187,5 tỷ đồng, tăng 14,1%; nông nghiệp 4,2%.",
     [amt("VND", 187.5 * B), pct("change_pct", 14.1), pct("change_pct", 4.2)]),
]

#: (form, sentence): numbers that are no facts
NEGATIVE: list[tuple[str, str]] = [
    ("dates, session ordinal, term", "Ngày 8/7/2024, hội nghị lần thứ 15 Ban Chấp hành Đảng bộ huyện khóa XX nhiệm kỳ "
                                     "2020-2025 diễn ra."),
    ("document numbers", "Thực hiện Nghị quyết số 05-NQ/HU và Nghị quyết Trung ương 7, huyện đã có nhiều chuyển biến."),
    ("numbers in names", "Thị trấn phấn đấu đạt đô thị loại IV, xã đạt chuẩn mức độ 3 về chuyển đổi số."),
    ("a disease's name", "Công tác phòng, chống dịch Covid-19 và cúm gia cầm H5N1 được thực hiện tốt."),
    ("page chrome", "Lượt xem: 1.234 | Bình luận: 5"),
    ("a time of day", "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện phát biểu tại hội nghị lúc 14 giờ 30."),
    ("a period's months", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm cho thấy nhiều chuyển biến tích cực."),
    ("a horizon and a term", "Huyện tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ "
                             "2020-2025, tầm nhìn đến năm 2030."),
    ("a number in a title", "Đồng chí Lê Văn Bình, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo 35 phát biểu."),
]

#: forms no rule reads yet, and why
KNOWN_GAPS: dict[str, str] = {
    "a list of rates after a plan's lead":
        "the first rate is read as beating the plan across the list's colon ('vượt kế hoạch như: tỷ lệ ...' the "
        "plan_diff_pct's basis running past ':'), as before the list rule; the second stays a rate",
    "So sánh với cùng kỳ opener": "'so sánh với' is no comparison lead (cues roles.compare_leads): the opener stays "
                                  "in the subject (adding it there reads 'tăng 5% so sánh với cùng kỳ' with basis "
                                  "'sánh': basis_lead needs it too)",
}

#: the cases that failed when this table was first run, before any rule was written for it (its first sight: 83 of
#: 92 cases; the failing ones: a comparison put before the verb, 'so (với) cùng kỳ tăng X%', read without its basis
#: and with the comparison in the subject; a list leaving out the verb of change its first item carries, read as
#: shares; a goal stated as 'chỉ tiêu ... là N', read as a result; a number in a steering board's name); a case
#: leaves this set when a rule makes it pass (strict: it must then). The lists leaving out their verb of change pass
#: since facts' gapped-item rule (roles.change_clause_sign); the comparison before the verb since
#: roles.comparison_before_verb (its basis read, its words no subject); 'chỉ tiêu ... năm 2025 là N' since the goal's
#: copula allows a year in the goal's words (roles goal_is). Six cases were written after the first sight, each
#: passing but one at once: a plan adopted 'với các chỉ tiêu:' and its goals listed, which failed (read as results)
#: until roles.adopt_with, and its negative, a report of results adopted with its figures. Two more after the parity
#: bench: two plans each before its verb ('so dự toán tỉnh giao đạt 59%, so dự toán huyện giao đạt 56%': the first
#: took the second's plan, roles._basis_after) and 'so tự toán giao' (repair read plan typos after a percentage
#: only): both failed until their rules. The steering board's number passes since 'ban chỉ đạo' names a number
#: (cues quantities.name_number_before). A sector's change left bare after a sector named before its sum ('Dịch vụ đạt 187,5 tỷ đồng, tăng
#: 14,1%; nông nghiệp 4,2%') passes since round 26's bare percentage between growth rates (heldout26b), met at
#: the merge.
FAILING: set[str] = set()  # empty since the rules they led to


def _param(*case: object) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="first sight")] if case[0] in FAILING else []
    if case[0] in KNOWN_GAPS:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[str(case[0])])]
    return pytest.param(*case, id=str(case[0]), marks=marks)


def _key(f: dict[str, object]) -> tuple[object, ...]:
    v = f["value"]
    return (f["role"], f["unit"], round(float(v), 6) if isinstance(v, (int, float)) else v, f["qualifier"],
            bool(f["estimated"]), f["basis"])


def facts_of(sentence: str) -> list[dict[str, object]]:
    """The facts read from the figure sentence of a report (the lead's own figures, if any, left out)."""
    text = report(sentence)
    at = text.index(sentence)
    rec = extract_text(text).to_dict()
    raw_at = [f for f in rec["facts"] if text.find(str(f["raw"]), at) >= 0]
    return raw_at


@pytest.mark.parametrize(("form", "sentence", "facts"), [_param(*c) for c in FORMS + GOALS + RESULTS_ADOPTED + LATER])
def test_fact_form(form: str, sentence: str, facts: list[F]) -> None:
    got = facts_of(sentence)
    assert [_key(f) for f in got] == [(r, u, round(float(v), 6), q, e, b) for r, u, v, q, e, b, _ in facts]
    for f, want in zip(got, facts, strict=True):
        if want[6] is not None:
            assert str(f["subject"]).lower() == want[6].lower()


@pytest.mark.parametrize(("form", "sentence"), [_param(*c) for c in NEGATIVE])
def test_no_fact(form: str, sentence: str) -> None:
    assert facts_of(sentence) == []
