"""The folder repository (``--to PATH``): each document at its naming-convention path
under PATH (paths.document_path), and PATH/catalog.jsonl.

Every write goes to a temporary file beside its target, then ``os.replace``: a reader
never sees half a document, and a full disk (or any write error) leaves the earlier
version in place, the temporary file removed, and the folders made for it gone."""
from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import tempfile
from pathlib import Path

from ..cli_io import _umask
from .catalog import NAME as CATALOG, Catalog
from .document import Document
from .errors import PublishError

LOCK = ".publish.lock"


def _write(f, data: bytes) -> None:
    """The one place bytes reach the disk (tests make it fail as a full disk would)."""
    f.write(data)


def write_atomically(path: Path, data: bytes) -> None:
    made = _missing_parents(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except BaseException:
        _remove_empty(made)
        raise
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            _write(f, data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        _remove_empty(made)
        raise


def _missing_parents(path: Path) -> list[Path]:
    """The folders above ``path`` that do not exist yet, deepest first."""
    missing, parent = [], path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    return missing


def _remove_empty(folders: list[Path]) -> None:
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            break            # not empty (another document went there) or already gone


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    return error.strerror or str(error)


class FolderRepository:
    def __init__(self, root: Path):
        self.root = root
        try:
            root.mkdir(parents=True, exist_ok=True)
            # One publication at a time: two would each rewrite the catalog from their own
            # copy and lose the other's entries.
            self._lock = open(root / LOCK, "a")
        except OSError as error:
            raise PublishError(f"{root}: cannot use as a repository ({_reason(error)})")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise PublishError(f"{root}: another publication into this repository is running")
        self.catalog = Catalog(root / CATALOG)

    def publish(self, doc: Document) -> str:
        """Store ``doc``: "new", "replaced", or "unchanged" (same bytes: not rewritten)."""
        target = self.root / doc.path
        try:
            old = target.read_bytes() if target.exists() else None
        except OSError as error:
            raise PublishError(f"{doc.name}: cannot read {target} ({_reason(error)})")
        if old is not None and hashlib.sha256(old).hexdigest() == doc.sha256:
            status = "unchanged"
        else:
            status = "new" if old is None else "replaced"
            try:
                write_atomically(target, doc.data)
            except OSError as error:
                raise PublishError(f"{doc.name}: cannot write {doc.path} ({_reason(error)}); "
                                   "nothing written") from None
        if self.catalog.get(doc.expression) != doc.catalog_entry():   # also repairs it
            self.catalog.put(doc.catalog_entry())
            try:
                self.catalog.save(write_atomically)
            except OSError as error:
                raise PublishError(f"{doc.name}: stored, but the catalog could not be "
                                   f"rewritten ({_reason(error)}); publish it again") from None
        return status

    def close(self) -> None:
        self._lock.close()
