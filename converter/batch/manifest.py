"""OUTDIR/manifest.jsonl: one JSON line per input, written (and flushed) as each
document finishes, so that a crash loses nothing already done.

With ``--resume`` the lines of this run are appended to those of earlier runs; the
last line for a path wins, and the manifest is rewritten with one line per input when
the run starts and when it ends (a run killed midway may leave two lines for an input
until the next run)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..cli_io import write_atomically

NAME = "manifest.jsonl"


class Manifest:
    def __init__(self, outdir: Path, resume: bool):
        self.path = outdir / NAME
        self.resume = resume
        self.entries: dict[str, dict] = {}     # path -> its last line
        if resume and self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue                   # a line cut by a crash
                if isinstance(entry, dict) and "path" in entry:
                    self.entries[entry["path"]] = entry
        outdir.mkdir(parents=True, exist_ok=True)
        if resume:
            self._rewrite()
        self.file = self.path.open("a" if resume else "w", encoding="utf-8")

    def previous(self, key: str) -> dict | None:
        return self.entries.get(key)

    def is_done(self, key: str, sha256: str) -> bool:
        entry = self.entries.get(key)
        return bool(entry) and entry.get("status") in ("ok", "skipped") \
            and entry.get("sha256") == sha256

    def write(self, entry: dict) -> None:
        self.entries[entry["path"]] = entry
        self.file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())

    def close(self) -> None:
        self.file.close()
        if self.resume:
            self._rewrite()

    def _rewrite(self) -> None:
        """One line per input, the last one written for it."""
        lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.entries.values())
        write_atomically(self.path, lines.encode("utf-8"))
