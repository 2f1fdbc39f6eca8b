"""What ``akn publish INPUT...`` publishes: AKN files as given; an ``akn batch`` output
folder: the outputs its manifest lists as converted (ok, or skipped as already ok); any
other folder: the .xml files under it."""
from __future__ import annotations

import json
from pathlib import Path

from ..batch.manifest import NAME as MANIFEST


def expand(inputs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            manifest = path / MANIFEST
            files += _from_manifest(path, manifest) if manifest.is_file() else \
                sorted(p for p in path.rglob("*.xml") if not p.name.startswith("."))
        else:
            files.append(path)
    return files


def _from_manifest(folder: Path, manifest: Path) -> list[Path]:
    outputs: dict[str, Path] = {}          # the last line of a path wins (as in --resume)
    for line in manifest.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(entry, dict) or "path" not in entry:
            continue
        if entry.get("status") in ("ok", "skipped") and entry.get("output"):
            outputs[entry["path"]] = folder / entry["output"]
        else:
            outputs.pop(entry["path"], None)
    return list(outputs.values())
