"""soket.rx: ``re`` with the compiled code of a pattern kept across processes (issue 12). A pattern it
builds equals ``re.compile``'s (the same text, flags and compiled code), whether compiled here, read
back from the kept file, or made by a fresh process that reads the file."""

from __future__ import annotations

import importlib
import os
import re as stdlib_re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from _paths import ROOT
from soket import rx, startup

SAMPLES = [
    (r"(?<!\w)(?:tỉnh\s+ủy|huyện\s+ủy)(?!\w)", 0),
    (r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>tỷ|triệu)\s+đồng", stdlib_re.IGNORECASE),
    (r"(?im)^[ \t]*(?:stt|tt)[ \t]*$", 0),
    (r"đạt\s+(\d+)%", stdlib_re.I | stdlib_re.M),
    ("[" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isalpha()) + "]+", 0),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """rx and startup as a new process finds them, the cache in ``tmp_path``."""
    monkeypatch.setenv("SOKET_CACHE_DIR", str(tmp_path))
    startup.folder.cache_clear()
    monkeypatch.setattr(rx, "_built", {})
    monkeypatch.setattr(rx, "_kept", None)
    monkeypatch.setattr(rx, "_new", {})
    monkeypatch.setattr(rx, "_hits", {})
    yield tmp_path
    startup.folder.cache_clear()


def test_patterns_equal_re_compiled_here_and_read_back(fresh: Path) -> None:
    made = [rx.compile(p, f) for p, f in SAMPLES]
    assert made == [stdlib_re.compile(p, f) for p, f in SAMPLES]
    assert len(rx._new) == len(SAMPLES)
    rx._save()
    assert (fresh / rx.FILE).is_file()
    rx._built.clear()
    rx._kept = None
    rx._new.clear()
    again = [rx.compile(p, f) for p, f in SAMPLES]
    assert again == made and rx._new == {}  # every one from the file
    m = rx.compile(SAMPLES[1][0], SAMPLES[1][1]).search("thu ngân sách đạt 12,5 TỶ đồng")
    assert m is not None and m.group("value", "unit") == ("12,5", "TỶ")


def test_module_functions_and_names_are_re_s(fresh: Path) -> None:
    assert rx.sub(r"\s+", " ", "a  b\tc") == "a b c"
    assert rx.search(r"(\d+)%", "tăng 12%").group(1) == "12"  # type: ignore[union-attr]
    assert rx.split(r",\s*", "a, b,c") == ["a", "b", "c"]
    assert [m.group() for m in rx.finditer(r"\d+", "1 và 22")] == ["1", "22"]
    assert rx.compile(rb"\d+").pattern == rb"\d+"  # bytes: re as it is
    assert rx.compile(stdlib_re.compile("x")) == stdlib_re.compile("x")
    assert (rx.Pattern, rx.Match, rx.IGNORECASE, rx.escape) == (stdlib_re.Pattern, stdlib_re.Match, stdlib_re.I,
                                                                 stdlib_re.escape)
    with pytest.raises(rx.error):
        rx.compile("(unclosed")


def test_a_foreign_or_broken_file_is_a_miss(fresh: Path) -> None:
    (fresh / rx.FILE).write_bytes(b"not marshal data")
    assert rx.compile(SAMPLES[0][0]) == stdlib_re.compile(SAMPLES[0][0])
    rx._built.clear()
    rx._kept = {(SAMPLES[2][0], 0): (0, array(rx._UNIT, [1, 2, 3]).tobytes(), 0, {}, (None,)),  # code _sre refuses
                (SAMPLES[3][0], 0): (0, b"\x01\x02\x03", 0, {}, (None,))}  # not a whole code unit
    assert rx.compile(SAMPLES[2][0]) == stdlib_re.compile(SAMPLES[2][0])
    assert rx.compile(SAMPLES[3][0]) == stdlib_re.compile(SAMPLES[3][0])


def test_the_file_keeps_at_most_keep_patterns(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "KEEP", 3)
    for i in range(6):
        rx.compile(rf"a{i}b")
    assert len(rx._built) <= 3 and len(rx._new) == 3
    rx._save()
    assert len(startup.read(rx.FILE)) == 3


def test_a_new_process_reads_what_an_earlier_one_kept(tmp_path: Path) -> None:
    """The file is written at exit, and the next process builds the same patterns from it."""
    env = {**os.environ, "SOKET_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    samples = repr(SAMPLES)
    code = (f"from soket import rx; import re; ps = [rx.compile(p, f) for p, f in {samples}]; "
            f"assert ps == [re.compile(p, f) for p, f in {samples}]; print(len(rx._new))")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert (first.stdout.strip(), second.stdout.strip()) == (str(len(SAMPLES)), "0"), first.stderr + second.stderr


def test_the_sets_a_pattern_is_built_from_give_one_text_in_every_process(tmp_path: Path) -> None:
    """A pattern built from a set of phrases is the same text whatever the hash seed (or it is never
    found kept): the lexicon alternations order their phrases longest first, then alphabetically."""
    code = ("from soket.extract.textutil import phrase_alt; from soket.ingest import chrome; "
            "print(phrase_alt({'ủy ban', 'hđnd', 'ubnd', 'huyện ủy', 'tỉnh ủy'})); "
            "print(chrome._alts(['ab', 'cd', 'ef', 'gh']))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "PYTHONHASHSEED": str(seed), "SOKET_CACHE_DIR": "off",
                                "PYTHONPATH": str(ROOT / "src")}).stdout for seed in (1, 2, 3)}
    assert len(outs) == 1 and "ubnd" in outs.pop()


def test_soket_modules_compile_through_rx() -> None:
    """The extraction's modules write ``from soket import rx as re`` (``import re`` would parse every pattern
    again in every process)."""
    plain = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "src" / "soket").rglob("*.py"))
             if stdlib_re.search(r"(?m)^import re$", p.read_text(encoding="utf-8")) and p.name != "rx.py"]
    assert plain == []
    assert importlib.import_module("soket.extract.facts").re is rx


def test_a_full_file_keeps_the_patterns_runs_read_from_it(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a run read from the file stays before what it compiled anew, and that before what it never used."""
    for p in ("static", "unused"):
        rx.compile(p)
    rx._save()
    rx._built.clear()
    rx._kept = None
    rx._new.clear()
    monkeypatch.setattr(rx, "KEEP", 3)
    rx.compile("static")  # read from the file
    for p in ("one document's name", "another name", "a third"):
        rx.compile(p)
    rx._save()
    assert list(startup.read(rx.FILE)) == [("static", 0), ("one document's name", 0), ("another name", 0)]
