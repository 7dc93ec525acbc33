"""The layering, one way through: model/text/errors/fmt → lexicon → ingest → extract → check →
store → web/report/batch → api → commands → cli. The contracts are import-linter's, in
pyproject.toml ([tool.importlinter]); imports inside functions count, so none can hide a cycle."""

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


def test_every_extract_module_has_its_rule_tests():
    """tests/ mirrors src/: extract/<name>.py has tests/extract/test_<name>.py."""
    missing = [p.name for p in sorted((PKG / "extract").glob("*.py"))
               if not p.name.startswith("_") and not (ROOT / "tests" / "extract" / f"test_{p.name}").is_file()]
    assert not missing, f"extract modules without tests/extract/test_<name>.py: {missing}"


def test_every_type_ignore_says_why():
    """mypy --strict runs in make test; an ignore names its error code and gives its reason on the line."""
    import re

    ok = re.compile(r"# type: ignore\[[-a-z, ]+\]  # \S")
    bad = [f"{p.relative_to(PKG)}:{i}" for p in sorted(PKG.rglob("*.py"))
           for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if "type: ignore" in line and not ok.search(line)]
    assert not bad, f"type: ignore without a code and a reason: {bad}"
