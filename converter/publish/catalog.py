"""The folder repository's catalog: ``catalog.jsonl``, one JSON line per Expression
(fields: document.CATALOG_FIELDS), sorted by Expression IRI so that two repositories
holding the same documents have the same catalog.

It is an index of the files beside it, rewritten whole and atomically after each change:
a crash between a document's write and the catalog's leaves the catalog one change behind,
which the next publication of that document repairs (see folder.FolderRepository)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

NAME = "catalog.jsonl"


class Catalog:
    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, dict] = {}       # Expression IRI -> entry
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(entry, dict) and entry.get("expression"):
                    self.entries[entry["expression"]] = entry

    def get(self, expression: str) -> dict | None:
        return self.entries.get(expression)

    def put(self, entry: dict) -> None:
        self.entries[entry["expression"]] = entry

    def data(self) -> bytes:
        return "".join(json.dumps(self.entries[k], ensure_ascii=False) + "\n"
                       for k in sorted(self.entries)).encode("utf-8")

    def save(self, write: Callable[[Path, bytes], None]) -> None:
        write(self.path, self.data())
