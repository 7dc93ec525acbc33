"""Round 43, speed42 (issue 12: the cost of starting soket): what the extraction builds the same way at every
start is kept across processes (soket.rx, soket.lexicon.kept), and a run that reads it back extracts what a
run that built it does, in a fresh process with an empty cache and again with the cache it left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _paths import ROOT
from _sentences import facts
from soket import lexicon, rx, startup
from soket.extract import gazetteer, repairgate

REPORT = ("UBND huyện Yên Thế báo cáo kết quả 6 tháng đầu năm 2024: tổng thu ngân sách trên địa bàn ước đạt "
          "215,4 tỷ đồng, bằng 61% dự toán tỉnh giao; toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới. "
          "Tỷ lệ hộ nghèo giảm còn 3,2%, giảm 0,8% so với cùng kỳ năm trước.")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOKET_CACHE_DIR", str(tmp_path))
    startup.folder.cache_clear()
    yield tmp_path
    startup.folder.cache_clear()


def test_the_gazetteer_index_read_back_is_the_one_built() -> None:
    """Every key, unit and alias of the kept index, in the same order (lookups iterate them)."""
    built = gazetteer._build_index()
    import marshal

    back = gazetteer._from_plain(marshal.loads(marshal.dumps(gazetteer._to_plain(built))))
    assert back == built
    for field in ("units", "alt_kind", "provinces", "province_kind", "aliases", "merged_into"):
        assert list(getattr(back, field).items()) == list(getattr(built, field).items()), field
    assert gazetteer._index() == built


def test_the_vowel_class_kept_is_the_one_scanned() -> None:
    assert repairgate.vowels_class() == repairgate._vowels_class()
    assert "ạ" in repairgate.vowels_class() and "đ" not in repairgate.vowels_class()


def test_kept_data_is_built_once_and_rebuilt_when_the_code_changes(cache_dir: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def build() -> dict[str, list[str]]:
        calls.append(1)
        return {"xã": ["Đồng Tâm", "Tân Sỏi"]}

    assert lexicon.kept("test-places", build, "gazetteer_aliases.yaml") == {"xã": ["Đồng Tâm", "Tân Sỏi"]}
    assert lexicon.kept("test-places", build, "gazetteer_aliases.yaml") == {"xã": ["Đồng Tâm", "Tân Sỏi"]}
    assert len(calls) == 1
    monkeypatch.setattr(startup, "code_stamp", lambda: "another version of the code")
    lexicon.kept("test-places", build, "gazetteer_aliases.yaml")
    assert len(calls) == 2


def test_a_report_reads_alike_with_an_empty_cache_and_with_the_one_it_left(tmp_path: Path) -> None:
    """Two fresh processes on one cache folder: the first builds every pattern, lexicon and index and keeps
    them; the second reads them back. Their records are the same, and the same as this process's."""
    code = ("import json, sys; from soket.extract.pipeline import extract_text; "
            "print(json.dumps(extract_text(sys.stdin.read()).to_dict(), ensure_ascii=False, sort_keys=True, "
            "default=str))")
    env = {**os.environ, "SOKET_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    outs = [subprocess.run([sys.executable, "-c", code], input=REPORT, env=env, capture_output=True, text=True,
                           timeout=120, check=True).stdout for _ in range(2)]
    assert {p.name.split("-")[0] for p in tmp_path.iterdir()} >= {rx.FILE.split("-")[0], "lexicon", "kept"}
    assert outs[0] == outs[1]
    got = json.loads(outs[0])
    assert [(f["raw"], f["value"]) for f in got["facts"]] == [(f.raw, f.value) for f in facts(REPORT)]
    assert any(f["value"] == 215_400_000_000 and f["unit"] == "VND" for f in got["facts"])
