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


# the libraries of the store, the batch engine and the source comparison (SQLAlchemy, Alembic,
# pyarrow, datasketch and its scipy): `soket extract` needs none of them
_HEAVY = ("sqlalchemy", "alembic", "pyarrow", "datasketch", "scipy", "soket.store", "soket.batch", "soket.service")


def test_extract_loads_no_store_library(tmp_path):
    """``soket extract`` on one file starts in a fraction of a second: the command imports what it
    runs, never the store's and the batch engine's libraries (a second of start on this machine)."""
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    code = ("import sys; from typer.testing import CliRunner; from soket.cli import app; "
            f"r = CliRunner().invoke(app, ['extract', {str(tmp_path / 'a.txt')!r}, '--format', 'json']); "
            "assert r.exit_code == 0, r.output; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {_HEAVY!r} or m.startswith({_HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    r = run(app, ["facts", "--db", str(tmp_path / "none.db")])  # a store command still finds its libraries
    assert r.exit_code == 2 and "no store at" in r.stderr


# what starting the CLI loads for no command: beside the store's libraries, the batch engine's (dask), the API's,
# Rich (a progress bar or a table only), numpy (long texts only), pydantic-settings (soket.settings reads the
# environment itself), and the readers, the extraction and the lexicons (a command that reads imports them)
_NOT_AT_START = (*_HEAVY, "dask", "distributed", "fastapi", "starlette", "uvicorn", "rich", "numpy", "pydantic_settings",
                 "yaml", "soket.api", "soket.web", "soket.report", "soket.ingest", "soket.extract", "soket.lexicon",
                 "soket.check", "soket.rx")
MAX_START_MODULES = 300
"""``import soket.cli`` loaded 274 modules at issue 12's measure (Python 3.11; 416 before): a library family newly
imported at the top of a module on the CLI's path shows here, by count, before it shows as seconds."""


def test_starting_the_cli_loads_only_what_its_commands_share():
    """Issue 12: ``import soket.cli`` (what ``soket --help`` and every command pay first) loads none of the
    libraries of one command only, and few modules in all; ``soket --help`` still lists every command."""
    import subprocess
    import sys

    code = ("import sys, soket.cli; print(len(sys.modules)); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {_NOT_AT_START!r} or m.startswith({_NOT_AT_START!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[1] == "[]"
    assert int(out[0]) <= MAX_START_MODULES
    r = run(app, ["--help"])
    assert r.exit_code == 0 and all(c in r.stdout for c in ("extract", "ingest", "batch", "check", "report"))
