"""An extractor for dead-letter tests: the real one, except on planted markers."""

from __future__ import annotations

import os
import time

from soket.extract import extract_document
from soket.model import Document, Record

BOOM = "XX-EXPLODE-XX"
SLOW = "XX-SLOW-XX"
CRASH = "XX-CRASH-XX"


def extract(doc: Document) -> Record:
    if BOOM in doc.text:
        raise ValueError("planted failure")
    if CRASH in doc.text:
        os._exit(3)  # the worker process dies, as on a segfault or the OOM killer
    if SLOW in doc.text:
        time.sleep(30)  # the hard time limit (SIGALRM) cuts this short
    return extract_document(doc)
