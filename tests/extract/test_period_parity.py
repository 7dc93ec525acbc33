"""Issue 10: every text report whose period and meeting day the extractor reads right reads them right when the phrase
stating its span, or the day opening its meeting sentence, is written in the other forms the genre prints them in
(``bench/period_parity.py``: "6 tháng đầu năm" as "nửa đầu năm", "06 tháng", "sáu tháng", "6 tháng năm 2024", "6
tháng"; a quarter as "quí", in figures, with its year after a slash, a dash or "năm"; a month's year so; a year-end
"năm 2024" as "cả năm"; the day as "Ngày 26/6", "Sáng 26-6", "Chiều 26.6", "Hôm 26/6", "Sáng thứ Tư (26/6)", ...)."""

from __future__ import annotations

import sys

from _paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import period_parity

#: (form, report) pairs known to read otherwise, and why
#: (first sight: 'tháng 11 và 11 tháng' read as a month and its running total, ex377 under running_bare; a headline's
#: year over a lead 'quý III và 9 tháng' read as the quarter, ex236, and an official report's title so, ex135, under
#: quarter_and_running; of the second set (a relative day under a page stamp, the day moved to the sentence's end, a later
#: stamp, sentences naming a year not reviewed put after the lead): a quarter without its year took a horizon's, a
#: resolution's date's, the next year's goal's year from the next sentence (ex285 under four distractors), a thematic
#: session's year a settled budget's (ex196): closed by the rules they led to)
KNOWN_GAPS: dict[tuple[str, str], str] = {
    **{("distract_resolution", stem):
       "round 47 (session 29): a commune Party congress's report (no period by the house reading) given a year by the "
       "resolution's date put after the lead; left for the next session"
       for stem in ("ex1006_sondong_daihoi_xa_bacninh_2025", "ex1010_toanthang_daihoi_xa_phutho_2025")},
    # (("running_bare", ex988) closed by fix46: at a mid-year session the first half named bare ("tình hình 6 tháng và
    # nhiệm vụ 6 tháng cuối năm 2022", "6 tháng năm 2022 tốc độ tăng trưởng ...") is reviewed, no closing half decided
    # (period._decided_half))
    ("running_bare", "ex995_tiengiang_ubnd_tinh_thang10_2020"):
        "a monthly meeting's page ('nhìn lại tình hình kinh tế - xã hội tháng 10') whose months from January are named "
        "only by '10 tháng đầu năm' in the body (and 'Lũy kế 10 tháng' in the title): bare, '10 tháng' is the running "
        "total of the month's report by the house reading (periods running_total_before), and the month alone is read",
    # (ex831's days_bracketed_span, days_trong_2_ngay, days_tu_ngay_span closed by meta42: a session reported on its
    # closing day whose body writes "Kỳ họp khai mạc trong 2 ngày 8 và 9/7": the span after the opening word opens on
    # its first day, dates.first_of_days)
    **{(form, "ex778_locninh_ubnd_huyen_binhphuoc_tbkl_6thang2020"):
       "a written notice of conclusions copied out of a PDF, its own date line five days after the meeting ('Lộc Ninh, "
       "ngày 08 tháng 7 năm 2020'): the generator's page stamp the day after the meeting contradicts it, and the "
       "meeting's day made relative ('Chiều qua', 'Sáng nay'), the notice is dated by its own date line (2020-07-08), as a "
       "written document is (read itself since round 39's docs39; a generator artefact)"
       for form in ("day_relative_chieu_qua", "day_relative_sang_nay")},
    ("distract_resolution", "ex418_hoathanh_daihoi_xa_vinhlong_2020"):
        "the distractor opens 'Hội nghị cũng đánh giá ...' inside a congress's report: the page then names a conference, "
        "which reviews the year its lead names ('Năm 2019, ...'); a generator artefact more than a reading",
    ("distract_resolution", "ex462_hoithinh_daihoi_xa_phutho_2025"):
        "the same artefact in another congress's report (gold period none): 'Hội nghị cũng đánh giá ...' names a "
        "conference reviewing a year",
    ("distract_resolution", "ex546_bacson_daihoi_thitran_langson_2010"):
        "the same artefact in a congress's report copied under a later page's stamp: 'Hội nghị cũng đánh giá ...' becomes "
        "the meeting's sentence, below the congress's lead that states its full date, and the page's stamp dates it",
    ("distract_resolution", "ex575_iadok_daihoi_xa_gialai_2025"):
        "the same artefact in a commune congress's report of round 32 (gold period none): 'Hội nghị cũng đánh giá ...' "
        "names a conference reviewing a year",
    **{(form, "ex443_thainguyen_bch_thanhuy_lan25_6thang2019"):
       "a text copy with no page date whose only year is its tasks' ('... năm 2019'): the period takes the one year the "
       "text names (period.only_year), and a second year put after the lead leaves none to take"
       for form in ("distract_horizon", "distract_next_year_goal", "distract_settled_budget", "distract_resolution")},
    # (chrome_ticker_above on ex623 closed by meta34: the report's centred title, read now, names its 9 months whatever
    # the ticker above the header block names)
}


def test_every_form_reads_the_reports_period_and_day() -> None:
    res = period_parity.run()
    wrong = {(form, doc) for form, (_, _, bad) in res.items() for doc in bad}
    assert wrong <= set(KNOWN_GAPS), sorted(wrong - set(KNOWN_GAPS))
    assert all(n >= 2 for _, n, _ in res.values())  # every form tried on some report
    assert sum(n for _, n, _ in res.values()) >= 2000
