"""A numbered list a paragraph leads into (read by ``analysis/lists.py``) as a
``blockList`` in that paragraph's ``content``: one ``item`` per entry with its ``num``,
the entry's lettered sub-items ("(a) …") as further ``p`` of its item, as printed."""
from __future__ import annotations

import re

from lxml import etree

from ..analysis.outline import Para
from .ids import IdScope
from .inline import akn


def write(writer, parent, scope: IdScope, items: list[Para]) -> None:
    """The list as a ``blockList``: one ``item`` per entry, its number as ``num``."""
    eid = scope.next("blockList")
    el = etree.SubElement(parent, akn("blockList"), eId=eid)
    inner = scope.inside(eid)
    for entry in items:
        digits = re.match(r"\d+", entry.num or "")
        item_eid = inner.next("item", digits.group(0) if digits else None)
        item = etree.SubElement(el, akn("item"), eId=item_eid)
        etree.SubElement(item, akn("num")).text = entry.num
        scope_in = inner.inside(item_eid)
        writer.paragraph(item, scope_in, entry.block)
        for sub in entry.items:               # its lettered sub-items, as printed
            writer.paragraph(item, scope_in, sub.block)
