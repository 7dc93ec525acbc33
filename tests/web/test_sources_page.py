"""The document page of a figure its meeting's sources give differently: a "sources disagree"
badge and every source's sentence side by side (docs/sources.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from soket.api import create_app
from soket.service import ingest_documents
from soket.store import Store

DATA = Path(__file__).resolve().parent.parent / "data" / "sources"


def test_badge_and_both_sentences(tmp_path):
    corpus = tmp_path / "sources"
    corpus.mkdir()
    for name in ("m02_tamduong_ubnd_thang9_news.txt", "m02_tamduong_ubnd_thang9_portal.txt",
                 "m05_namdan_ubnd_6thang_news.txt"):
        shutil.copy(DATA / name, corpus / name)
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store.open(url) as st:
        ingest_documents(st, [corpus])
    with TestClient(create_app(url, rate_limit="off")) as c:
        docs = {d["doc"]: d["id"] for d in c.get("/api/documents").json()["items"]}
        page = c.get(f"/document/{docs['m02_tamduong_ubnd_thang9_portal']}").text
        assert page.count("sources-disagree") == 1  # the badge, on the one figure they disagree on
        assert "412,5 tỷ đồng" in page and "421,5 tỷ đồng" in page  # both sources' sentences
        assert "m02_tamduong_ubnd_thang9_news" in page
        other = c.get(f"/document/{docs['m05_namdan_ubnd_6thang_news']}").text
        assert "sources-disagree" not in other
