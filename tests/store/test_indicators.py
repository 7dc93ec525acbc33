"""The indicator taxonomy and the classifier (pure; no database)."""

from __future__ import annotations

import pytest

from _require import missing
from soket.extract.indicators import classify, indicators
from soket.text import fold, fold_words

from .gold import _gold_by_doc, available

REQUIRED = {
    "budget_revenue", "budget_spending", "production_value", "industry_production_value", "grdp",
    "retail_sales", "exports", "imports", "public_investment_disbursement", "total_social_investment",
    "new_party_members", "disciplined_members", "new_enterprises", "per_capita_income", "poverty_rate",
    "food_output",
}


def test_taxonomy_has_the_required_keys_with_labels_and_units():
    inds = indicators()
    keys = [i.key for i in inds]
    assert len(keys) == len(set(keys)) >= 25
    assert REQUIRED <= set(keys)
    for i in inds:
        assert i.label and i.label != i.key


@pytest.mark.parametrize(("subject", "unit", "key"), [
    ("Tổng thu ngân sách nhà nước trên địa bàn", "VND", "budget_revenue"),
    ("thu ngan sach", None, "budget_revenue"),
    ("THU NGÂN SÁCH", "%", "budget_revenue"),
    ("tổng chi ngân sách nhà nước", "VND", "budget_spending"),
    ("Tổng giá trị sản xuất của các ngành kinh tế", "VND", "production_value"),
    ("Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp", "VND", "industry_production_value"),
    ("Giá trị sản xuất CN-TTCN", "%", "industry_production_value"),
    ("Giá trị sản xuất ngành công nghiệp – xây dựng", "VND", "industry_construction_value"),
    ("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "%", "grdp"),
    ("Tăng trưởng kinh tế", "%", "grdp"),
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "VND", "retail_sales"),
    ("Kim ngạch xuất khẩu", "USD", "exports"),
    ("kim ngạch nhập khẩu", "USD", "imports"),
    ("tổng kim ngạch xuất nhập khẩu qua địa bàn", "USD", "trade_turnover"),
    ("thu từ hoạt động xuất, nhập khẩu", "VND", "customs_revenue"),
    ("giải ngân", "%", "public_investment_disbursement"),
    ("tổng vốn đầu tư toàn xã hội", "VND", "total_social_investment"),
    ("kết nạp", "đảng viên", "new_party_members"),
    ("kết nạp quần chúng ưu tú vào Đảng", "%", "new_party_members"),
    ("thi hành kỷ luật", "đảng viên", "disciplined_members"),
    ("thi hành kỷ luật", "tổ chức đảng", "disciplined_organisations"),
    ("Thành lập mới", "doanh nghiệp", "new_enterprises"),
    ("doanh nghiệp đăng ký thành lập mới", "doanh nghiệp", "new_enterprises"),
    ("Thành lập mới", "hợp tác xã", "new_cooperatives"),
    ("thu nhập bình quân đầu người", "VND", "per_capita_income"),
    ("tỷ lệ hộ nghèo", "%", "poverty_rate"),
    ("hộ nghèo", "hộ nghèo", "poor_households"),
    ("Tổng sản lượng lương thực", "tấn", "food_output"),
    ("trồng rừng", "ha", "afforestation"),
])
def test_classify(subject, unit, key):
    assert classify(subject, unit) == key


@pytest.mark.parametrize("subject", [None, "", "   ", "—", "báo cáo", "vấn đề trọng tâm", "số tiền"])
def test_classify_unknown_is_none(subject):
    assert classify(subject, "VND") is None


def test_fold_keeps_length_and_drops_diacritics():
    s = "Đảng viên ĐẢNG ngân sách Phúc Yên ư ơ ă â ê ô"
    assert fold(s) == "dang vien dang ngan sach phuc yen u o a a e o"
    assert len(fold(s)) == len(s)
    assert fold_words("công nghiệp – xây dựng, (CN-TTCN)") == "cong nghiep xay dung cn ttcn"


def test_most_gold_subjects_get_an_indicator():
    if not available():
        missing("shared", "../shared is absent")
    n = hit = 0
    for gold in _gold_by_doc().values():
        for f in gold["facts"]:
            s = f["subject"][0] if isinstance(f["subject"], list) else f["subject"]
            n += 1
            hit += classify(s, f["unit"]) is not None
    assert hit / n >= 0.75, f"{hit}/{n}"
