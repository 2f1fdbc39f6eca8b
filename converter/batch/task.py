"""Converting one document of a batch: a pure function of its bytes, run in a worker
(a local process or a Dask worker). It writes nothing; the coordinator writes."""
from __future__ import annotations

import time
from dataclasses import dataclass, field, fields

from lxml import etree

from .. import validator
from ..api import convert_document, extract_bytes, to_bytes
from ..errors import ConversionError, InvalidOutput
from ..failures import reason
from ..namespaces import SOURCE_NS

NS = {"a": validator.AKN_NS}


@dataclass
class Result:
    status: str                      # ok, invalid, failed, skipped, ignored (not a document)
    error: str | None = None
    symbol: str | None = None        # the Work's symbol (or number) and date, as converted
    date: str | None = None
    language: str | None = None
    identity: str | None = None      # printed, given or provisional (no symbol: see docs/markup.md)
    type: str | None = None          # statement/resolution, doc/report, debate … (as written)
    paragraphs: int = 0              # a statement's preambular + operative, a doc's
                                     # body paragraphs, a debate's speeches
    preambular: int = 0
    operative: int = 0
    notes: int = 0
    pages: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)   # the output's, as written in its metadata
    # What was inferred rather than read: "kind", "symbol", "date", "title" (see api.doubts).
    doubts: list[str] = field(default_factory=list)
    ocr: list[int] = field(default_factory=list)        # pages read by OCR (--ocr)
    title: str | None = None         # the Work's title (FRBRalias name="title")
    # Written beside the output (paths relative to OUTDIR): where each element was
    # printed (PDF input; see converter/review/layout.py), the review page (--review).
    layout: str | None = None
    review: str | None = None
    # What the worker hands over for those files (not in the manifest).
    layout_data: dict | None = None
    review_data: bytes | None = None

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("layout_data", "review_data")}


def convert_item(name: str, data: bytes, markup_date: str | None = None,
                 memory_mb: int | None = None, ocr: bool = False,
                 review: bool = False) -> tuple[Result, bytes | None]:
    """(result, XML bytes) for one document; XML is None unless the status is ok.
    ``memory_mb`` is the limit the caller runs it under: past it, MemoryError is left to
    the caller, which reports it outside the limit (a message needs memory too).
    ``review``: the result carries the document's review page too (ok or invalid)."""
    start = time.perf_counter()
    try:
        document = extract_bytes(data, name, ocr=ocr)
        try:
            tree = convert_document(document, markup_date=markup_date)
            status, error, xml, problems = "ok", None, to_bytes(tree), []
        except InvalidOutput as invalid:
            errors = validator.errors(invalid.problems)
            tree, xml, problems = invalid.tree, None, invalid.problems
            status, error = "invalid", f"{len(errors)} problem(s); first: {errors[0]}"
    except ConversionError as failure:
        return Result("failed", str(failure), seconds=time.perf_counter() - start), None
    except MemoryError:
        if memory_mb:
            raise               # the caller reports it once the limit is lifted
        return Result("failed", f"{name}: needs more than the memory available",
                      seconds=time.perf_counter() - start), None
    except Exception as bug:             # a converter bug must not stop the batch
        return Result("failed", f"{name}: cannot be converted: {reason(bug)}",
                      seconds=time.perf_counter() - start), None
    def first(path: str) -> str | None:
        found = tree.xpath(path, namespaces=NS)
        return found[0] if found else None

    preambular = operative = 0
    top = etree.QName(next(c for c in tree.getroot() if isinstance(c.tag, str))).localname
    if top == "statement":
        # Each preambular paragraph sits in a container named by its participle.
        preambular = int(tree.xpath("count(//a:preamble/a:container[not(@name='subheading')]/a:p)",
                                    namespaces=NS))
        # A text adopted inside a paragraph (embeddedStructure) is not the operative part.
        operative = int(tree.xpath(
            "count(//a:mainBody//a:paragraph[not(ancestor::a:embeddedStructure)])", namespaces=NS))
        paragraphs = preambular + operative
    elif top == "debate":
        paragraphs = int(tree.xpath("count(//a:debateBody//a:speech)", namespaces=NS))
    else:                    # a doc: the paragraphs of its body (its annexes' are their own)
        paragraphs = int(tree.xpath("count(/*/*/a:mainBody//a:paragraph)", namespaces=NS))
    result = Result(status, error,
                    symbol=first("//a:FRBRWork/a:FRBRnumber/@showAs"),
                    date=first("//a:FRBRWork/a:FRBRdate/@date"),
                    language=document.language,
                    identity=first("//a:meta/a:proprietary/*[local-name()='source']/@identity"),
                    type=first("//a:meta/a:proprietary/*[local-name()='source']/@type"),
                    paragraphs=paragraphs, preambular=preambular,
                    operative=operative,
                    notes=int(tree.xpath("count(//a:authorialNote)", namespaces=NS)),
                    pages=document.source.pages,
                    seconds=time.perf_counter() - start,
                    warnings=[w.text or "" for w in tree.iter(f"{{{SOURCE_NS}}}warning")],
                    doubts=[d.get("about") for d in tree.iter(f"{{{SOURCE_NS}}}doubt")],
                    ocr=list(document.ocr_pages),
                    title=first("//a:FRBRWork/a:FRBRalias[@name='title']/@value"))
    from ..review.layout import of
    result.layout_data = of(tree)
    if review:
        from ..review.page import review_page
        result.review_data = review_page(tree, result.layout_data, data, problems)
    result.seconds = time.perf_counter() - start
    return result, xml
