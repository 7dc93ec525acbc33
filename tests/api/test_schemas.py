"""Every JSON answer of the API has a response model, so /openapi.json shows its schema."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from soket.api.app import create_app
from soket.api.routes import router
from soket.model import Issue, Meeting, Period, Person, StoredFact

# routes that answer something other than one JSON object, and why
NOT_JSON = {
    "/api/export": "streams CSV, JSON lines or Parquet (docs/api.md)",
}
# JSON routes still answering untyped dicts: each needs its pydantic answer model (then leaves this list)
UNTYPED: dict[str, str] = {}  # a route without an answer model is named here, with why


def test_every_json_route_has_a_response_model(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "s.db"))
    routes = [r for r in router.routes if isinstance(r, APIRoute)]
    assert all(r.path.startswith("/api/") for r in routes)
    assert len(routes) >= 10
    missing = [r.path for r in routes if r.path not in NOT_JSON | UNTYPED and r.response_model is None]
    assert missing == []
    with TestClient(app) as c:
        spec = c.get("/openapi.json").json()
    seen = 0
    for path, ops in spec["paths"].items():
        if not path.startswith("/api/") or path in NOT_JSON | UNTYPED:
            continue
        for method, op in ops.items():
            ok = next(code for code in op["responses"] if code.startswith("2"))
            schema = op["responses"][ok]["content"]["application/json"]["schema"]
            assert "$ref" in schema, f"{method.upper()} {path}: {schema}"
            seen += 1
    assert seen == len([r for r in routes if r.path not in NOT_JSON | UNTYPED for _ in r.methods])
    assert set(UNTYPED) <= {r.path for r in routes}  # a route typed or gone leaves the list
    assert "FactTableAnswer" in spec["components"]["schemas"]
    items = spec["components"]["schemas"]["FactTableAnswer"]["properties"]["items"]
    assert items["items"]["$ref"].endswith("/LabelledFact")  # a StoredFact with its labels on request
    labelled = spec["components"]["schemas"]["LabelledFact"]["properties"]
    assert set(StoredFact.model_fields) | {"labels"} == set(labelled)


def test_facts_table_without_facets_has_no_facets_key(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "s.db"))) as c:
        body = c.get("/api/table/facts", params={"facets": False}).json()
        assert body == {"ok": True, "total": 0, "items": [], "next": None, "sort": "id", "desc": False}
        assert set(c.get("/api/table/facts").json()["facets"]) >= {"indicator", "origin", "malformed"}


def test_docs_name_every_field_of_the_answers() -> None:
    """docs/api.md names every field of a stored fact and of the record's models a document's
    detail holds (so a field added to the model must be documented)."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+)`", docs))
    for model in (StoredFact, Meeting, Period, Person, Issue):
        missing = [f for f in model.model_fields if f not in named]
        assert missing == [], f"docs/api.md does not name {model.__name__} fields {missing}"
