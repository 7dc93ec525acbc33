"""soket.batch.preload: imported by the local pool's forkserver, it warms the default extractor
and freezes what it made out of the garbage collector's reach."""

from __future__ import annotations

import os
import subprocess
import sys

from _paths import ROOT


def test_importing_preload_warms_the_extractor_and_freezes_the_heap():
    code = ("import gc; assert gc.get_freeze_count() == 0; import soket.batch.preload; "
            "import sys; print(gc.get_freeze_count(), 'soket.extract.pipeline' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    frozen, warmed = r.stdout.split()
    assert int(frozen) > 10_000 and warmed == "True"
