"""States by name, in the six languages (table: data/states.tsv, made by
scripts/make_states_table.py), for the TLC ids of sponsors: ``ms_CUB``."""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "states.tsv"


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", name).replace("'", "’").lower()
    return re.sub(r"\s+", " ", name).strip()


@lru_cache(maxsize=None)
def _index() -> dict[str, str]:
    index = {}
    with TABLE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for column, name in row.items():
                if column != "iso3" and name:
                    index.setdefault(_key(name), row["iso3"])
    return index


def is_state(name: str) -> bool:
    return _key(name) in _index()


def state_id(name: str) -> str:
    """TLC eId for a State named ``name``: ``ms_`` + ISO alpha-3 when known, else
    ``ms_`` + a slug of the name (still unique and stable)."""
    code = _index().get(_key(name))
    if code:
        return f"ms_{code}"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()
    return f"ms_{slug or 'unknown'}"
