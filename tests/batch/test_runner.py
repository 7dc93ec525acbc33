"""soket.batch.runner: a run killed after some shards, started again, ends with what an uninterrupted run writes; a resume with other settings or other code is refused."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from soket.batch import BatchOptions, run_batch

from .helpers import assert_same_outputs


def _cli(args, env=None):
    return subprocess.run([sys.executable, "-m", "soket", "batch", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def _kill_after(args, out, shards, timeout=120.0):
    """Run the batch CLI and SIGKILL it from outside once ``shards`` shards are done: the run and
    its pool processes at once (its own process group), as when the machine goes down."""
    proc = subprocess.Popen([sys.executable, "-m", "soket", "batch", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if len(list((out / "_manifest").glob("*.json"))) >= shards:
                os.killpg(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.005)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc


def test_killed_run_resumes_to_the_same_outputs(corpus, tmp_path):
    inputs = [str(corpus["gz"]), str(corpus["files"])]
    args = [*inputs, "--out", str(tmp_path / "killed"), "--workers", "1", "--shard-size", "6", "--no-progress"]
    first = _kill_after(args, tmp_path / "killed", 3)
    assert first.returncode == -signal.SIGKILL, first.stderr.read() if first.stderr else ""
    done = list((tmp_path / "killed" / "_manifest").glob("*.json"))
    assert 3 <= len(done) < 12
    assert not (tmp_path / "killed" / "summary.json").exists()

    second = _cli([*args, "--json"])
    assert second.returncode == 0, second.stderr
    s = json.loads(second.stdout)
    assert s["shards"]["resumed"] == len(done) and s["shards"]["ran"] == s["shards"]["total"] - len(done)

    whole = run_batch(BatchOptions(inputs, str(tmp_path / "whole"), workers=1, shard_size=6))
    assert s["articles"] == whole["articles"] and s["rows"] == whole["rows"]
    assert_same_outputs(tmp_path / "killed", tmp_path / "whole")
    # no temp files left behind once the run is complete
    assert not [p for p in (tmp_path / "killed").rglob(".*") if p.is_file()]


def test_a_half_written_shard_is_redone(corpus, tmp_path):
    """Outputs of a shard without its done-marker (killed mid-write) are replaced, not added to."""
    opts = BatchOptions([str(corpus["gz"])], str(tmp_path / "o"), workers=1, shard_size=20)
    run_batch(opts)
    manifests = sorted((tmp_path / "o" / "_manifest").glob("*.json"))
    victim = manifests[0]
    files = json.loads(victim.read_text())["files"]
    victim.unlink()
    stray = tmp_path / "o" / files[0]
    (stray.parent / f".{stray.name}.tmp-999").write_bytes(b"half")
    again = run_batch(opts)
    assert again["shards"]["ran"] == 1 and again["shards"]["resumed"] == len(manifests) - 1
    whole = run_batch(BatchOptions([str(corpus["gz"])], str(tmp_path / "w"), workers=1, shard_size=20))
    assert again["rows"] == whole["rows"]
    assert_same_outputs(tmp_path / "o", tmp_path / "w")


def test_other_settings_in_the_same_out_are_refused(corpus, tmp_path):
    out = str(tmp_path / "o")
    run_batch(BatchOptions([str(corpus["gz"])], out, workers=1, shard_size=30))
    r = _cli([str(corpus["gz"]), "--out", out, "--shard-size", "10", "--no-progress"])
    assert r.returncode == 2 and "shard_size" in r.stderr and "--fresh" in r.stderr
    r = _cli([str(corpus["gz"]), "--out", out, "--shard-size", "10", "--workers", "1", "--fresh",
              "--no-progress", "--json"])
    assert r.returncode == 0 and json.loads(r.stdout)["shards"]["resumed"] == 0


def test_inputs_that_went_away_leave_no_outputs(corpus, tmp_path):
    out = tmp_path / "o"
    run_batch(BatchOptions([str(corpus["gz"]), str(corpus["files"])], str(out), workers=1, shard_size=30))
    s = run_batch(BatchOptions([str(corpus["gz"])], str(out), workers=1, shard_size=30))
    assert s["shards"]["orphans_removed"] >= 1 and s["shards"]["ran"] == 0
    whole = tmp_path / "w"
    run_batch(BatchOptions([str(corpus["gz"])], str(whole), workers=1, shard_size=30))
    assert_same_outputs(out, whole)


def test_a_changed_extractor_code_is_refused_on_resume(corpus, tmp_path, monkeypatch):
    """The code fingerprint in _run.json: the same settings with other extraction code would mix two
    versions of the rows, so the resumed run is refused (and --fresh starts over)."""
    from soket.errors import ConfigError

    mod = tmp_path / "mods" / "my_extractor.py"
    mod.parent.mkdir()
    mod.write_text("from soket.extract import extract_document as extract\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(mod.parent))
    opts = BatchOptions([str(corpus["gz"])], str(tmp_path / "o"), workers=1, shard_size=30,
                        extractor="my_extractor:extract")
    first = run_batch(opts)
    assert first["complete"]
    assert run_batch(opts)["shards"]["resumed"] == first["shards"]["total"]  # unchanged code resumes
    mod.write_text(mod.read_text(encoding="utf-8") + "# a change\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"code_sha1.*--fresh"):
        run_batch(opts)
    from dataclasses import replace

    again = run_batch(replace(opts, fresh=True))
    assert again["complete"] and again["shards"]["resumed"] == 0


def test_the_code_fingerprint_covers_extraction_code_and_lexicons(tmp_path, monkeypatch):
    import shutil

    import soket
    from soket.batch.runner import code_fingerprint

    pkg = tmp_path / "soket"
    shutil.copytree(os.path.dirname(soket.__file__), pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(soket, "__file__", str(pkg / "__init__.py"))
    base = code_fingerprint("soket.batch.worker:x")
    assert base == code_fingerprint("soket.batch.worker:x")
    for part in ("lexicon/units.yaml", "extract/roles.py", "ingest/__init__.py", "model.py", "batch/tables.py"):
        f = pkg / part
        keep = f.read_bytes()
        f.write_bytes(keep + b"\n# changed\n")
        assert code_fingerprint("soket.batch.worker:x") != base, part
        f.write_bytes(keep)
    (pkg / "web" / "pages.py").write_text("# not extraction code\n", encoding="utf-8")
    assert code_fingerprint("soket.batch.worker:x") == base


def test_the_settings_fingerprint_names_what_the_outputs_depend_on(tmp_path):
    from soket.batch.runner import settings_fingerprint

    a = settings_fingerprint(BatchOptions(inputs=[], out=str(tmp_path)))
    assert a["shard_size"] > 0 and a["code_sha1"] and a["filter_lexicon_sha1"]
    b = settings_fingerprint(BatchOptions(inputs=[], out=str(tmp_path), prefilter=False))
    assert b["filter_lexicon_sha1"] is None and b["code_sha1"] == a["code_sha1"]
    c = settings_fingerprint(BatchOptions(inputs=[], out=str(tmp_path), shard_size=a["shard_size"] + 1))
    assert c != a
