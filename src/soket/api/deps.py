"""What the ``/api`` handlers share: parameter types, the session and write-token dependencies."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, File, HTTPException, Query, Request, UploadFile
from fastapi import Path as FPath
from sqlalchemy.orm import Session

from soket.model import ROLES

MAX_LIMIT = 1000
MAX_ID = 2**63 - 1  # the largest id any backend stores: larger ids answer 422, never reach SQL

Role = StrEnum("Role", {r: r for r in ROLES})  # type: ignore[misc]  # an Enum built from data: mypy cannot see its members
ROLE_AMOUNT = Role("amount")


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


class CompareBy(StrEnum):
    locality = "locality"
    period = "period"


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as s:
        yield s


def has_token(request: Request) -> bool:
    """The request carries this server's write token (``Authorization: Bearer <token>``)."""
    token = request.app.state.write_token
    auth = request.headers.get("authorization") or ""
    scheme, _, given = auth.partition(" ")
    return bool(token) and scheme.lower() == "bearer" and bool(given) and hmac.compare_digest(
        given.strip().encode(), token.encode())


def require_write(request: Request) -> None:
    token = request.app.state.write_token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with --write-token to allow uploads")
    auth = request.headers.get("authorization") or ""
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' is required",
                            headers={"WWW-Authenticate": "Bearer"})


SessionDep = Annotated[Session, Depends(get_session)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10**9)]
DbId = Annotated[int, FPath(ge=1, le=MAX_ID, description="an id")]
Upload = Annotated[UploadFile, File(description="a report: .txt .md .html .docx .pdf")]
