"""The facts cube answers the facts explorer's totals and facets as grouping the filtered facts
themselves does, for every filter it takes, on SQLite and PostgreSQL; filters it cannot answer
are left to the facts; a change to the store builds it again."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from soket.store import Store, cube
from soket.store.ingest import store_records
from soket.store.models import FactRow
from soket.store.queries import (
    TABLE_FACETS,
    FactFilter,
    TableFilter,
    _jsonable,
    _table_select,
    cube_where,
    facts_cube,
    table_facts,
)

from .synthetic import records

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

N = 3_000

FILTERS: list[tuple[FactFilter, TableFilter]] = [
    (FactFilter(**f), TableFilter(**t)) for f, t in itertools.product(
        [{}, {"indicator": "budget_revenue"}, {"role": "plan_pct"}, {"year": 2018}, {"period": "2019-H1"},
         {"indicator": "grdp", "year": 2020, "role": "amount"}, {"unit": "%"}, {"all_sources": True},
         {"year": 2017, "period": "2018-H1"}, {"indicator": "no_such"}],
        [{}, {"level": "huyện"}, {"body_kind": "peoples_council", "origin": "table"}, {"malformed": True},
         {"malformed": False, "level": "thị xã"}])]


@pytest.fixture
def built(db_url: str) -> Any:
    from explorer_bench import build_store

    assert build_store(db_url, N, facts_per_doc=50) == N
    with Store.open(db_url) as st:
        with st.write() as s:  # a few copies of another source's figures
            s.execute(update(FactRow).where(FactRow.id % 17 == 0).values(duplicate=True))
        yield st


def _by_facts(s: Any, flt: FactFilter, extra: TableFilter) -> tuple[int, dict[str, dict[Any, int]]]:
    """The oracle: the filtered facts counted, and grouped by each facet column, on the facts."""
    n = s.scalar(select(func.count()).select_from(_table_select(s, flt, extra, (FactRow.id,)).subquery())) or 0
    facets = {}
    for name, col in TABLE_FACETS.items():
        sub = _table_select(s, flt, extra, (col.label("v"),)).subquery()
        q = select(sub.c.v, func.count()).group_by(sub.c.v)
        facets[name] = {(_jsonable(v) if not isinstance(v, bool) else v): int(c) for v, c in s.execute(q)}
    return n, facets


def test_the_cube_counts_as_the_facts_do(built: Store) -> None:
    with built.read() as s:
        c = facts_cube(s)
        assert cube.total(c) == N and c.num_rows < N
        seen_empty = seen_full = False
        for flt, extra in FILTERS:
            where = cube_where(flt, extra)
            assert where is not None
            rows = cube.select_rows(c, where)
            n, facets = _by_facts(s, flt, extra)
            assert cube.total(rows) == n, (flt, extra)
            assert {k: dict(cube.facet(rows, k, 10**6)) for k in TABLE_FACETS} == facets, (flt, extra)
            page = table_facts(s, flt, extra, limit=5)
            assert page.total == n and page.facets is not None
            for k, top in page.facets.items():  # the top values, most facts first
                counts = [x[1] for x in top]
                assert counts == sorted(facets[k].values(), reverse=True)[:len(counts)] and len(top) <= 12
            seen_empty |= n == 0
            seen_full |= n > N // 2
        assert seen_empty and seen_full


def test_filters_the_store_cube_cannot_answer_get_a_cube_of_their_own(built: Store) -> None:
    """A place, a document or a full-text query: the filtered facts grouped once, as the facts
    themselves count them."""
    for flt in (FactFilter(locality="Dong Anh"), FactFilter(province="Hà Nội"), FactFilter(document_id=1),
                FactFilter(q="ngan sach")):
        assert cube_where(flt) is None
    with built.read() as s:
        for flt, extra in ((FactFilter(locality="Đông Anh", indicator="grdp"), TableFilter()),
                           (FactFilter(province="Ha Noi"), TableFilter(level="huyện")),
                           (FactFilter(document_id=3), TableFilter()), (FactFilter(q="ngan sach"), TableFilter()),
                           (FactFilter(locality="Nowhere"), TableFilter())):
            page = table_facts(s, flt, extra, limit=5)
            n, facets = _by_facts(s, flt, extra)
            assert page.total == n, flt
            assert page.facets is not None
            for k, top in page.facets.items():
                assert all(facets[k][v] == c for v, c in top) and len(top) == min(12, len(facets[k])), (flt, k)
            assert table_facts(s, flt, extra, limit=5, facets=False).total == n


def test_a_change_to_the_store_builds_the_cube_again(built: Store) -> None:
    with built.read() as s:
        before = cube.total(facts_cube(s))
        assert facts_cube(s) is facts_cube(s)  # kept while the store is as it was
    with built.write() as s:
        store_records(s, records(2, 10, tag="new"))
    with built.read() as s:
        assert cube.total(facts_cube(s)) == before + 20
        assert table_facts(s, FactFilter(), TableFilter(), limit=1).total == before + 20 - _duplicates(s)


def _duplicates(s: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(FactRow).where(FactRow.duplicate.is_(True))) or 0)


def test_processes_sharing_a_folder_build_each_states_cube_once(built: Store, tmp_path: Path, monkeypatch) -> None:
    """``soket serve --workers N``: the first worker to need the cube builds it and writes it in
    the server's folder; the others (here: this process with nothing kept in memory) read it; a
    change to the store builds the next one and drops the file of the one before."""
    from soket.store.queries import forget_cached, share_cubes

    url = str(built.engine.url)
    folder = tmp_path / "share"
    share_cubes(url, folder)
    try:
        forget_cached()
        with built.read() as s:
            first = facts_cube(s)
        [file] = list(folder.glob("cube-*.arrow"))
        forget_cached()  # another worker: nothing in memory, the file in the folder

        def no_build(*a: Any, **k: Any) -> Any:
            raise AssertionError("built again")

        real = cube.build
        monkeypatch.setattr(cube, "build", no_build)
        with built.read() as s:
            again = facts_cube(s)
        assert again.equals(first) and again is not first
        monkeypatch.setattr(cube, "build", real)
        with built.write() as w:
            store_records(w, records(2, 10, tag="shared"))
        with built.read() as s:
            assert cube.total(facts_cube(s)) == cube.total(first) + 20
        [newer] = list(folder.glob("cube-*.arrow"))
        assert newer != file and not file.exists()
    finally:
        share_cubes(url, None)
        forget_cached()
