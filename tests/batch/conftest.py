"""Small synthetic inputs for the batch tests, built by ``bench/batch_bench.py``'s generator."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("soket_batch_bench", ROOT / "bench" / "batch_bench.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


bench = _bench()


def articles(n: int, seed: int = 3, share: float = 0.5) -> list[dict]:
    return list(bench.iter_articles(n, seed=seed, report_share=share, root=ROOT))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """One folder of report files, one .jsonl.gz archive and one .parquet table (small row groups)."""
    d = tmp_path_factory.mktemp("corpus")
    arts = articles(60)
    gz = d / "news.jsonl.gz"
    bench.write_jsonl_gz(gz, iter(arts))
    pq_path = d / "news.parquet"
    pq.write_table(pa.Table.from_pylist(arts), pq_path, row_group_size=7)
    folder = d / "files"
    folder.mkdir()
    for a in articles(12, seed=11, share=1.0):
        (folder / (a["url"].rsplit("/", 1)[1].replace(".html", ".txt"))).write_text(a["text"], encoding="utf-8")
    shutil.copy(ROOT / "bench" / "batch_bench.py", folder / "not-an-input.py")  # ignored: unknown kind
    return {"dir": d, "gz": gz, "parquet": pq_path, "files": folder, "articles": arts}


def jsonl_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(x.rstrip(b"\n") + b"\n" for x in lines))
    return path


def dumps(a: dict) -> bytes:
    return json.dumps(a, ensure_ascii=False).encode("utf-8")
