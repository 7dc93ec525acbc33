"""soket.report.derived: the plan an amount implies, year-on-year series, a locality's rank, each
naming the stored facts it comes from."""

from __future__ import annotations

import pytest

from _store import read
from soket.report.derived import implied_targets, ranking, yoy_series


def test_derived_figures(store_url: str) -> None:
    with read(store_url) as s:
        imp = implied_targets(s, "Phúc Yên", year=2021)
        by_period = {(x.period, x.indicator): x.value for x in imp}
        assert by_period[("2021-H1", "budget_revenue")] == pytest.approx(316.7e9 / 56.4 * 100)
        assert by_period[("2021-Q1", "budget_revenue")] == pytest.approx(560e9)
        series = yoy_series(s, "Phúc Yên", "budget_revenue")
        assert [p.period for p in series] == ["2020-H1", "2021-Q1", "2021-H1"]
        assert series[-1].yoy_pct == pytest.approx((316.7 / 300 - 1) * 100)
        assert series[1].yoy_pct is None
        rk = ranking(s, "Phúc Yên", "budget_revenue", "2021-H1")
        assert rk is not None and (rk.rank, rk.n) == (2, 2) and rk.peers[0].locality == "Vĩnh Yên"


def test_nothing_derived_for_an_unknown_place_or_indicator(store_url: str) -> None:
    with read(store_url) as s:
        assert implied_targets(s, "Nơi Không Có", year=2021) == []
        assert yoy_series(s, "Phúc Yên", "no_such_indicator") == []
        assert ranking(s, "Nơi Không Có", "budget_revenue", "2021-H1") is None


def test_every_derived_item_names_its_facts(store_url: str) -> None:
    from soket.store.queries import get_fact

    with read(store_url) as s:
        imp = implied_targets(s, "Phúc Yên", year=2021)
        assert imp
        for x in imp:
            amount, pct = (get_fact(s, i) for i in x.fact_ids)
            assert (amount.value, pct.value, pct.role) == (x.amount, x.pct, x.pct_role)
            assert x.value == pytest.approx(x.amount / x.pct * 100)
        for p in yoy_series(s, "Phúc Yên", "budget_revenue"):
            assert get_fact(s, p.fact_id).value == p.value
            if p.prev_fact_id is not None:
                assert get_fact(s, p.prev_fact_id).value == p.prev_value
        rk = ranking(s, "Vĩnh Yên", "budget_revenue", "2021-H1")
        assert rk is not None and rk.rank == 1 and [q.value for q in rk.peers] == sorted(
            (q.value for q in rk.peers), reverse=True)
        assert ranking(s, "Vĩnh Yên", "budget_revenue", "2021-H1", descending=False).rank == 2
