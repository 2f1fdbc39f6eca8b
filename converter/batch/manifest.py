"""OUTDIR/manifest.jsonl: one JSON line per input, written (and flushed) as each
document finishes, so that a crash loses nothing already done."""
from __future__ import annotations

import json
import os
from pathlib import Path

NAME = "manifest.jsonl"


class Manifest:
    def __init__(self, outdir: Path, resume: bool):
        self.path = outdir / NAME
        self.done: dict[str, str] = {}         # key -> sha256 of inputs already ok
        if resume and self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue                   # a line cut by a crash
                if entry.get("status") in ("ok", "skipped"):
                    self.done[entry["path"]] = entry.get("sha256")
                elif entry.get("path") in self.done:
                    del self.done[entry["path"]]
        outdir.mkdir(parents=True, exist_ok=True)
        self.file = self.path.open("a" if resume else "w", encoding="utf-8")

    def is_done(self, key: str, sha256: str) -> bool:
        return self.done.get(key) == sha256

    def write(self, entry: dict) -> None:
        self.file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())

    def close(self) -> None:
        self.file.close()
