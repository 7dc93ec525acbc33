"""The layering, one way through: model/text/errors/fmt → lexicon → ingest → extract → check →
store → web/report/batch → api → commands → cli. The contracts are import-linter's, in
pyproject.toml ([tool.importlinter]); imports inside functions count, so none can hide a cycle, and
none is allowed but the listed lazy ones (``LAZY_IMPORTS``). tests/ mirrors src/ (``NO_MIRROR``)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib

from _paths import ROOT

PKG = ROOT / "src" / "soket"


def test_import_contracts_hold():
    """lint-imports: the layers contract and no cycle between sibling modules."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    r = subprocess.run([sys.executable, "-c", code, "--no-cache"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "2 kept, 0 broken" in r.stdout


def test_every_top_level_module_is_in_a_layer():
    """A new step (say soket/service.py) must be placed in the layers, or the contract says nothing
    about it."""
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in cfg["contracts"] if c["type"] == "layers")["layers"]
    named = {m.strip() for layer in layers for m in layer.split("|")}
    here = {f"soket.{p.stem if p.is_file() else p.name}" for p in PKG.iterdir()
            if (p.is_file() and p.suffix == ".py" and not p.name.startswith("__"))
            or (p.is_dir() and (p / "__init__.py").is_file())}
    assert here - named == set(), f"modules in no layer: {sorted(here - named)}"


def test_extraction_does_no_io():
    """extract/ is pure: no files, sockets, clocks or environment."""
    forbidden = {"open", "os", "socket", "time", "datetime", "subprocess", "urllib", "requests", "httpx"}
    bad = []
    for path in sorted((PKG / "extract").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
                bad.append(f"{path.name}: open()")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                bad.extend(f"{path.name}: import {n}" for n in names if n.split(".")[0] in forbidden)
    assert not bad, "\n".join(bad)


# Modules with no mirror test file, and why.
NO_MIRROR = {
    "__init__.py",  # a package's face: what it re-exports is tested where it is defined
    "migrations",   # alembic's env.py and versions/NNNN_*.py: tested together by tests/store/migrations/
}


def test_tests_mirror_src():
    """tests/ mirrors src/: soket/<pkg>/<name>.py has tests/<pkg>/test_<name>.py (and soket/<name>.py
    has tests/test_<name>.py), but for the exemptions in ``NO_MIRROR``."""
    missing = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        if path.name in NO_MIRROR or any(part in NO_MIRROR for part in rel.parts[:-1]):
            continue
        mirror = ROOT / "tests" / rel.parent / f"test_{path.name}"
        if not mirror.is_file():
            missing.append(f"{rel} (no {mirror.relative_to(ROOT)})")
    assert not missing, "modules without a mirror test file:\n" + "\n".join(missing)


# The only soket imports allowed inside a function, and why. Any other belongs at the top of its
# module: a cycle it would dodge is broken by moving the shared piece to the lower module.
_STORE_COST = "import cost: SQLAlchemy, Alembic, pyarrow, datasketch (a second), only for a command that opens a store"
_READ_COST = "import cost: the readers, the extraction and the lexicons (a YAML parse, ~1,000 patterns), only when a command reads"
LAZY_IMPORTS = {
    ("commands/store.py", "soket.api"): "import cost: fastapi and the app, only for `soket serve`",
    # the cli imports every command module to register it: `soket extract` must not pay for the others
    ("commands/batch.py", "soket.batch"): _STORE_COST,
    # the runner in a run without --db (and the pool's forkserver beside it) needs no store
    ("batch/runner.py", "soket.batch.dbload"): _STORE_COST,
    ("commands/batch.py", "soket.batch.dbload"): _STORE_COST,
    ("commands/batch.py", "soket.batch.worker"): _STORE_COST,
    ("commands/check.py", "soket.service"): _STORE_COST,
    ("commands/inputs.py", "soket.store.db"): _STORE_COST,
    ("commands/meetings.py", "soket.store"): _STORE_COST,
    ("commands/report.py", "soket.report.build"): _STORE_COST,
    ("commands/report.py", "soket.report.layout"): _STORE_COST,
    ("commands/report.py", "soket.report.output"): _STORE_COST,
    ("commands/store.py", "soket.service"): _STORE_COST,
    ("commands/store.py", "soket.store"): _STORE_COST,
    ("commands/store.py", "soket.store.export"): _STORE_COST,
    ("commands/store.py", "soket.store.queries"): _STORE_COST,
    # issue 12: the CLI's start (``soket --help``, a store command) loads no lexicon, pattern or reader; the
    # commands that read documents import them when they run
    ("cli.py", "soket.ingest.pdfguard"): _READ_COST,
    ("commands/check.py", "soket.check.extracted"): _READ_COST,
    ("commands/check.py", "soket.ingest"): _READ_COST,
    ("commands/extract.py", "soket.check.extracted"): _READ_COST,
    ("commands/extract.py", "soket.fmt"): _READ_COST,
    ("commands/extract.py", "soket.ingest"): _READ_COST,
    ("commands/inputs.py", "soket.ingest"): _READ_COST,
    ("commands/meetings.py", "soket.fmt"): _READ_COST,
    ("commands/store.py", "soket.extract.indicators"): _READ_COST,
    ("commands/store.py", "soket.fmt"): _READ_COST,
}


def test_no_function_level_soket_imports():
    """A ``soket`` import sits at the top of its module (or under ``if TYPE_CHECKING:`` there),
    never inside a function, but for the commented ``LAZY_IMPORTS``."""
    found = set()
    for path in sorted(PKG.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                else:
                    continue
                found.update((path.relative_to(PKG).as_posix(), n) for n in names if n.split(".")[0] == "soket")
    assert found - set(LAZY_IMPORTS) == set(), f"function-level soket imports: {sorted(found - set(LAZY_IMPORTS))}"
    assert set(LAZY_IMPORTS) <= found, f"stale LAZY_IMPORTS entries: {sorted(set(LAZY_IMPORTS) - found)}"


def test_every_type_ignore_says_why():
    """mypy --strict runs in make test; an ignore names its error code and gives its reason on the line."""
    import re

    ok = re.compile(r"# type: ignore\[[-a-z, ]+\]  # \S")
    bad = [f"{p.relative_to(PKG)}:{i}" for p in sorted(PKG.rglob("*.py"))
           for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if "type: ignore" in line and not ok.search(line)]
    assert not bad, f"type: ignore without a code and a reason: {bad}"
