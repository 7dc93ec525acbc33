"""Benchmark of ``soket batch``: a synthetic news archive through each engine.

    python bench/batch_bench.py --n 20000          # default 100,000 articles

Builds ``--n`` articles as one ``.jsonl.gz`` (streamed: memory stays flat in ``--n``), mixing
review reports (the project's examples, with varied figures, years and place names) and general
news (a few paragraphs written here). First the same articles in this process (decode, pre-filter,
extract and check: what a worker does, without writing tables), then ``soket batch`` on it with
the local engine and a Dask LocalCluster, with 1, 2, 4, ... workers up to the machine's cores.
Each run is a subprocess whose whole process tree is sampled for memory and CPU time. Prints a
scaling table from that one run: documents/s, the ratio to one worker and to the in-process rate,
CPU milliseconds per document (the workers' own, from the shards' manifests, its ratio to the
in-process CPU per document, and the whole process tree's), the share of the run's time the workers
spent inside shards (the rest is the pool's start and end, and waits), peak memory, and the load average the
run saw (other work on the machine: with a load above the cores, wall-clock rates and speed-ups
say more about the other work than about soket; the CPU columns still hold).
The generator is also used by ``tests/batch`` for small inputs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

PLACES = [
    ("huyện", "Yên Thế"), ("huyện", "Lục Nam"), ("huyện", "Tân Yên"), ("huyện", "Đông Anh"),
    ("huyện", "Krông Pắc"), ("huyện", "Đức Trọng"), ("huyện", "Thạch Hà"), ("huyện", "Can Lộc"),
    ("thị xã", "Quảng Yên"), ("thị xã", "Hồng Lĩnh"), ("thành phố", "Tam Kỳ"), ("thành phố", "Hòa Bình"),
    ("quận", "Ô Môn"), ("quận", "Ninh Kiều"), ("huyện", "Mộc Châu"), ("huyện", "Bảo Lâm"),
]

NEWS = [
    "Đội tuyển bóng đá nữ Việt Nam đã có trận ra quân thuận lợi tại vòng loại châu Á. Huấn luyện viên "
    "cho biết các cầu thủ trẻ thi đấu tự tin, phối hợp nhịp nhàng và tận dụng tốt các cơ hội ghi bàn.",
    "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ đêm nay đến ngày mai khu vực Bắc Bộ có mưa "
    "rào và dông rải rác, vùng núi có nơi mưa to; nhiệt độ thấp nhất phổ biến từ 19 đến 22 độ C.",
    "Giá vàng miếng trong nước sáng nay tăng nhẹ, theo đà đi lên của thị trường thế giới; mức chênh lệch "
    "giữa giá mua và giá bán vẫn ở mức cao, khoảng 2%, khiến nhiều nhà đầu tư thận trọng.",
    "Liên hoan phim quốc tế năm nay quy tụ hơn 100 tác phẩm đến từ nhiều quốc gia. Ban tổ chức cho biết "
    "các suất chiếu miễn phí dành cho khán giả sẽ diễn ra tại nhiều rạp trong thành phố.",
    "UBND phường vừa ra quân tổng vệ sinh môi trường, khơi thông cống rãnh tại các tổ dân phố. Hàng trăm "
    "đoàn viên thanh niên và người dân đã tham gia dọn dẹp rác thải dọc các tuyến đường.",
    "Một công ty công nghệ trong nước vừa giới thiệu mẫu điện thoại mới với thời lượng pin dài hơn và "
    "camera cải tiến; sản phẩm dự kiến được bán ra từ tháng tới tại các cửa hàng trên toàn quốc.",
    "Kỳ thi tốt nghiệp trung học phổ thông năm nay có hơn một triệu thí sinh đăng ký dự thi. Bộ Giáo dục "
    "và Đào tạo đề nghị các địa phương chuẩn bị kỹ phương án bảo đảm an toàn cho kỳ thi.",
    "Lễ hội hoa xuân thu hút đông đảo du khách đến tham quan, chụp ảnh. Nhiều tiểu cảnh được trang trí "
    "công phu, tái hiện nét đẹp văn hóa truyền thống của các dân tộc.",
    "Các chuyên gia khuyến cáo người dân chủ động tiêm vắc xin phòng cúm mùa, đặc biệt với người cao tuổi "
    "và trẻ nhỏ, đồng thời giữ ấm cơ thể khi thời tiết chuyển lạnh.",
    "Tuyến đường sắt đô thị đã đón hơn 30.000 lượt khách trong tuần đầu vận hành thương mại; đơn vị khai "
    "thác cho biết sẽ tăng tần suất chạy tàu vào giờ cao điểm.",
]

_FIG = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\b\d{1,2}(?=%)")
_YEAR = re.compile(r"\b20[12]\d\b")


def templates(root: Path = ROOT) -> list[tuple[str, list[str]]]:
    """Example reports with the place names their golds give: (text, names to swap)."""
    ex = root / "examples"
    out = []
    for p in sorted(ex.glob("*.txt")) if ex.is_dir() else []:
        names = []
        gold = ex / "gold" / f"{p.stem}.json"
        if gold.exists():
            loc = json.loads(gold.read_text(encoding="utf-8")).get("meeting", {}).get("locality")
            names = [loc] if isinstance(loc, str) and loc else [x for x in loc or [] if isinstance(x, str)]
        out.append((p.read_text(encoding="utf-8"), names))
    if not out:
        out = [(p.read_text(encoding="utf-8"), []) for p in sorted(SEEDS.glob("*.txt"))]
    return out


def _vary_figure(m: re.Match[str], rng: random.Random) -> str:
    s = m.group(0)
    if "," in s:
        whole, dec = s.split(",", 1)
        places = len(dec)
    else:
        whole, places = s, 0
    v = float(whole.replace(".", "")) * rng.uniform(0.6, 1.4)
    if m.group(0).isdigit() and len(s) <= 2:  # a percent
        return str(max(1, min(99, round(v))))
    body = f"{v:,.{places}f}"  # 1,234.5 → 1.234,5
    return body.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def report(text: str, names: list[str], rng: random.Random) -> tuple[str, int]:
    """A variant of an example report: figures ×0.6–1.4, years shifted, the place renamed."""
    shift = -rng.randrange(0, 6)
    year = [0]

    def shift_year(m: re.Match[str]) -> str:
        y = int(m.group(0)) + shift
        year[0] = year[0] or y
        return str(y)

    text = _FIG.sub(lambda m: _vary_figure(m, rng), text)
    text = _YEAR.sub(shift_year, text)
    _kind, place = rng.choice(PLACES)
    for n in names:
        text = text.replace(n, place)
    return text, year[0] or 2024


def news(rng: random.Random) -> str:
    paras = rng.sample(NEWS, rng.randint(2, 5))
    return "\n\n".join(paras)


def iter_articles(n: int, seed: int = 7, report_share: float = 0.2, root: Path = ROOT) -> Iterator[dict]:
    """``n`` articles (url/title/date/text), about ``report_share`` of them review reports."""
    rng = random.Random(seed)
    tpl = templates(root)
    for i in range(n):
        if rng.random() < report_share:
            text, year = report(*rng.choice(tpl), rng)
            kind = "report"
        else:
            text, year = news(rng), rng.randint(2019, 2025)
            kind = "news"
        title = text.strip().split("\n", 1)[0][:120]
        yield {"url": f"https://tin.example.vn/{kind}/{i}.html", "title": title,
               "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": text}


def write_jsonl_gz(path: Path, articles: Iterator[dict]) -> int:
    n = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
            n += 1
    return n


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled every ``every`` s, and
    the CPU seconds they used (last sample of each process: short-lived ones may be missed)."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        import psutil

        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.cpu: dict[tuple[int, float], float] = {}
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                procs = []
            rss = 0
            for p in procs:
                try:
                    with p.oneshot():
                        rss += p.memory_info().rss
                        t = p.cpu_times()
                        self.cpu[(p.pid, p.create_time())] = t.user + t.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, rss)
            self._stop.wait(self.every)

    def stop(self) -> tuple[int, float]:
        self._stop.set()
        self._t.join()
        return self.peak, sum(self.cpu.values())


def run_one(archive: Path, out: Path, engine: str, workers: int, shard_size: int) -> dict:
    cmd = [sys.executable, "-m", "soket", "batch", str(archive), "--out", str(out), "--engine", engine,
           "--workers", str(workers), "--shard-size", str(shard_size), "--fresh", "--no-progress", "--json"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid)
    load = os.getloadavg()[0]
    stdout, stderr = proc.communicate()
    peak, cpu = mem.stop()
    load = max(load, os.getloadavg()[0])
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    s = json.loads(stdout)
    manifests = [json.loads(m.read_text()) for m in (out / "_manifest").glob("*.json")]
    worker_cpu = sum(m["cpu_seconds"] for m in manifests)
    # the share of the run the workers spent inside shards (the rest: the pool's start, its end, waits)
    busy = sum(m["seconds"] for m in manifests) / (workers * s["this_run"]["seconds"])
    return {"engine": engine, "workers": workers, "wall_s": wall, "run_s": s["this_run"]["seconds"],
            "docs_per_s": s["articles"] / s["this_run"]["seconds"], "articles": s["articles"],
            "extracted": s["extracted"], "skipped": s["skipped"], "facts": s["rows"]["facts"],
            "peak_mib": peak / 2**20, "cpu_s": cpu, "worker_cpu_s": worker_cpu, "busy": busy, "load": load}


def in_process(archive: Path) -> dict:
    """What a worker does to each article (decode, pre-filter, ingest, extract, check), in this
    process, without writing tables: the rate a batch worker is compared with."""
    from soket.batch.prefilter import missing_group
    from soket.batch.worker import Dead, WorkerConfig, _article, _document, warm
    from soket.service import extract_checked

    cfg = WorkerConfig(out="")
    warm(cfg)
    with gzip.open(archive, "rb") as f:
        lines = [x for x in f if x.strip()]
    extract = __import__("soket.extract", fromlist=["extract_document"]).extract_document
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for i, raw in enumerate(lines):
        try:
            a = _article(f"a#{i}", i, raw, cfg)
        except Dead:
            continue
        if missing_group(a.text or "", a.title) is None:
            extract_checked(_document(a), extract)
            n += 1
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": len(lines), "extracted": n, "wall_s": wall, "cpu_s": cpu,
            "docs_per_s": len(lines) / wall, "load": max(load, os.getloadavg()[0])}


def worker_counts(cpus: int) -> list[int]:
    """1, 2, 4, ... up to ``cpus`` (and ``cpus`` itself)."""
    out, w = [], 1
    while w < cpus:
        out.append(w)
        w *= 2
    return [*out, cpus]


def filter_speed(n: int = 5000) -> float:
    """Articles per second the pre-filter alone rejects (general news), in this process."""
    from soket.batch.prefilter import is_candidate

    rng = random.Random(5)
    texts = [news(rng) for _ in range(n)]
    is_candidate(texts[0])
    t0 = time.perf_counter()
    for t in texts:
        is_candidate(t)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles in the archive")
    ap.add_argument("--report-share", type=float, default=0.2)
    ap.add_argument("--shard-size", type=int, default=500)
    ap.add_argument("--engines", default="local,dask")
    ap.add_argument("--workers", help="comma-separated worker counts (default: 1, 2, 4, ... up to the cores)")
    ap.add_argument("--keep", type=Path, help="keep the archive and outputs in this folder")
    a = ap.parse_args()
    cpus = os.cpu_count() or 1
    counts = [int(x) for x in a.workers.split(",")] if a.workers else worker_counts(cpus)
    with tempfile.TemporaryDirectory() as tmp:
        base = a.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        archive = base / f"archive-{a.n}.jsonl.gz"
        t0 = time.perf_counter()
        if not archive.exists():
            write_jsonl_gz(archive, iter_articles(a.n, report_share=a.report_share))
        print(f"archive: {a.n:,} articles, {archive.stat().st_size / 2**20:.1f} MiB gzipped, "
              f"built in {time.perf_counter() - t0:.1f} s; machine: {cpus} cores, load average "
              f"{os.getloadavg()[0]:.1f}")
        print(f"pre-filter alone: {filter_speed():,.0f} news articles/s on one core")
        ip = in_process(archive)
        print(f"in-process: {ip['docs_per_s']:8,.0f} docs/s ({ip['wall_s']:.1f} s; {ip['extracted']:,} extracted), "
              f"{ip['cpu_s'] / ip['articles'] * 1e3:.3f} CPU ms per article; load average {ip['load']:.1f}", flush=True)
        results = []
        for engine in a.engines.split(","):
            for w in counts:
                r = run_one(archive, base / f"out-{engine}-{w}", engine, w, a.shard_size)
                results.append(r)
                print(f"{engine:5} workers={w}: {r['docs_per_s']:8,.0f} docs/s  ({r['run_s']:.1f} s run, "
                      f"{r['wall_s']:.1f} s wall; {r['extracted']:,} extracted, {r['skipped']:,} skipped, "
                      f"{r['facts']:,} facts)  peak memory {r['peak_mib']:.0f} MiB; load average "
                      f"{r['load']:.1f}", flush=True)
        by = {(r["engine"], r["workers"]): r for r in results}
        print(f"\nscaling (one run; {cpus} cores; in-process {ip['docs_per_s']:,.0f} docs/s, "
              f"{ip['cpu_s'] / ip['articles'] * 1e3:.3f} CPU ms/article)")
        print(f"{'engine':6} {'workers':>7} {'docs/s':>8} {'×1 worker':>9} {'efficiency':>10} {'/in-proc':>8} "
              f"{'worker CPU ms/doc':>17} {'CPU /in-proc':>12} {'tree CPU ms/doc':>15} {'in shards':>9} {'peak MiB':>8} {'load':>5}")
        ip_ms = ip["cpu_s"] / ip["articles"] * 1e3
        for engine in a.engines.split(","):
            one = by.get((engine, counts[0]))
            for w in counts:
                r = by[(engine, w)]
                sp = r["docs_per_s"] / one["docs_per_s"] if one else float("nan")
                print(f"{engine:6} {w:>7} {r['docs_per_s']:>8,.0f} {sp:>9.2f} {sp / w * counts[0]:>10.0%} "
                      f"{r['docs_per_s'] / ip['docs_per_s']:>8.0%} "
                      f"{r['worker_cpu_s'] / r['articles'] * 1e3:>17.3f} "
                      f"{ip_ms / (r['worker_cpu_s'] / r['articles'] * 1e3):>12.0%} {r['cpu_s'] / r['articles'] * 1e3:>15.3f} "
                      f"{r['busy']:>9.0%} {r['peak_mib']:>8.0f} {r['load']:>5.1f}")


if __name__ == "__main__":
    main()
