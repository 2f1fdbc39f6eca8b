"""Review pages as files: ``akn review`` on one input or one output, and what a batch
writes beside each output (the layout sidecar, the review page) and its index.

Takes paths (or a batch's result); writes each file atomically (temporary file, then
rename), as the outputs are.
"""
from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

from lxml import etree

from ..cli_io import write_atomically
from . import layout as layouts
from .page import name_beside as review_beside, review_page


class ReviewError(Exception):
    """The input cannot be reviewed (unreadable, not AKN)."""


def is_akn(path: Path) -> bool:
    """An output to review (rather than an input to convert): XML by name or content."""
    if path.suffix.lower() == ".xml":
        return True
    try:
        head = path.open("rb").read(512).lstrip()
    except OSError:
        return False
    return head.startswith(b"<?xml") or head.startswith(b"<akomaNtoso")


def review_input(path: Path, ocr: bool = False, language: str | None = None) -> bytes:
    """Convert ``path`` (a PDF or a text) in memory and give its review page (an invalid
    output is reviewed too, with its problems)."""
    from .. import api
    from ..errors import InvalidOutput
    document = api.extract(path, language=language, ocr=ocr)
    try:
        tree, problems = api.convert_document(document), []
    except InvalidOutput as invalid:
        tree, problems = invalid.tree, invalid.problems
    pdf = path.read_bytes() if document.source.kind == "pdf" else None
    return review_page(tree, layouts.of(tree, str(path.resolve())), pdf, problems)


def review_output(xml: Path, pdf: Path | None = None, data: bytes | None = None) -> bytes:
    """The review page of an output already written, with the layout beside it and the
    PDF it names (or ``pdf``, or the PDF's bytes, ``data``: a batch has read them);
    without them, the text alone, saying why."""
    from .. import validator
    try:
        tree = etree.parse(str(xml))
    except (OSError, etree.XMLSyntaxError) as error:
        raise ReviewError(f"{xml}: cannot be read as XML ({error})") from None
    layout = layouts.read_beside(xml)
    notice = None
    if layout is not None:
        named = layout["source"].get("input")
        source = pdf or (Path(named) if named else None)
        if data is None and (source is None or not source.is_file()):
            notice = (f"the PDF converted ({layout['source']['file']}) was not found"
                      f"{f' at {source}' if source else ''}: give it with --pdf")
        else:
            data = source.read_bytes() if data is None else data
            if hashlib.sha256(data).hexdigest() != layout["source"]["sha256"]:
                notice = (f"{source or 'the input'} is not the PDF this output was converted "
                          f"from (its sha256 differs): its pages are not shown")
                data = None
        if data is None:
            layout = None
    else:
        data = None
    problems = validator.validate(tree, explain=False)
    return review_page(tree, layout, data, problems, notice)


def write_review(html: bytes, path: Path) -> Path:
    write_atomically(path, html)
    return path


def default_output(input: Path) -> Path:
    """Where ``akn review`` writes without -o: beside an output (``OUT.review.html``);
    for an input, in the current folder (``NAME.review.html``; the input's folder may
    be an archive's, read-only)."""
    if is_akn(input):
        return review_beside(input)
    return Path.cwd() / f"{input.stem}.review.html"


# -- a batch ----------------------------------------------------------------------
def write_beside(outdir: Path, key: str, output: str | None, result, wrote_xml: bool) -> None:
    """Write what the worker made beside ``output`` (relative to ``outdir``): the layout
    sidecar when the XML was written, the review page whenever there is one (an
    invalid output's too). Their relative paths go to ``result.layout`` and
    ``result.review``, for the manifest; the payloads are dropped."""
    layout, html = result.layout_data, result.review_data
    result.layout_data = result.review_data = None
    if output is None:
        return
    xml = outdir / output
    if wrote_xml and layout is not None:
        # Where the PDF is, for `akn review OUT.xml` from any folder (an archive's member
        # is named as the manifest names it).
        layout["source"]["input"] = str(Path(key).resolve()) if Path(key).is_file() else key
        layouts.write_beside(xml, layout)
        result.layout = str(PurePosixPath(output).with_name(layouts.name_beside(xml).name))
    if html is not None:
        path = review_beside(xml)
        write_atomically(path, html)
        result.review = str(PurePosixPath(output).with_name(path.name))


def kept_review(outdir: Path, output: str, earlier: dict | None,
                data: bytes | None = None) -> str | None:
    """The review page of an output an earlier run wrote (``--resume`` skips its input):
    the earlier run's when it is still there, else made now from the XML kept, its
    sidecar and the PDF (its bytes, ``data``, or the file the sidecar names), without
    converting again. Its path relative to ``outdir``, or None when the XML is gone or
    unreadable."""
    named = (earlier or {}).get("review")
    if named and (outdir / named).is_file():
        return named
    xml = outdir / output
    if not xml.is_file():
        return None
    try:
        html = review_output(xml, data=data)
    except ReviewError:
        return None
    path = review_beside(xml)
    write_atomically(path, html)
    return str(PurePosixPath(output).with_name(path.name))


def write_index(outdir: Path, entries: list[dict]) -> Path:
    """``outdir/index.html``: a row per manifest line (see :mod:`.index`)."""
    from .index import index_page
    path = outdir / "index.html"
    write_atomically(path, index_page(entries))
    return path
