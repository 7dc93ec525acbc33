#!/usr/bin/env python3
"""Named one-line mutations of ``src/soket``: does the test-suite notice when the product breaks?

Each mutation replaces one line (or part of one) of the product in a scratch copy of the repository
(``src``, ``tests``, ``examples``, ``bench``, ``docs`` and ``pyproject.toml`` copied to a temporary folder,
``../shared`` linked beside it), runs the tests chosen for it with ``PYTHONPATH`` on the copy, and
counts the failures: a mutation is *killed* when at least one test fails, and *survives* when all
pass. The unmutated copy is run first (every chosen test must pass there). Prints a kill table;
exits 1 when a mutation survives or no longer applies (the code it targets changed: update it).

    .venv/bin/python bench/mutations.py [-j 2] [--only NAME ...] [--list] [--postgres]

Not part of ``make test`` (several minutes on 2 cores); run it before resolving an issue that
touches a mutated module. PostgreSQL and browser cases are left out unless ``--postgres`` (they
need ``SOKET_TEST_PG_URL``); the ``slow`` tests always are.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# test subsets, by what they exercise
EXTRACT = ("tests/extract/test_numbers.py", "tests/extract/test_quantities.py", "tests/extract/test_roles.py",
           "tests/extract/test_subjects.py", "tests/extract/test_facts.py", "tests/extract/test_rules.py",
           "tests/test_quality_gate.py")
GAZETTEER = ("tests/extract/test_gazetteer.py", "tests/extract/test_places.py", "tests/extract/test_rules.py",
             "tests/test_quality_gate.py")
SEARCH = ("tests/store/test_store.py::test_search_with_and_without_diacritics",
          "tests/store/test_store.py::test_search_is_not_a_query_language",
          "tests/store/test_store.py::test_search_nothing", "tests/store/test_store.py::test_search_matches_the_words_as_a_phrase",
          "tests/api/test_api.py::test_search_with_and_without_diacritics")
API = ("tests/api/test_api.py::test_upload_refused_when_read_only", "tests/api/test_api.py::test_upload_with_token",
       "tests/api/test_api.py::test_body_limit_413")
EXPORT = ("tests/store/test_store.py::test_export_formats", "tests/store/test_cli.py",
          "tests/api/test_api.py::test_export_formats")
RESUME = ("tests/batch/test_runner.py",)
REPORT = ("tests/report/test_layout.py", "tests/report/test_report.py", "tests/web/test_views.py")


@dataclass(frozen=True, slots=True)
class Mutation:
    """Replace the ``nth`` occurrence of ``old`` in ``file`` (under ``src/soket``) by ``new``."""

    name: str
    area: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]
    nth: int = 1


MUTATIONS: tuple[Mutation, ...] = (
    # --- numbers -----------------------------------------------------------------------------------
    Mutation("decimal comma read as a thousands separator", "numbers", "extract/numbers.py",
             'float(s.replace(",", ".")), "vi")', 'float(s.replace(",", "")), "vi")', EXTRACT),
    Mutation("fraction of a grouped number dropped (54.103,79 → 54103)", "numbers", "extract/numbers.py",
             'float(whole.replace(".", "") + ("." + frac if frac else ""))', 'float(whole.replace(".", ""))',
             EXTRACT),
    Mutation("a malformed number guessed instead of null", "numbers", "extract/numbers.py",
             '    return ParsedNumber(None, "malformed")\n\n\ndef parse_value',
             '    return ParsedNumber(float(re.sub(r"\\D", "", s) or 0), "malformed")\n\n\ndef parse_value', EXTRACT),
    Mutation("tens in words read as units (mười hai → 3)", "numbers", "extract/numbers.py",
             "tens_part, last = (last if last is not None else 1) * 10, None",
             "tens_part, last = (last if last is not None else 1) * 1, None", EXTRACT),
    # --- quantities --------------------------------------------------------------------------------
    Mutation("'tỉ' read as 10^6", "quantities", "lexicon/units.yaml",
             '\n  "tỉ": 1000000000\n', '\n  "tỉ": 1000000\n', EXTRACT),
    Mutation("compound amount keeps only its last part (31 tỷ 500 triệu)", "quantities", "extract/quantities.py",
             "value += part * mult2", "value = part * mult2", EXTRACT),
    Mutation("qualifier (trên, gần, khoảng) dropped", "quantities", "extract/quantities.py",
             "qualifier=qual, of=of, malformed=parsed.malformed", "qualifier=None, of=of, malformed=parsed.malformed",
             EXTRACT),
    Mutation("fraction's whole (14/18 xã) dropped", "quantities", "extract/quantities.py",
             "of = parse_number(m2.group()).value", "of = None", EXTRACT),
    Mutation("scale ignored (500 tỷ → 500)", "quantities", "extract/quantities.py",
             "value = value * mult if value is not None else None", "value = value if value is not None else None",
             EXTRACT),
    Mutation("a scaled figure without 'đồng' is no money", "quantities", "extract/quantities.py",
             "if scaled and value is not None and value >= 1e6:", "if scaled and value is not None and value >= 1e18:",
             EXTRACT),
    # --- roles -------------------------------------------------------------------------------------
    Mutation("'giảm X%' sign flipped to +", "roles", "extract/roles.py",
             "sign = -1 if dec and (not inc or dec.start() >= inc.start()) else 1",
             "sign = 1 if dec and (not inc or dec.start() >= inc.start()) else 1", EXTRACT, nth=1),
    Mutation("'giảm 5 doanh nghiệp' sign flipped to +", "roles", "extract/roles.py",
             "sign = -1 if dec and (not inc or dec.start() >= inc.start()) else 1",
             "sign = 1 if dec and (not inc or dec.start() >= inc.start()) else 1", EXTRACT, nth=2),
    Mutation("'thấp hơn kế hoạch X%' sign flipped to +", "roles", "extract/roles.py",
             "sign = -1 if c.plan_under_end.search(pre) else 1", "sign = 1", EXTRACT),
    Mutation("'bằng X% so với cùng kỳ' read as plan attainment", "roles", "extract/roles.py",
             'return RoleDecision("prior_pct", 1, basis, b_end)', 'return RoleDecision("plan_pct", 1, basis, b_end)',
             EXTRACT),
    Mutation("a goal after 'phấn đấu' is no target", "roles", "extract/roles.py",
             'd.role, d.basis, d.sign = "target", None, 1', "d.role, d.basis, d.sign = d.role, d.basis, d.sign",
             EXTRACT),
    # --- subjects ----------------------------------------------------------------------------------
    Mutation("'lũy kế' keeps its own word as subject", "subjects", "extract/facts.py",
             "            left = link.subject\n", "            left = left\n", EXTRACT),
    Mutation("a count loses its event verb (kết nạp 64 đảng viên)", "subjects", "extract/facts.py",
             "return _join(left, follow), left, end", "return follow, left, end", EXTRACT),
    Mutation("a figure of an estimate pointed back to is not estimated", "subjects", "extract/facts.py",
             "or (points_back and before_est))", ")", EXTRACT),
    Mutation("a share's subject taken from the words after it", "subjects", "extract/facts.py",
             "share=_is_share(pred)", "share=False", EXTRACT),
    # --- places ------------------------------------------------------------------------------------
    Mutation("the 1 July 2025 reorganisation taken as 1 August", "places", "extract/gazetteer.py",
             "return PRE if month < 7 else POST", "return PRE if month < 8 else POST", GAZETTEER),
    Mutation("a unit that changed its word since is not found", "places", "extract/places.py",
             "        province = gz.province_of(name, kind=None, year=year, month=month)\n",
             "        province = None\n", GAZETTEER),
    # --- store search ------------------------------------------------------------------------------
    Mutation("search query not folded (diacritics must match)", "store search", "store/search.py",
             '_WORD.findall(fold(q or ""))[:MAX_TERMS]', '_WORD.findall((q or "").lower())[:MAX_TERMS]', SEARCH),
    Mutation("search words matched anywhere, not as a phrase", "store search", "store/search.py",
             """phrase = '"' + " ".join(words) + '"'""", """phrase = " OR ".join(words)""", SEARCH),
    # --- API auth ----------------------------------------------------------------------------------
    Mutation("any bearer token accepted", "API auth", "api/deps.py",
             ' or not hmac.compare_digest(given.strip().encode(), token.encode())', "", API),
    Mutation("any scheme accepted (Basic <token>)", "API auth", "api/deps.py",
             'scheme.lower() != "bearer" or ', "", API),
    Mutation("read-only server accepts uploads", "API auth", "api/deps.py",
             "    if not token:\n        raise HTTPException(403",
             "    if not token:\n        return\n        raise HTTPException(403", API),
    # --- export ------------------------------------------------------------------------------------
    Mutation("CSV export without its BOM", "export", "store/export.py",
             'return (b"\\xef\\xbb\\xbf" + data) if fmt == "csv" else data', "return data", EXPORT),
    Mutation("Parquet values truncated to whole numbers", "export", "store/export.py",
             "[None if v is None else float(v) for v in cols[c]]", "[None if v is None else float(int(v)) for v in cols[c]]",
             EXPORT),
    Mutation("CSV file export without its BOM", "export", "store/export.py",
             'encoding="utf-8-sig" if fmt == "csv" else "utf-8"', 'encoding="utf-8"', EXPORT),
    # --- batch resume ------------------------------------------------------------------------------
    Mutation("resume settings without the code fingerprint", "batch resume", "batch/runner.py",
             '"code_sha1": code_fingerprint(o.extractor), ', "", RESUME),
    Mutation("resume accepts other settings", "batch resume", "batch/runner.py",
             "if have != want and any(", "if False and any(", RESUME),
    Mutation("resume redoes every shard", "batch resume", "batch/runner.py",
             'done = {p.stem for p in (out / MANIFEST_DIR).glob("*.json")}', "done: set[str] = set()", RESUME),
    Mutation("code fingerprint blind to the lexicons", "batch resume", "batch/runner.py",
             'for sub in ("ingest", "extract", "lexicon"):', 'for sub in ("ingest", "extract"):', RESUME),
    # --- report layout -----------------------------------------------------------------------------
    Mutation("drafted review page A4 → Letter", "report layout", "report/layout.py",
             "A4_MM = (210.0, 297.0)", "A4_MM = (215.9, 279.4)", REPORT),
    Mutation("left margin 30 mm → 20 mm", "report layout", "report/layout.py",
             '"left": 30.0', '"left": 20.0', REPORT),
    Mutation("numbers in reports with a decimal point", "report layout", "fmt.py",
             '.replace(",", "\\x00").replace(".", ",").replace("\\x00", ".")', "", REPORT),
)


def apply(text: str, m: Mutation) -> str | None:
    """``text`` with the mutation applied; None when its ``nth`` occurrence of ``old`` is gone."""
    at = -1
    for _ in range(m.nth):
        at = text.find(m.old, at + 1)
        if at < 0:
            return None
    return text[:at] + m.new + text[at + len(m.old):]


def scratch_copy(base: Path) -> Path:
    """A copy of the repository's code and tests under ``base/repo``, ``../shared`` linked beside."""
    repo = base / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", ".pytest_cache", "artifacts")
    for name in ("src", "tests", "examples", "bench", "docs"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    if SHARED.exists():
        (base / "shared").symlink_to(SHARED.resolve())
    return repo


def run_tests(repo: Path, tests: tuple[str, ...], postgres: bool, timeout: float,
              deselect: tuple[str, ...] = ()) -> tuple[int, list[str], str]:
    """(failed, the failing tests' ids, last line) of pytest over ``tests`` in the copy."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOKET_REQUIRE_")}
    env.update(PYTHONPATH=str(repo / "src"), PYTHONDONTWRITEBYTECODE="1")
    marks = "not slow and not browser" + ("" if postgres else " and not postgres")
    if not postgres:
        env.pop("SOKET_TEST_PG_URL", None)
    cmd = [sys.executable, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider", "-m", marks,
           "-o", "disable_test_id_escaping_and_forfeit_all_rights_to_community_support=true",
           *(x for d in deselect for x in ("--deselect", d)), *tests]
    try:
        r = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return 1, [], f"timed out after {timeout:.0f} s"
    out = r.stdout.strip().splitlines()
    last = out[-1] if out else r.stderr.strip()[-200:]
    failed = sum(int(n) for n in re.findall(r"(\d+) (?:failed|errors?)\b", last))
    failing = [x.split(" ", 1)[1].split(" - ", 1)[0] for x in out if x.startswith(("FAILED ", "ERROR "))]
    if r.returncode != 0 and failed == 0:  # collection errors, usage errors, a crash: the tests failed
        failed = 1
    return failed, failing, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-j", "--jobs", type=int, default=1, help="mutations run at once (one scratch copy each)")
    ap.add_argument("--only", nargs="*", default=None, help="run the mutations whose name contains one of these")
    ap.add_argument("--list", action="store_true", help="list the mutations and check they still apply")
    ap.add_argument("--postgres", action="store_true", help="keep the PostgreSQL cases (needs SOKET_TEST_PG_URL)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per test run")
    a = ap.parse_args()

    names = [m.name for m in MUTATIONS]
    assert len(set(names)) == len(names), "mutation names must be unique"
    chosen = [m for m in MUTATIONS if a.only is None or any(s.lower() in m.name.lower() for s in a.only)]
    stale = [m for m in chosen if apply((ROOT / "src" / "soket" / m.file).read_text(encoding="utf-8"), m) is None]
    if a.list:
        for m in chosen:
            print(f"{'STALE ' if m in stale else ''}{m.area:14} {m.file:24} {m.name}")
        print(f"{len(chosen)} mutations, {len(stale)} stale")
        return 1 if stale else 0

    with tempfile.TemporaryDirectory(prefix="soket-mut-") as tmp:
        copies: queue.Queue[Path] = queue.Queue()
        for i in range(max(1, a.jobs)):
            copies.put(scratch_copy(Path(tmp) / str(i)))
        repo = copies.get()
        union = tuple(dict.fromkeys(t for m in chosen if m not in stale for t in m.tests))
        t0 = time.perf_counter()
        failed, failing, last = run_tests(repo, union, a.postgres, a.timeout)
        copies.put(repo)
        print(f"baseline (no mutation): {last}  [{time.perf_counter() - t0:.0f} s]", flush=True)
        if failed and not failing:
            print("the unmutated copy's tests do not run: fix them first", file=sys.stderr)
            return 2
        broken = tuple(failing)  # failing without a mutation: left out of every run, and listed
        for b in broken:
            print(f"  fails without a mutation, left out: {b}", flush=True)

        def one(m: Mutation) -> tuple[Mutation, str]:
            if m in stale:
                return m, "STALE (the code changed: update the mutation)"
            repo = copies.get()
            target = repo / "src" / "soket" / m.file
            original = target.read_text(encoding="utf-8")
            try:
                mutated = apply(original, m)
                assert mutated is not None
                target.write_text(mutated, encoding="utf-8")
                t = time.perf_counter()
                failed, _, last = run_tests(repo, m.tests, a.postgres, a.timeout, broken)
                took = time.perf_counter() - t
            finally:
                target.write_text(original, encoding="utf-8")
                copies.put(repo)
            verdict = f"killed by {failed} test{'s' if failed != 1 else ''}" if failed else "SURVIVED"
            print(f"  {m.name}: {verdict} ({last}) [{took:.0f} s]", file=sys.stderr, flush=True)
            return m, verdict

        with ThreadPoolExecutor(max(1, a.jobs)) as pool:
            results = list(pool.map(one, chosen))

    width = max(len(m.name) for m, _ in results)
    print(f"\n| {'mutation':{width}} | {'area':14} | {'file':24} | result |")
    print(f"|{'-' * (width + 2)}|{'-' * 16}|{'-' * 26}|--------|")
    for m, verdict in results:
        print(f"| {m.name:{width}} | {m.area:14} | {m.file:24} | {verdict} |")
    killed = sum(v.startswith("killed") for _, v in results)
    print(f"\n{killed} of {len(results)} mutations killed"
          + (f"; {len(broken)} test(s) failing without a mutation were left out" if broken else ""))
    return 0 if killed == len(results) and not broken else 1


if __name__ == "__main__":
    raise SystemExit(main())
