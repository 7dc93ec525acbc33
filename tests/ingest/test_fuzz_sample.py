"""The fuzz campaign's 500-input sample (bench/fuzz.py --small): every kind of hostile or damaged
input ends as a record or a one-line refusal, never a crash, never over time or memory."""

from __future__ import annotations

import sys

from _paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import fuzz


def test_fuzz_sample_of_500_inputs_has_no_crash_no_overtime_no_overmemory() -> None:
    res = fuzz.campaign(500, seed=7, workers=2, small=True)
    assert res["kinds"] >= 60
    tot = res["totals"]
    assert sum(tot.values()) == 500
    # OCR'd inputs (scanned pages) are counted like any other: 20 x text + 200 MB holds for them too
    assert tot.get("crash", 0) == 0, res["bad"][:5]
    assert tot.get("over_time", 0) == 0, res["bad"][:5]
    assert tot.get("over_memory", 0) == 0, res["bad"][:5]
    assert tot.get("ok", 0) > 250 and tot.get("refusal", 0) > 50  # both outcomes are exercised
    assert all(sum(c.values()) >= 6 for c in res["per_kind"].values())  # every kind ran
    from soket.ingest.ocr import ocr_missing

    if ocr_missing() is None:
        assert res["worst"]["ocr_inputs"] > 0  # the OCR path is exercised (blank scanned pages)


def test_every_fuzz_kind_generates_the_same_bytes_for_the_same_seed() -> None:
    import random

    for name, gen in fuzz.KINDS.items():
        a = gen(random.Random(f"{name}:3"), True)
        b = gen(random.Random(f"{name}:3"), True)
        assert a == b, name
