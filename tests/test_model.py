"""soket.model: the record's pydantic models, their JSON form (to_dict), and the flat columns
every table shape is derived from (flat_columns, flat_values, from_flat)."""

from __future__ import annotations

import hashlib

from soket.model import (
    SPAN_COLUMNS,
    Document,
    Fact,
    Issue,
    Meeting,
    Period,
    Record,
    Source,
    StoredFact,
    TableRef,
    flat_columns,
    flat_values,
    from_flat,
)

TEXT = "Tổng thu ngân sách đạt 1.250 tỷ đồng, bằng 104,2% dự toán."


def _fact(**kw) -> Fact:
    base = dict(subject="Tổng thu ngân sách", value=1250e9, unit="VND", role="amount", raw="1.250 tỷ đồng",
                span=(23, 36), evidence=TEXT, evidence_span=(0, len(TEXT)))
    return Fact(**(base | kw))


def test_document_sha256_of_its_text_unless_given():
    d = Document(text=TEXT)
    assert d.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert Document(text=TEXT, sha256="abc").sha256 == "abc"
    assert d.format == "txt" and d.chrome == [] and d.tables == []


def test_unknown_keys_are_ignored():
    assert Meeting.model_validate({"locality": "Sơn Tây", "mayor": "x"}).locality == "Sơn Tây"


def test_record_to_dict_is_json_ready_and_reads_back():
    rec = Record(doc="d", facts=[_fact(), _fact(value=104.2, unit="%", role="plan_pct", raw="104,2%", span=(43, 49),
                                             table=TableRef(index=0, row=1, column=2))],
                 issues=[Issue(code="x", message="m", span=(1, 2)), Issue(code="y", message="n")])
    d = rec.to_dict()
    assert d["facts"][0]["value"] == 1_250_000_000_000 and isinstance(d["facts"][0]["value"], int)
    assert d["facts"][1]["value"] == 104.2
    assert d["facts"][0]["span"] == [23, 36] and d["facts"][0]["evidence_span"] == [0, len(TEXT)]
    assert d["facts"][0]["sentence_span"] is None
    assert d["issues"][0]["span"] == [1, 2] and d["issues"][1]["span"] is None
    assert d["facts"][1]["table"] == {"index": 0, "row": 1, "column": 2, "header": None}
    assert "decode_warnings" not in d["source"]
    assert Record.from_dict(d) == Record.from_dict(rec.to_dict())
    assert Record.from_dict(d).facts[0].span == (23, 36)


def test_record_iter_json_writes_the_characters_of_to_dict_a_fact_at_a_time():
    import json

    facts = [_fact(), _fact(value=104.2, unit="%", role="plan_pct", raw="104,2%", span=(43, 49), subject="Thu «đ» \"x\"")]
    rec = Record(doc="d", facts=facts, issues=[Issue(code="x", message="m", span=(1, 2))], tasks=["Tăng thu"])
    pieces = list(rec.iter_json())
    assert "".join(pieces) == json.dumps(rec.to_dict(), ensure_ascii=False)
    assert len([p for p in pieces if '"raw"' in p]) == 2  # one piece per fact, never the whole list
    without = json.loads("".join(rec.iter_json(evidence=False)))
    assert [("evidence" in f) for f in without["facts"]] == [False, False]
    assert without["facts"][0]["value"] == 1_250_000_000_000 and without["facts"][1]["span"] == [43, 49]
    assert "".join(Record(doc="e").iter_json()) == json.dumps(Record(doc="e").to_dict(), ensure_ascii=False)


def test_source_decode_warnings_only_when_there_are_some():
    assert Source(decode_warnings=["cp1258"]).model_dump()["decode_warnings"] == ["cp1258"]


def test_stored_fact_to_dict():
    f = StoredFact(**_fact(of=3.0).model_dump(), id=1, document_id=2, doc="d", year=2021, period="2021-FY")
    d = f.to_dict()
    assert d["of"] == 3 and isinstance(d["of"], int) and d["span"] == [23, 36] and d["period"] == "2021-FY"


def test_flat_columns_of_a_fact():
    cols = {c.name: c for c in flat_columns(Fact)}
    assert (cols["span_start"].part, cols["span_end"].part) == (0, 1)
    assert (cols["evidence_start"].field, cols["evidence_end"].field) == ("evidence_span", "evidence_span")
    assert SPAN_COLUMNS["span"] == ("span_start", "span_end")
    assert cols["sentence_span_start"].kind == "int"
    kinds = {n: c.kind for n, c in cols.items()}
    assert kinds["value"] == "float" and kinds["estimated"] == "bool" and kinds["origin"] == "str"
    assert kinds["read_through_typo"] == "list" and kinds["table"] == "json" and kinds["box"] == "json"
    assert kinds["page"] == "int" and kinds["subject"] == "str"
    assert flat_columns(Fact) is flat_columns(Fact)  # cached
    assert [c.name for c in flat_columns(Period, {"label": "period_label"})][-1] == "period_label"


def test_flat_values_and_back():
    f = _fact(table=TableRef(index=0, row=3, column=1, header="Thực hiện"), value=5)
    v = flat_values(f, {"table": "table_ref"})
    assert v["value"] == 5.0 and isinstance(v["value"], float)
    assert v["table_ref"] == {"index": 0, "row": 3, "column": 1, "header": "Thực hiện"}
    assert (v["span_start"], v["span_end"]) == (23, 36) and v["sentence_span_start"] is None
    assert v["read_through_typo"] == []
    back = from_flat(Fact, v, {"table": "table_ref"})
    assert back.value == 5 and isinstance(back.value, int)
    assert back.table == f.table and back.span == f.span and back.sentence_span is None
    m = Meeting(locality="Sơn Tây", chairs=["Phạm Văn D"], session=3)
    assert from_flat(Meeting, flat_values(m)) == m


def test_from_flat_extra_fields_are_given_as_they_are():
    v = flat_values(_fact())
    s = from_flat(StoredFact, {**v, **dict.fromkeys(("locality", "locality_kind", "province", "body_kind", "date",
                                                     "year", "start_month", "end_month"))},
                  id=7, document_id=1, doc="d", period="2021-H1")
    assert (s.id, s.period, s.raw) == (7, "2021-H1", "1.250 tỷ đồng")


def test_an_issue_message_in_either_language() -> None:
    from soket.model import message_in

    two = "Số viết sai «60,6,2%» — malformed number «60,6,2%»"
    assert message_in(two, "vi") == "Số viết sai «60,6,2%»"
    assert message_in(two, "en") == "malformed number «60,6,2%»"
    quoted = "các nguồn không khớp, 5% và 6% — sources disagree, 5% vs 6% — a: «tăng 5% — so cùng kỳ» | b: «6%»"
    assert message_in(quoted, "en") == "sources disagree, 5% vs 6% — a: «tăng 5% — so cùng kỳ» | b: «6%»"
    assert message_in(quoted, "vi") == "các nguồn không khớp, 5% và 6% — a: «tăng 5% — so cùng kỳ» | b: «6%»"
    assert message_in("one language only", "en") == "one language only"
