"""Issue 10: every text report's facts read the same when the constructions of its figures are written in the other
forms the genre prints them in (``bench/fact_parity.py``: a plan's attainment with or without "so với", "bằng" for
"đạt", the plan before the verb; a change with "so" for "so với" and the reverse, the comparison before the verb; a
list leaving out its verb of change; a clause in brackets; an estimate word; a rate's decimal dot, a space before
"%"; "tỷ"/"tỉ"; thousands of "tỷ" as "nghìn tỷ"; a separator typed with a blank after it; a noun glued to its number;
the typos "tặng", "tự toán")."""

from __future__ import annotations

import sys

from _paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import fact_parity

#: (form, report) pairs known to read otherwise (a fact lost or read with another subject, or a fact added)
KNOWN_GAPS: set[tuple[str, str]] = {
    # round 47 (session 29): forms of round 47's reports (written blind, first sight this session) that read otherwise;
    # left for the next session
    ("estimate_uoc_dat", "ex1006_sondong_daihoi_xa_bacninh_2025"),
    ("count_unit_glued", "ex1034_quan11_ubnd_quan_tphcm_giamngheo_2011"),
    ("plan_add_so_voi", "ex1037_duyxuyen_btv_huyenuy_quangnam_9thang2009"),
    ("spaced_thousands", "ex1021_vungtau_ubnd_tp_bariavungtau_thang10_2018"),
    ("ty_as_ti", "ex1022_thudaumot_ubnd_tp_binhduong_9thang2013"),
    ("ty_as_ti", "ex1047_hoabinh_hdnd_tinh_kyhop27_chuyende2025"),
    # (("plan_before_verb", ex834) closed by meta42: "(6 tháng mới so kế hoạch đạt 27,4%)": the adverb after the months
    # elapsed opens the clause as after a time's number, cues roles.basis_adverb_times)
    # (("spaced_thousands", ex884) and ("spaced_thousands", ex986) closed by fix46: a PDF's hard-wrapped copy whose line
    # opens on a figure in thousands spaced after its separator, then its unit in lowercase ("9. 870 ha, giảm ...",
    # "ước đạt" / "12. 968 tỷ đồng"), under a line left open on a word: the figure goes on the sentence, no numbered
    # item's "9." (ingest.typography._SPACED_THOUSANDS_ON))
    # round 43 (lead27): "sản lượng tôm thu hoạch trong tháng 4.749 tấn" spaced as "trong tháng 4. 749 tấn": the
    # month "tháng 4." closing a clause and "749 tấn" after it, or the figure 4.749 spaced: the copy leaves both
    ("spaced_thousands", "ex912_kiengiang_ubnd_tinh_thang10_2017"),
    # (round 33/34's spaced forms closed in facts34: a span's upper bound typed "7 - 7, 5%" (ex591) or "3,6 - 4, 1%"
    # (ex607) is read whole through its spaced decimal comma; "điều 3. 148 ha" in lower case before a measure is the
    # cashew crop, no "Điều 3." of a text (ex625))
    # (("spaced_decimal", ex660) closed by parity36: "tổng thu ngân sách phường 186, 4 tỉ đồng", the ward owning the
    # budget, no ward's number: "ngân sách phường" is a compound the cue ends (cues quantities.name_cue_compounds))
    # the rewriting puts the plan after an adverb ("mới so kế hoạch đạt 47,3%" for "mới đạt 47,3% kế hoạch"): after a
    # comma, the adverb opening the clause is the verb's (cues roles.basis_adverbs; ex597, ex118, ex96 closed by
    # parity36); after a time with no comma ("đến hết tháng 11 mới so kế hoạch đạt 68,5%", ex200, ex85) its subject is
    # was still "mới" (ex200, ex85), closed by parity38: the adverb right after a time's number opens the clause as it
    # does after a comma ("đến hết tháng 11 mới so kế hoạch đạt 68,5%"; "nông thôn mới so ..." stays a noun's)
    # (ex256's "đưa 256 người đi xuất khẩu lao động có thời hạn ở nước ngoài, so kế hoạch năm đạt 56,9%", and the same
    # with "(đạt 56,9% kế hoạch năm)" in brackets, closed in round 30, parity30: a plan named before the verb, or a
    # bracket, after a count's phrase leaves the share the count's, as the bare ", đạt" did)
    # (ex21's "đạt 135,7% xã giao và so kế hoạch tỉnh giao đạt 317%" closed in round 30, parity30: the first plan's
    # givers end at a join that opens the next figure's plan named before its verb)
    # (ex186's list_verb_left_out, "dịch vụ 187,5 tỷ đồng, tăng 14,1%; nông - lâm - ngư nghiệp 4,2%", reads the same
    # since an earlier round: found closed and taken out in round 30, parity30)
    # "(bằng 82,1% kế hoạch T).Ư giao": the rewriting's bracket closes inside the word "TƯ" (a form no report writes)
    ("clause_in_brackets", "ex96_hagiang_ubnd_tinh_thang9_2020"),
    # round 39 (docs39): ex778, a PDF's text copy whose lines break before a figure ("ước đạt" / "3.215 tỷ đồng"), now
    # read right as written; a rewriting that spaces the thousands ("3 215 tỷ đồng": an integer then a space opens the
    # line, which typography._goes_on does not yet read as a figure going on), moves "%" or writes "nghìn tỷ" changes
    # the hard-wrapped lines' lengths and openings, and the copy's breaks then split the figure from its words
    *{(form, "ex778_locninh_ubnd_huyen_binhphuoc_tbkl_6thang2020")
      for form in ("rate_space_before_pct", "spaced_thousands", "thousands_ty_mixed")},
    # (ex221's "đến hết tháng 8 mới ước đạt 41,6 tỷ đồng" closed in round 30, parity30: "mới ước đạt" a predicate as
    # "mới đạt" is, the adverb no subject)
    # "Trong đó, thu nhập bình quân đầu người ước đạt 31 triệu đồng" among the goals of the coming year: an estimate
    # word written into a goal's list (the rewriting's, no report's) makes it a result (ex457, merged with round 27)
    ("estimate_uoc_dat", "ex457_muonglat_hdnd_xa_thanhhoa_kyhop4_2025"),
    # the same in round 32's resolution of a commune council: "phấn đấu ước đạt" in its list of goals (ex584)
    ("estimate_uoc_dat", "ex584_anbinh_hdnd_xa_bacninh_nghiquyet2023"),
    # (ex142's, ex466's and ex500's mixed thousands of 'tỷ' read whole since round 29, numbers28; ex468's sibling plan
    # written before the verb since round 29, roles28)
    # (spaced_decimal on ex404, ex468, ex502 and spaced_thousands on dv_08, ex245 closed in round 30, parity30: a
    # figure after a list's mark opening its line ("* 60, 6% trường học") is read whole; a fraction's whole in
    # thousands spaced ("9.481/9. 440ha") ends no sentence; a spaced decimal ("38, 1% kế hoạch năm; vốn huyện đạt
    # 72, 9%", "100, 35% dự toán, chi ... đạt 97, 44%") neither bounds a list's item nor hides the sibling's
    # percentage from the plan its elided neighbour carries)
    # (typo_tu_toan on dv_22, ex78, ex92 closed in round 30, parity30: "tự toán", a plan phrase misspelt into no word,
    # is read as "dự toán" wherever it stands, not only after a percentage or a comparison's lead: "trong khi tự toán
    # cả năm là", "thấp hơn tự toán gần 27%", "điều chỉnh tự toán thu, chi"; lexicon repair.misspelt_plans)
    # (session 19's ex401, a goal's range with a blank typed after its upper bound's decimal comma, "từ 10-10, 5%",
    # closed in facts34 with ex591's and ex607's)
    # (ty_as_ti on ex563 closed in review33: the shares "từ 39,8% năm 2015 lên 41,2% năm 2016" took the clause from its
    # start for their subject, "cơ cấu kinh tế chuyển dịch ... nâng tỷ trọng khu vực dịch vụ", strict by one syllable and
    # under 0.5 when "tỷ" is spelt "tỉ"; the level the raise verb names is the subject now, "tỷ trọng khu vực dịch vụ")
}


def test_every_form_reads_the_reports_facts() -> None:
    res = fact_parity.run()
    wrong = {(form, doc) for form, c in res.items() for doc in c.docs}
    assert wrong <= KNOWN_GAPS, sorted(wrong - KNOWN_GAPS)
    assert all(c.tried >= 20 for c in res.values())  # every form tried on some reports' facts
    assert sum(c.tried for c in res.values()) >= 20000
