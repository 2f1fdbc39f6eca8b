"""A figure as Akoma Ntoso: a ``p`` holding an ``img`` whose ``src`` names the source
PDF's page where the image is printed (``A_79_856-EN.pdf#page=3``): the image itself is
not extracted, its caption stays text. A table as Akoma Ntoso: ``table`` (eId ``…__table_1``) with one ``tr`` per row,
``th`` for the cells of header rows and ``td`` for the others (``colspan`` when a cell
spans columns), each cell's text in a ``p`` with its notes, references and dates."""
from __future__ import annotations

from lxml import etree

from ...model import Block
from .ids import IdScope
from .inline import akn


def write_table(writer, parent, scope: IdScope, block: Block):
    eid = scope.next("table")
    table = etree.SubElement(parent, akn("table"), eId=eid)
    inner = scope.inside(eid)
    for n, row in enumerate(block.table):
        tr_eid = inner.next("tr")
        tr = etree.SubElement(table, akn("tr"), eId=tr_eid)
        cells = scope.inside(tr_eid)
        tag = "th" if n < block.header_rows else "td"
        for cell in row:
            cell_eid = cells.next(tag)
            el = etree.SubElement(tr, akn(tag), eId=cell_eid)
            if cell.colspan > 1:
                el.set("colspan", str(cell.colspan))
            if cell.block.text:
                writer.paragraph(el, scope.inside(cell_eid), cell.block)
    return table


def write_figure(parent, scope: IdScope, block: Block):
    p = etree.SubElement(parent, akn("p"), eId=scope.next("p"))
    img = etree.SubElement(p, akn("img"), src=block.figure)
    if block.figure_alt:
        img.set("alt", block.figure_alt)          # a chart's labels, as printed in it
    return p
