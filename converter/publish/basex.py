"""The BaseX repository (``--to basex://USER@HOST:PORT/DB``): each document stored in
database DB under its naming-convention path (paths.document_path), and DB's
``catalog.xml`` (one ``entry`` per Expression, the catalog fields as attributes).

A document and its catalog entry are written by one updating query (queries/store.xq):
BaseX applies both or neither. The password is never an option: the caller reads it
from AKN_BASEX_PASSWORD or a prompt."""
from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from importlib import resources

from lxml import etree

from .document import CATALOG_FIELDS, Document, Refused
from .errors import PublishError

PASSWORD_VARIABLE = "AKN_BASEX_PASSWORD"
CATALOG = "catalog.xml"
_URL = re.compile(r"^basex://(?P<user>[^@/:\s]+)@(?P<host>[^:/\s]+|\[[0-9a-fA-F:]+\])"
                  r":(?P<port>\d{1,5})/(?P<db>[^/\s]+)/?$")
# BaseX's own rule for database names.
_DB_NAME = re.compile(r"^[-+=~!#$%^&()\[\]{}@.\w]+$")


@dataclass(frozen=True)
class BaseXURL:
    user: str
    host: str
    port: int
    db: str

    def __str__(self) -> str:
        return f"basex://{self.user}@{self.host}:{self.port}/{self.db}"


def is_basex(dest: str) -> bool:
    return dest.startswith("basex://")


def parse_url(dest: str) -> BaseXURL:
    match = _URL.match(dest)
    if not match or not 0 < int(match["port"]) < 65536 or not _DB_NAME.match(match["db"]):
        raise PublishError(f"{dest}: not a BaseX address basex://USER@HOST:PORT/DB")
    return BaseXURL(match["user"], match["host"].strip("[]"), int(match["port"]), match["db"])


def query_text(name: str) -> str:
    """A query of queries/ (those of the README, and store.xq)."""
    return resources.files(__package__).joinpath("queries", name).read_text(encoding="utf-8")


def connect(url: BaseXURL, password: str, timeout: float = 30.0):
    """A BaseXClient session, or PublishError: client missing, server unreachable,
    credentials refused."""
    try:
        from BaseXClient import BaseXClient
    except ImportError:
        raise PublishError("publishing to BaseX needs its Python client: "
                           "pip install -e '.[basex]'") from None
    where = f"{url.host}:{url.port}"
    # The client's socket has no timeout of its own: one set for sockets made meanwhile
    # keeps an unreachable host from hanging the command.
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout)
    try:
        return BaseXClient.Session(url.host, url.port, url.user, password)
    except OSError as error:
        if str(error) == "Access Denied.":
            raise PublishError(f"BaseX at {where} refused user {url.user!r}: wrong user name "
                               "or password") from None
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise PublishError(f"cannot reach BaseX at {where} ({reason})") from None
    except (UnicodeError, IndexError, ValueError) as error:     # not a BaseX server
        raise PublishError(f"{where} does not answer as a BaseX server ({error})") from None
    finally:
        socket.setdefaulttimeout(previous)


def run(session, text: str, **variables: str) -> str:
    """Run an XQuery with external string variables bound; its serialized result."""
    query = session.query(text)
    try:
        for name, value in variables.items():
            query.bind(f"${name}", value)
        return query.execute()
    finally:
        query.close()


class BaseXRepository:
    def __init__(self, url: BaseXURL, password: str, timeout: float = 30.0):
        self.url = url
        self.session = connect(url, password, timeout)
        self._store = query_text("store.xq")
        try:
            if run(self.session, "declare variable $db external; db:exists($db)",
                   db=url.db) != "true":
                self.session.execute(f"CREATE DB {url.db}")
            run(self.session, "declare variable $db external; "
                f"if (db:exists($db, '{CATALOG}')) then () "
                f"else db:replace($db, '{CATALOG}', <catalog/>)", db=url.db)
        except OSError as error:
            self.close()
            raise PublishError(f"{url}: cannot open the database ({_one_line(error)})") from None

    def publish(self, doc: Document) -> str:
        entry = etree.Element("entry", {k: v for k, v in doc.catalog_entry().items()
                                        if v is not None})
        try:
            return run(self.session, self._store, db=self.url.db, path=str(doc.path),
                       xml=_text(doc.data),
                       entry=etree.tostring(entry, encoding="unicode"))
        except OSError as error:
            if error.errno is None and not isinstance(error, (ConnectionError, TimeoutError)):
                # The server answered with an error about this document (the client raises
                # those as IOError(message)): refuse it, go on with the others.
                raise Refused(f"{doc.name}: BaseX did not store it ({_one_line(error)}); "
                              "nothing written") from None
            raise PublishError(f"{doc.name}: BaseX at {self.url.host}:{self.url.port} did not "
                               f"store it ({_one_line(error)}); nothing written") from None

    def close(self) -> None:
        try:
            self.session.close()
        except OSError:
            pass


def _text(data: bytes) -> str:
    """The document as a string for parse-xml (the converter writes UTF-8; another
    encoding is read by its own declaration)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return etree.tostring(etree.fromstring(data), encoding="unicode")


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:300]


def catalog(session, db: str) -> list[dict]:
    """The catalog entries of ``db``, sorted by Expression IRI."""
    text = run(session, "declare variable $db external; "
               "db:open($db, 'catalog.xml')/catalog", db=db)
    root = etree.fromstring(text)
    entries = [{f: e.get(f) for f in CATALOG_FIELDS} for e in root]
    return sorted(entries, key=lambda e: e["expression"])
