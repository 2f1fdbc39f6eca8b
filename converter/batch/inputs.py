"""What a batch converts: files, folders (recursive), .zip and .tar(.gz) archives.

Each document becomes an :class:`Item` with the relative path its output mirrors
(``a/b/doc.pdf`` -> ``a/b/doc.xml``; see :func:`name_outputs` when two inputs would share
an output). A name from an archive that would leave the output folder (``../x.pdf``,
``/etc/x.pdf``) is not converted: it becomes a failed item. Reading an item enforces
the size and compression-ratio limits (:mod:`.limits`).

Every member of an archive (but its folders) is an item, so that the manifest accounts
for all of it: a member that is not a regular file (a link, a device, a FIFO) is never
read; named as a document it fails, and any other member (``README.md``, a link to
one) is ``ignored``, each with why.
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
    ignored: str | None = None  # why an archive member that is no document is not read


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
                members = [(i.filename, _zip_kind(i)) for i in zf.infolist() if not i.is_dir()]
            reader = _zip_read
        else:
            with tarfile.open(archive) as tf:
                members = [(m.name, _tar_kind(m)) for m in tf.getmembers() if not m.isdir()]
            reader = _tar_read
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as error:
        yield Item(str(archive), None, lambda limits: b"",
                   error=f"{archive.name}: not a readable archive ("
                         f"{getattr(error, 'strerror', None) or error or 'cut short'})",
                   identity=os.path.abspath(archive))
        return
    for name, kind in members:
        document = PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES
        item = _member(archive, name, lambda limits, n=name: reader(archive, n, limits))
        if kind is not None and document:
            item.error = f"{name}: {kind} in archive {archive.name}, not a file: not extracted"
        elif kind is not None:
            item.ignored = f"{name}: {kind} in archive {archive.name}, not a file: not extracted"
        elif not document:
            item.ignored = f"{name}: not a document (.pdf or .txt): not converted"
        if item.ignored:
            item.relative = None             # no output: nothing to name
        yield item


# A tar member that is no regular file: what it is, in words.
_TAR_KINDS = [("issym", "a symbolic link"), ("islnk", "a hard link"),
              ("ischr", "a character device"), ("isblk", "a block device"),
              ("isfifo", "a FIFO (named pipe)")]


def _tar_kind(member: tarfile.TarInfo) -> str | None:
    """None for a regular file, else what the member is."""
    if member.isfile():
        return None
    return next((words for test, words in _TAR_KINDS if getattr(member, test)()),
                "a special member")


def _zip_kind(info: zipfile.ZipInfo) -> str | None:
    """None for a regular file; a zip written on Unix may hold symbolic links (their
    target as content, the link type in the external attributes)."""
    import stat
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system != 3 or kind in (0, stat.S_IFREG):   # 0: no type said (a file)
        return None
    return "a symbolic link" if kind == stat.S_IFLNK else "a special member"


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
