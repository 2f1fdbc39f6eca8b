"""Writing a resolution's annexes (read by ``annexed.py``): each an ``attachment`` holding
a ``doc name="annex"`` (a declaration: ``statement name="declaration"``) with its own identification (FRBRthis …/!annex_1), its title in
its ``preface``, a treaty's preamble in its ``preamble``, its chapters, articles, sections
and numbered paragraphs in its ``mainBody``, and its own annexes in its ``attachments``."""
from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ..analysis.annexed import AnnexedText, Division, Numbered
from .frbr import Identity, identification
from .ids import IdScope
from .inline import Mark, akn, block_marks, write_inline
from ..analysis.preambular import preambular_name


def write_annexes(writer, parent, texts: list[AnnexedText], ident: Identity,
                  component: str = "", scope: IdScope | None = None) -> None:
    """``component``, ``scope``: those of the annex holding these (a treaty's annex)."""
    attachments = etree.SubElement(parent, akn("attachments"))
    scope = scope or IdScope("", writer.ids)
    for k, text in enumerate(texts, start=1):
        name = f"{component}_annex_{k}".lstrip("_")
        eid = scope.next("attachment")
        attachment = etree.SubElement(attachments, akn("attachment"), eId=eid)
        # A declaration is a statement of its own (AKN ``statement name="declaration"``);
        # any other annexed text is a document annexed.
        doc = etree.SubElement(attachment, akn("statement"), name="declaration") \
            if text.declaration else etree.SubElement(attachment, akn("doc"), name="annex")
        meta = etree.SubElement(doc, akn("meta"))
        meta.append(identification(replace(ident, title=_title(text) or ident.title),
                                   component=name))
        inner = scope.inside(eid)
        _preface(writer, doc, inner, text)
        _preamble(writer, doc, inner, text)
        body = etree.SubElement(doc, akn("mainBody"))
        for item in text.items:
            _item(writer, body, inner, item)
        if not len(body):
            etree.SubElement(body, akn("p"), eId=inner.next("p"))    # the XSD wants one
        if text.annexes:
            # A treaty's own annex: inside the treaty, its eIds inside the treaty's.
            write_annexes(writer, doc, text.annexes, ident, name, inner)


def _title(text: AnnexedText) -> str | None:
    parts = ([text.heading.text[text.title_start:]] if text.title_start else []) + \
        [b.text for b in text.titles]
    return " ".join(" ".join(parts).split()) or None


def _preface(writer, doc, scope: IdScope, text: AnnexedText) -> None:
    preface = etree.SubElement(doc, akn("preface"))
    pscope = scope.bare("preface")
    heading = text.heading
    # "Annex" alone is the title when none is printed; printed on the title's line, the
    # title is the rest of it.
    start = text.title_start if text.title_start else (0 if not text.titles else None)
    marks = [Mark(start, len(heading.text), "docTitle", rank=0)] if start is not None else []
    writer.paragraph(preface, pscope, heading, marks)
    for block in text.titles:
        writer.paragraph(preface, pscope, block, [Mark(0, len(block.text), "docTitle", rank=0)])


def _preamble(writer, doc, scope: IdScope, text: AnnexedText) -> None:
    """A treaty's preamble: its opening formula, recitals, "Have agreed as follows:"."""
    if text.agreed is None:
        return
    preamble = etree.SubElement(doc, akn("preamble"))
    pscope = scope.bare("preamble")
    if text.preamble_heading is not None:
        writer.paragraph(preamble, pscope, text.preamble_heading)
    if text.formula is not None:
        _formula(writer, preamble, pscope, text.formula, "enactingFormula")
    for block in text.preamble:
        # A recital in a container named by its participle, as the resolution's own.
        holder = etree.SubElement(preamble, akn("container"),
                                  name=preambular_name(block.text, writer.lang.code))
        writer.paragraph(holder, pscope, block, writer.opening_marks(block, 0))
    _formula(writer, preamble, pscope, text.agreed, "agreementFormula")


def _formula(writer, parent, scope: IdScope, block, name: str) -> None:
    eid = scope.next("formula")
    formula = etree.SubElement(parent, akn("formula"), name=name, eId=eid)
    writer.paragraph(formula, scope.inside(eid), block)


def _item(writer, parent, scope: IdScope, item) -> None:
    if isinstance(item, Division):
        _division(writer, parent, scope, item)
        return
    # (an unnumbered introductory line "…, and in this regard we:" has its own count)
    eid = scope.paragraph(item.num)
    para = etree.SubElement(parent, akn("paragraph"), eId=eid)
    if item.num is not None:
        etree.SubElement(para, akn("num")).text = item.num
    writer.body_with_points(para, scope.inside(eid), item.block, item.points, item.wrap_up,
                            writer.opening_marks(item.block, 1) if item.num else [])


def _division(writer, parent, scope: IdScope, part: Division) -> None:
    if part.tag == "hcontainer":
        eid = scope.next("hcontainer")
        el = etree.SubElement(parent, akn("hcontainer"), name="subheading", eId=eid)
    else:
        eid = scope.next(part.tag, part.eid_num or part.num)
        el = etree.SubElement(parent, akn(part.tag), eId=eid)
        num = etree.SubElement(el, akn("num"))
        if part.num_block is not None:
            # The numeral's line as printed, with the note it may call ("Part I²").
            write_inline(num, part.num_block, [], scope.inside(eid), writer.note)
        else:
            num.text = part.num
    inner = scope.inside(eid)
    if part.heading is not None:
        writer.heading(el, part.heading, inner)
    if part.subheading is not None:
        write_inline(etree.SubElement(el, akn("subheading")), part.subheading,
                     block_marks(part.subheading, writer.lang, writer.cited), inner, writer.note)
    for item in part.items:
        _item(writer, el, inner, item)
