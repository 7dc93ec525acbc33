"""Source signatures computed from the words' hashes (issue 12): every linked document's MinHash
signature (``meeting_links.signature``) and LSH band rows (``meeting_bands``) computed again.

A signature was datasketch's MinHash of each shingle's SHA-1 (~0.4 ms of an ingest's document);
it now hashes each word once (BLAKE2b, memoised), a shingle from its words' hashes
(:func:`soket.check.sources.shingle_hash`) and takes the MinHash by multiply-add-shift
permutations (:data:`~soket.check.sources.SIGNATURE_VERSION` 2: ~0.15 ms).
Signatures of the two kinds do not compare, so the stored ones are computed again from the
documents' title and text, as linking computes them: a thousand documents a statement, in the
upgrade's transaction. The downgrade computes datasketch's ones again. The decisions already
made (groups, sources) are kept: both kinds estimate the same overlap (with the noise of 64
permutations: a pair near a threshold may be decided otherwise by the one than by the other).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from soket.check.sources import _SEED, NUM_PERM, band_hashes, shingles, signature

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHUNK = 1000
_LINKS = sa.table("meeting_links", sa.column("document_id", sa.Integer), sa.column("signature", sa.LargeBinary))
_BANDS = sa.table("meeting_bands", sa.column("band", sa.SmallInteger), sa.column("hash", sa.BigInteger),
                  sa.column("document_id", sa.Integer))
_TEXTS = sa.text("SELECT l.document_id, d.title, d.text FROM meeting_links l JOIN documents d ON d.id = l.document_id "
                 "WHERE l.document_id > :last ORDER BY l.document_id LIMIT :n")
_SET_SIGNATURE = (sa.update(_LINKS).where(_LINKS.c.document_id == sa.bindparam("did"))
                  .values(signature=sa.bindparam("sig")))


def _sign_again(sign: Callable[[str], bytes]) -> None:
    """Every linked document's signature by ``sign`` and its band rows from it (the bands of
    documents not linked, if any, go: linking writes them again)."""
    conn = op.get_bind()
    conn.execute(sa.delete(_BANDS))
    last = 0
    while rows := conn.execute(_TEXTS, {"last": last, "n": CHUNK}).all():
        sigs = [(did, sign((title or "") + "\n" + text)) for did, title, text in rows]
        conn.execute(_SET_SIGNATURE, [{"did": did, "sig": sig} for did, sig in sigs])
        conn.execute(sa.insert(_BANDS), [{"band": b, "hash": h, "document_id": did}
                                         for did, sig in sigs for b, h in band_hashes(sig)])
        last = rows[-1][0]


def upgrade() -> None:
    _sign_again(signature)


def _datasketch_signature(text: str) -> bytes:
    """The signature before this version: datasketch's MinHash with its default hash (SHA-1)."""
    import numpy as np
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=_SEED)
    m.update_batch(list(shingles(text)))
    return bytes(np.asarray(m.hashvalues, dtype=np.uint32).tobytes())


def downgrade() -> None:
    _sign_again(_datasketch_signature)
