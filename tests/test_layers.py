"""The layering, one way through: ingest → extract → store → api/web/report; cli and batch are
shells. A step imports only the steps before it (checked on the source, as import-linter would)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from _paths import ROOT

PKG = ROOT / "src" / "soket"
LATER = {
    "ingest": ("soket.extract", "soket.store", "soket.api", "soket.web", "soket.report", "soket.batch",
               "soket.cli", "soket.commands", "soket.check"),
    "extract": ("soket.store", "soket.api", "soket.web", "soket.report", "soket.batch", "soket.cli",
                "soket.commands"),
    "check": ("soket.api", "soket.web", "soket.report", "soket.batch", "soket.cli", "soket.commands"),
    "store": ("soket.api", "soket.web", "soket.report", "soket.batch", "soket.cli", "soket.commands"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


@pytest.mark.parametrize("step", sorted(LATER))
def test_a_step_imports_only_the_steps_before_it(step):
    bad = []
    for path in sorted((PKG / step).rglob("*.py")):
        for name in _imports(path):
            if name.startswith(LATER[step]):
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert not bad, "\n".join(bad)


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
