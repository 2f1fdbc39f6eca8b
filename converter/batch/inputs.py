"""What a batch converts: files, folders (recursive), .zip and .tar(.gz) archives.

Each document becomes an :class:`Item` with the relative path its output mirrors
(``a/b/doc.pdf`` -> ``a/b/doc.xml``). A name from an archive that would leave the output
folder (``../x.pdf``, ``/etc/x.pdf``) is not converted: it becomes a failed item.
"""
from __future__ import annotations

import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

DOCUMENT_SUFFIXES = {".pdf", ".txt"}


@dataclass
class Item:
    key: str                    # what the manifest calls it: a path, or archive!member
    output: str | None          # relative output path (.xml); None when unsafe
    read: Callable[[], bytes]   # the document's bytes
    error: str | None = None    # why it cannot even be read


def safe_relative(name: str) -> str | None:
    """``name`` as a relative path inside the output folder, or None if it would escape."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts:
        return None
    return str(path.with_suffix(".xml"))


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".zip", ".tar", ".tar.gz", ".tgz"))


def discover(inputs: list[Path]) -> Iterator[Item]:
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
    def read() -> bytes:
        return path.read_bytes()
    return Item(str(path), safe_relative(relative), read)


def _archive_items(archive: Path) -> Iterator[Item]:
    try:
        if archive.name.lower().endswith(".zip"):
            with zipfile.ZipFile(archive) as zf:
                names = [i.filename for i in zf.infolist() if not i.is_dir()]
            for name in names:
                if PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES:
                    yield _member(archive, name, lambda n=name: _zip_read(archive, n))
        else:
            with tarfile.open(archive) as tf:
                members = [m.name for m in tf.getmembers() if m.isfile()]
            for name in members:
                if PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES:
                    yield _member(archive, name, lambda n=name: _tar_read(archive, n))
    except (OSError, zipfile.BadZipFile, tarfile.TarError) as error:
        yield Item(str(archive), None, lambda: b"",
                   error=f"{archive.name}: not a readable archive ({error})")


def _member(archive: Path, name: str, read) -> Item:
    output = safe_relative(name)
    error = None if output else f"{name}: unsafe path in archive {archive.name}: not extracted"
    return Item(f"{archive}!{name}", output, read, error)


def _zip_read(archive: Path, name: str) -> bytes:
    with zipfile.ZipFile(archive) as zf:
        return zf.read(name)


def _tar_read(archive: Path, name: str) -> bytes:
    with tarfile.open(archive) as tf:
        member = tf.extractfile(name)
        return member.read() if member else b""
