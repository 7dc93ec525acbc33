"""Small Vietnamese reports written to trigger (or not) each consistency check."""

HEAD = ("Ban Chấp hành Đảng bộ thành phố Phúc Yên tổ chức hội nghị sơ kết tình hình {period}.\n\n"
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị. ")


def report(period: str, body: str) -> str:
    return HEAD.format(period=period) + body + "\n"


H1_2021 = "6 tháng đầu năm 2021"

MALFORMED = report(H1_2021, "Giá trị sản xuất công nghiệp ước đạt 864 tỷ đồng, bằng 60,6,2% kế hoạch năm.")

PLAN_CONFLICT = report(H1_2021, (
    "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm.\n\n"
    "Nhiệm vụ 6 tháng cuối năm: phấn đấu thu ngân sách nhà nước năm 2021 đạt 700 tỷ đồng."))
PLAN_AGREES = PLAN_CONFLICT.replace("700 tỷ đồng", "561 tỷ đồng")
PLAN_NEXT_YEAR = PLAN_CONFLICT.replace("năm 2021 đạt", "năm 2022 đạt")

SECTORS = report(H1_2021, (
    "Tổng giá trị sản xuất ước đạt 6.900 tỷ đồng, tăng 6% so với cùng kỳ. "
    "Giá trị sản xuất ngành nông nghiệp đạt 500 tỷ đồng. "
    "Giá trị sản xuất ngành công nghiệp - xây dựng đạt 4.000 tỷ đồng. "
    "Giá trị sản xuất ngành dịch vụ đạt 3.000 tỷ đồng."))
SECTORS_OK = SECTORS.replace("dịch vụ đạt 3.000", "dịch vụ đạt 2.000")

PERCENTS = report(H1_2021, (
    "Kết nạp 45 đảng viên mới, đạt 1.500% kế hoạch năm. "
    "Kim ngạch xuất khẩu ước đạt 12 triệu USD, tăng 650% so với cùng kỳ. "
    "Tỷ lệ hộ nghèo là 120%."))
PERCENTS_OK = report(H1_2021, (
    "Kết nạp 45 đảng viên mới, đạt 150% kế hoạch năm. "
    "Kim ngạch xuất khẩu ước đạt 12 triệu USD, tăng 65% so với cùng kỳ. "
    "Tỷ lệ hộ nghèo là 1,2%."))

DUPLICATE = report(H1_2021, (
    "Thu ngân sách nhà nước trên địa bàn ước đạt 316,7 tỷ đồng. "
    "Công tác quản lý đô thị được quan tâm.\n\n"
    "Về tài chính, thu ngân sách nhà nước trên địa bàn đạt 350 tỷ đồng."))
DUPLICATE_OK = DUPLICATE.replace("350 tỷ đồng", "316,7 tỷ đồng")

# history: the same locality a year earlier, and earlier in the same year
BUDGET_2020 = report("6 tháng đầu năm 2020", "Thu ngân sách nhà nước ước đạt 300 tỷ đồng, đạt 55% kế hoạch năm.")
GROWTH_WRONG = report(H1_2021, "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, tăng 20% so với cùng kỳ.")
GROWTH_RIGHT = report(H1_2021, "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, tăng 5,6% so với cùng kỳ.")
Q1_2021 = report("quý I năm 2021", "Thu ngân sách nhà nước ước đạt 150 tỷ đồng, đạt 25% kế hoạch năm.")
H1_PLAN = report(H1_2021, "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm.")
H1_PLAN_SAME = report(H1_2021, "Thu ngân sách nhà nước ước đạt 330 tỷ đồng, đạt 55% kế hoạch năm.")
