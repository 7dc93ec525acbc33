"""soket.startup: the folder of what every start builds the same way (issue 12). Reading never fails a
run: no folder, a missing, truncated or foreign file are a miss; writing is atomic."""

from __future__ import annotations

from pathlib import Path

import pytest

from soket import startup


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOKET_CACHE_DIR", str(tmp_path / "c"))
    startup.folder.cache_clear()
    yield tmp_path / "c"
    startup.folder.cache_clear()


def test_written_data_reads_back(cache_dir: Path) -> None:
    data = ("key", {"tỉnh ủy": ["a", 1, 2.5, None, True]})
    assert startup.write("x.marshal", data)
    assert startup.read("x.marshal") == data
    assert [p.name for p in cache_dir.iterdir()] == ["x.marshal"]  # no temporary file left


def test_misses(cache_dir: Path) -> None:
    assert startup.read("none.marshal") is None
    (cache_dir / "bad.marshal").write_bytes(b"\x00garbage")
    assert startup.read("bad.marshal") is None
    assert not startup.write("obj.marshal", object())  # not plain data: not kept, no error
    assert not any(p.name.startswith(".") for p in cache_dir.iterdir())


def test_off_and_a_folder_that_cannot_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOKET_CACHE_DIR", "off")
    startup.folder.cache_clear()
    assert startup.folder() is None and not startup.write("x", 1) and startup.read("x") is None
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("SOKET_CACHE_DIR", str(tmp_path / "file" / "cache"))  # as a read-only install: no folder
    startup.folder.cache_clear()
    try:
        assert startup.folder() is None and not startup.write("x", 1) and startup.read("x") is None
    finally:
        startup.folder.cache_clear()


def test_digest_names_every_part() -> None:
    assert startup.digest("a", b"b") == startup.digest("a", b"b")
    assert startup.digest("ab", "") != startup.digest("a", "b")  # parts are delimited
    assert len(startup.digest("x")) == 20


def test_a_lexicon_read_back_equals_the_yaml_parsed(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """soket.lexicon keeps each file's parsed and normalised data: read back, it is the same data, and
    the YAML is not parsed again; another text of the file is a miss."""
    import yaml

    from soket import lexicon

    parsed = lexicon._data("units")
    assert (cache_dir / "lexicon-units.marshal").is_file()

    def no_parse(*a: object, **k: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml, "load", no_parse)
    kept = lexicon._data("units")
    assert kept == parsed and kept is not parsed
    assert lexicon.validate("units", kept) == lexicon.load("units")
    key, data = startup.read("lexicon-units.marshal")
    startup.write("lexicon-units.marshal", ("another key", {"units": []}))
    monkeypatch.undo()
    monkeypatch.setenv("SOKET_CACHE_DIR", str(cache_dir))
    assert lexicon._data("units") == parsed  # a key that does not match: parsed anew
    assert startup.read("lexicon-units.marshal") == (key, data)
