"""What the /api handlers share (api/deps.py): the write token, the session per request, the
parameter types."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from fastapi import HTTPException
from starlette.requests import Request

from soket.api import deps
from soket.model import ROLES

TOKEN = "s3cret-token"


def _request(token: str | None, authorization: str | None = None, sessions=None) -> Request:
    app = SimpleNamespace(state=SimpleNamespace(write_token=token, sessions=sessions))
    headers = [] if authorization is None else [(b"authorization", authorization.encode())]
    return Request({"type": "http", "app": app, "headers": headers, "method": "GET", "path": "/"})


@pytest.mark.parametrize("auth", [f"Bearer {TOKEN}", f"bearer {TOKEN}", f"BEARER {TOKEN} "])
def test_has_token_accepts_the_bearer_token(auth):
    assert deps.has_token(_request(TOKEN, auth)) is True
    deps.require_write(_request(TOKEN, auth))  # no exception: the write is allowed


@pytest.mark.parametrize("auth", [None, "", "Bearer", "Bearer ", f"Basic {TOKEN}", TOKEN, f"Token {TOKEN}",
                                  f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", "Bearer wrong"])
def test_a_missing_or_wrong_token_is_refused_with_401(auth):
    assert deps.has_token(_request(TOKEN, auth)) is False
    with pytest.raises(HTTPException) as e:
        deps.require_write(_request(TOKEN, auth))
    assert e.value.status_code == 401
    assert e.value.headers == {"WWW-Authenticate": "Bearer"}


@pytest.mark.parametrize("token", [None, ""])
def test_a_server_without_a_token_is_read_only(token):
    """No token configured: every write is refused with 403, whatever the request carries (an empty
    token never matches an empty bearer)."""
    for auth in (None, "Bearer ", "Bearer x"):
        assert deps.has_token(_request(token, auth)) is False
        with pytest.raises(HTTPException) as e:
            deps.require_write(_request(token, auth))
        assert e.value.status_code == 403 and "read-only" in str(e.value.detail)


def test_get_session_opens_one_session_and_closes_it():
    events: list[str] = []

    class Factory:
        def __call__(self):
            return self

        def __enter__(self):
            events.append("open")
            return "the session"

        def __exit__(self, *exc):
            events.append("close")

    gen = deps.get_session(_request(None, sessions=Factory()))
    assert next(gen) == "the session" and events == ["open"]
    with pytest.raises(StopIteration):
        next(gen)
    assert events == ["open", "close"]


def test_role_enum_is_the_models_roles():
    assert [r.value for r in deps.Role] == list(ROLES)
    assert deps.ROLE_AMOUNT.value == "amount" and deps.ROLE_AMOUNT in deps.Role
    with pytest.raises(ValueError):
        deps.Role("not_a_role")


def test_parameter_bounds():
    assert deps.MAX_ID == 2**63 - 1  # the largest BIGINT: larger ids never reach SQL
    assert deps.MAX_LIMIT == 1000
    assert {f.value for f in deps.ExportFormat} == {"csv", "json", "parquet"}
    assert {b.value for b in deps.CompareBy} == {"locality", "period"}
