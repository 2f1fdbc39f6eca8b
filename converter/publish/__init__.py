"""Publishing Akoma Ntoso documents into a repository: a folder (folder.py) or a BaseX
database (basex.py), each document filed under the path of its FRBR Expression IRI
(paths.py), with a catalog (catalog.py). ``akn publish`` and ``akn batch --publish``."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from .basex import PASSWORD_VARIABLE, is_basex, parse_url
from .document import Document, Refused, read_document
from .errors import EXIT_REPOSITORY, PublishError

__all__ = ["Document", "Refused", "PublishError", "EXIT_REPOSITORY", "Publisher",
           "open_repository", "read_document"]


def open_repository(dest: str, password: Callable[[], str] | None = None):
    """The repository at ``dest`` (a folder, or basex://USER@HOST:PORT/DB), ready to
    ``publish(document)``; ``password()`` is asked only for BaseX, when the variable
    AKN_BASEX_PASSWORD is not set."""
    if is_basex(dest):
        from .basex import BaseXRepository
        url = parse_url(dest)
        secret = os.environ.get(PASSWORD_VARIABLE)
        if secret is None:
            if password is None:
                raise PublishError(f"{dest}: set {PASSWORD_VARIABLE} to the password of "
                                   f"{url.user}")
            secret = password()
        return BaseXRepository(url, secret)
    from .folder import FolderRepository
    return FolderRepository(Path(dest))


class Publisher:
    """Reads, checks and stores documents one by one into a repository; counts outcomes.
    ``publish`` returns the outcome ("new", "replaced", "unchanged") or raises Refused
    (this document) or PublishError (the repository: stop)."""

    def __init__(self, repository, allow_provisional: bool = False, validate: bool = True):
        self.repository = repository
        self.allow_provisional = allow_provisional
        self.validate = validate
        self.seen: dict[str, str] = {}         # Expression IRI -> the input that gave it

    def publish(self, data: bytes, name: str) -> tuple[str, Document]:
        doc = read_document(data, name, self.allow_provisional, self.validate)
        other = self.seen.get(doc.expression)
        if other is not None and other != name:
            # Two inputs of one run with one identity: the second would silently replace
            # the first.
            raise Refused(f"{name}: same Expression IRI as {other} ({doc.expression}); "
                          "not published")
        outcome = self.repository.publish(doc)
        self.seen[doc.expression] = name
        return outcome, doc

    def close(self) -> None:
        self.repository.close()
