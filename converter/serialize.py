"""The one way a document is written as XML, shared by the API (the files written) and
the validator (line numbers of problems in a document not read from a file)."""
from __future__ import annotations

import io

from lxml import etree

from .namespaces import AKN_NS


def to_bytes(tree) -> bytes:
    """The document as UTF-8 XML, indented between blocks but never inside a paragraph:
    indentation inside mixed content would change its text."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    for p in root.iter(f"{{{AKN_NS}}}p"):
        if p.text is None and len(p):
            p.text = ""          # an (empty) text node keeps the serializer from indenting
    # (written into a BytesIO, whose bytes are handed over as they are: tostring grows
    # its buffer by doubling and then copies it into the bytes, some twice the output's
    # size at once where this takes a little more than once; the same bytes)
    written = io.BytesIO()
    root.getroottree().write(written, xml_declaration=True, encoding="UTF-8",
                             pretty_print=True)
    return written.getvalue()


def parser() -> etree.XMLParser:
    """How documents are read back (the converter's own output, a file to validate):
    no entity resolved and nothing fetched, so that a hostile file can neither expand nor
    reach out; and no 10 MB limit on a text node (libxml2's default), which a paragraph
    printed on one line may pass."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
