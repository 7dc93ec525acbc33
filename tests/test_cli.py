"""soket.cli: the ``soket`` command's shell: -h and --version, and flags that look like flags (no
``<bool>``, never reading the next word as their value). Each command's own tests are in
tests/commands/test_<group>.py."""

from __future__ import annotations

from typer.testing import CliRunner

from commands.texts import REPORT
from soket import __version__
from soket.cli import app

run = CliRunner().invoke


def test_help_short_and_version():

    assert run(app, ["-h"]).exit_code == 0 and "Commands" in run(app, ["-h"]).stdout
    r = run(app, ["ingest", "-h"])
    assert r.exit_code == 0 and "--quiet" in r.stdout
    assert "<bool>" not in r.stdout  # a flag takes no value
    assert "<bool>" not in run(app, ["extract", "--help"]).stdout
    r = run(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"soket {__version__}"


def test_quiet_is_a_flag(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    r = run(app, ["ingest", "--quiet", "true", "--db", str(tmp_path / "s.db")])
    # "true" is read as an input path (there is none such), never as the flag's value
    assert r.exit_code == 1 and "failed true: input_error" in r.stderr
