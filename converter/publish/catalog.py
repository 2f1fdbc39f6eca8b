"""The folder repository's catalog: ``catalog.jsonl``, one JSON line per Expression
(fields: document.CATALOG_FIELDS), sorted by Expression IRI so that two repositories
holding the same documents have the same catalog.

It is an index of the files beside it. Each change is appended as one line (the last line
of an Expression wins when the catalog is read), so publishing stays proportional to the
documents published, not to the repository's size; closing the repository rewrites it
whole, sorted and without superseded lines, atomically. A crash leaves at worst a torn
last line or a change not yet recorded, which the next publication of that document
repairs (see folder.FolderRepository)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

NAME = "catalog.jsonl"


class Catalog:
    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, dict] = {}       # Expression IRI -> entry
        self.changed = False                     # lines appended since the last rewrite
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    self.changed = True          # a torn line: the rewrite drops it
                    continue
                if isinstance(entry, dict) and entry.get("expression"):
                    self.entries[entry["expression"]] = entry

    def get(self, expression: str) -> dict | None:
        return self.entries.get(expression)

    def put(self, entry: dict) -> None:
        """Record ``entry`` now, as one appended line."""
        self.entries[entry["expression"]] = entry
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
        self.changed = True

    def data(self) -> bytes:
        return "".join(json.dumps(self.entries[k], ensure_ascii=False) + "\n"
                       for k in sorted(self.entries)).encode("utf-8")

    def save(self, write: Callable[[Path, bytes], None]) -> None:
        """Rewrite the catalog sorted, one line per Expression, when lines were appended."""
        if self.changed:
            write(self.path, self.data())
            self.changed = False
