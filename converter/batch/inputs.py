"""What a batch converts: files, folders (recursive), .zip and .tar(.gz) archives.

Each document becomes an :class:`Item` with the relative path its output mirrors
(``a/b/doc.pdf`` -> ``a/b/doc.xml``; see :func:`name_outputs` when two inputs would share
an output). A name from an archive that would leave the output folder (``../x.pdf``,
``/etc/x.pdf``) is not converted: it becomes a failed item. Reading an item enforces
the size and compression-ratio limits (:mod:`.limits`).
"""
from __future__ import annotations

import os
import tarfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from .limits import Limits, check_ratio, check_size, read_capped

DOCUMENT_SUFFIXES = {".pdf", ".txt"}


@dataclass
class Item:
    key: str                    # what the manifest calls it: a path, or archive!member
    output: str | None          # relative output path (.xml); None when unsafe
    read: Callable[[Limits], bytes]   # the document's bytes, within the limits
    error: str | None = None    # why it cannot even be read
    relative: str | None = None  # the safe relative input path the output mirrors
    identity: str = ""          # the same document given twice has the same identity


def safe_relative(name: str) -> str | None:
    """``name`` as a relative path inside the output folder, or None if it would escape."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts:
        return None
    return str(path)


def name_outputs(items: list[Item]) -> None:
    """Give every item a distinct output. ``a/doc.pdf`` -> ``a/doc.xml``; when two inputs
    would share that name (``doc.pdf`` and ``doc.txt``), each keeps its suffix
    (``doc.pdf.xml``, ``doc.txt.xml``); when even that is taken (the same relative path
    in two inputs), a number follows, in the order of the inputs (``doc.txt.2.xml``)."""
    plain = Counter(str(PurePosixPath(i.relative).with_suffix(".xml"))
                    for i in items if i.relative)
    taken: set[str] = set()
    for item in items:
        if not item.relative:
            item.output = None
            continue
        path = PurePosixPath(item.relative)
        output = str(path.with_suffix(".xml"))
        if plain[output] > 1:
            output = f"{path}.xml"
        number = 2
        while output in taken:
            output = f"{path}.{number}.xml"
            number += 1
        taken.add(output)
        item.output = output


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".zip", ".tar", ".tar.gz", ".tgz"))


def discover(inputs: list[Path]) -> list[Item]:
    """Every document of ``inputs``, each once, with its output named."""
    items, seen = [], set()
    for item in _discover(inputs):
        if item.identity not in seen:
            seen.add(item.identity)
            items.append(item)
    name_outputs(items)
    return items


def _discover(inputs: list[Path]) -> Iterator[Item]:
    for root in inputs:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES
                               and not p.is_dir()):
                yield _file_item(path, str(path.relative_to(root)))
        elif is_archive(root):
            yield from _archive_items(root)
        else:
            yield _file_item(root, root.name)


def _file_item(path: Path, relative: str) -> Item:
    def read(limits: Limits) -> bytes:
        check_size(str(path), path.stat().st_size, limits)
        return path.read_bytes()
    return Item(str(path), None, read, relative=safe_relative(relative),
                identity=os.path.abspath(path))


def _archive_items(archive: Path) -> Iterator[Item]:
    try:
        if archive.name.lower().endswith(".zip"):
            with zipfile.ZipFile(archive) as zf:
                names = [i.filename for i in zf.infolist() if not i.is_dir()]
            for name in names:
                if PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES:
                    yield _member(archive, name, lambda limits, n=name: _zip_read(archive, n, limits))
        else:
            with tarfile.open(archive) as tf:
                members = [m.name for m in tf.getmembers() if m.isfile()]
            for name in members:
                if PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES:
                    yield _member(archive, name, lambda limits, n=name: _tar_read(archive, n, limits))
    except (OSError, zipfile.BadZipFile, tarfile.TarError) as error:
        yield Item(str(archive), None, lambda limits: b"",
                   error=f"{archive.name}: not a readable archive ({error})",
                   identity=os.path.abspath(archive))


def _member(archive: Path, name: str, read) -> Item:
    relative = safe_relative(name)
    error = None if relative else f"{name}: unsafe path in archive {archive.name}: not extracted"
    key = f"{archive}!{name}"
    return Item(key, None, read, error, relative, identity=f"{os.path.abspath(archive)}!{name}")


def _zip_read(archive: Path, name: str, limits: Limits) -> bytes:
    key = f"{archive.name}!{name}"
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(name)
        check_size(key, info.file_size, limits)
        check_ratio(key, info.file_size, info.compress_size, limits)
        with zf.open(info) as member:
            return read_capped(member, key, limits)


def _tar_read(archive: Path, name: str, limits: Limits) -> bytes:
    key = f"{archive.name}!{name}"
    with tarfile.open(archive) as tf:
        info = tf.getmember(name)
        check_size(key, info.size, limits)
        # A compressed tar has no per-member compressed size: no member can honestly
        # be more than the ratio times the whole compressed archive.
        if not archive.name.lower().endswith(".tar"):
            check_ratio(key, info.size, archive.stat().st_size, limits)
        member = tf.extractfile(info)
        return read_capped(member, key, limits) if member else b""
