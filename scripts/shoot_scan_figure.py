"""Screenshot for docs/official.md: a figure read from a scan, shown in the dashboard beside its
sentence with the crop of the scanned page (``docs/img/ocr_scan_figure.png``).

Run: ``.venv/bin/python scripts/shoot_scan_figure.py`` (needs OCR, Playwright and Debian chromium).
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "tests" / "official" / "data" / "scans" / "yl_scan.pdf"
OUT = ROOT / "docs" / "img" / "ocr_scan_figure.png"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> int:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from soket.api import create_app
    from soket.store import ingest_documents

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/scan.db"
        ingest_documents([SCAN], url)
        app = create_app(url, None)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/document/1")
            # the repaired figure "4833" (48,33 % of plan): its row, with the scan's crop
            row = page.locator("tr", has=page.locator("a.factlink", has_text="4833")).first
            row.scroll_into_view_if_needed()
            img = row.locator("img")
            img.wait_for()
            page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
            OUT.parent.mkdir(parents=True, exist_ok=True)
            row.screenshot(path=str(OUT))
            browser.close()
        server.should_exit = True
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
