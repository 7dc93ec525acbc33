"""CI cannot turn green by skipping: with SOKET_REQUIRE_<NEED>=1 a marked test that skips fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _require import flag, missing, required

HERE = Path(__file__).resolve().parent

PROBE = '''
import pytest
from _require import missing

@pytest.mark.postgres
def test_marked_skip():
    pytest.skip("no server")

@pytest.mark.browser
def test_marked_importorskip():
    pytest.importorskip("no_such_module_soket")

def test_missing_ocr():
    missing("ocr", "tesseract is absent")

def test_unmarked_skip():
    pytest.skip("nothing required here")
'''


def _run(tmp_path: Path, env: dict[str, str]) -> str:
    for name in ("conftest.py", "_require.py", "_paths.py"):
        shutil.copy(HERE / name, tmp_path / name)
    (tmp_path / "test_probe.py").write_text(PROBE, encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SOKET_REQUIRE_")}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", str(tmp_path)],
                       cwd=tmp_path, env={**clean, **env}, capture_output=True, text=True, timeout=120)
    return r.stdout


def test_flags_names() -> None:
    assert flag("postgres") == "SOKET_REQUIRE_PG"
    assert flag("browser") == "SOKET_REQUIRE_BROWSER"
    assert flag("ocr") == "SOKET_REQUIRE_OCR"


def test_missing_skips_or_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOKET_REQUIRE_OCR", raising=False)
    assert not required("ocr")
    with pytest.raises(pytest.skip.Exception):
        missing("ocr", "absent")
    monkeypatch.setenv("SOKET_REQUIRE_OCR", "1")
    assert required("ocr")
    with pytest.raises(pytest.fail.Exception, match="SOKET_REQUIRE_OCR=1 but absent"):
        missing("ocr", "absent")


def test_skips_without_flags(tmp_path: Path) -> None:
    out = _run(tmp_path, {})
    assert "4 skipped" in out and "failed" not in out


def test_required_skips_fail(tmp_path: Path) -> None:
    out = _run(tmp_path, {"SOKET_REQUIRE_PG": "1", "SOKET_REQUIRE_BROWSER": "1", "SOKET_REQUIRE_OCR": "1"})
    assert "3 failed, 1 skipped" in out
    assert "FAILED test_probe.py::test_marked_skip" in out and "SOKET_REQUIRE_PG=1" in out
    assert "FAILED test_probe.py::test_marked_importorskip" in out
    assert "FAILED test_probe.py::test_missing_ocr" in out
    assert "SKIPPED" in out and "nothing required here" in out


def test_one_flag_fails_only_its_tests(tmp_path: Path) -> None:
    out = _run(tmp_path, {"SOKET_REQUIRE_BROWSER": "1"})
    assert "1 failed, 3 skipped" in out and "FAILED test_probe.py::test_marked_importorskip" in out
