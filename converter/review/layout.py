"""The layout sidecar: where each element of an Akoma Ntoso output was printed.

``OUT.xml`` gets ``OUT.layout.json`` beside it (PDF input only; text has no boxes),
never anything inside the AKN. Its content::

    {"format": "akn-layout/1",
     "source": {"file": "A_80_1.pdf", "sha256": "…", "pages": 20, "input": "in/A_80_1.pdf"},
     "pages": [{"number": 1, "width": 595.3, "height": 841.9, "ocr": false}, …],
     "elements": [{"ref": "para_1", "eId": "para_1", "tag": "p", "role": "paragraph",
                   "path": "/akomaNtoso/doc/mainBody/paragraph[1]/content/p",
                   "boxes": [[1, 72.0, 500.1, 523.3, 540.2], …]}, …],
     "dropped": [{"box": [1, 85.0, 65.4, 151.0, 75.4], "text": "25-01234 (E)"}, …]}

A box is ``[page, x0, y0, x1, y1]`` in PDF points from the bottom-left corner of the
page as it is shown (its CropBox, which renderers draw; the extractor reads in the
MediaBox's points, see :func:`_shown`), and a page's width and height are those shown.
``ref`` names the element: its eId, or for an element without one (a ``heading``)
the nearest eId above it and the way down (``sec_1/heading``). ``role`` is what a
review page colours it by: preface, preamble, operative, paragraph, heading, note,
call (where a note is called; the element is the ``authorialNote``), table, figure,
signature.

The structurer notes (element, boxes) as it writes (:class:`Writer.layout`); the
element's eId and path are read once the tree is whole, so that nothing renamed or
moved later goes astray. lxml trees carry no Python attributes, so what the writer
noted waits here, by tree, for the caller that writes the output (:func:`of`).
"""
from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from ..cli_io import write_atomically
from ..namespaces import AKN_NS

FORMAT = "akn-layout/1"
SUFFIX = ".layout.json"
ROLES = ("preface", "preamble", "operative", "paragraph", "heading", "note", "call",
         "table", "figure", "signature")

# The last trees built in this process and what their writers noted: (root, records,
# document). Few: a caller asks right after the build (an invalid build and its generic
# fallback are two).
_KEPT: list[tuple] = []
_KEEP = 3


def keep(root, records: list, doc) -> None:
    """What the writer of ``root`` noted (its ``layout``), kept until :func:`of` asks.
    Nothing for a document with no printed pages (text input)."""
    if getattr(doc, "printed", None) is None:
        return
    _KEPT.append((root, lambda input: sidecar(root, records, doc, input)))
    del _KEPT[:-_KEEP]


def keep_sidecar(root, layout: dict | None) -> None:
    """A sidecar made elsewhere (in the child process that converted, see
    converter/timelimit.py) for the tree ``root`` rebuilt here from its XML."""
    if layout is not None:
        _KEPT.append((root, lambda input: {**layout, "source": {**layout["source"], "input": input}}))
        del _KEPT[:-_KEEP]


def of(tree, input: str | None = None) -> dict | None:
    """The sidecar of a tree just built in this process (and forgotten here), or None
    (text input, or a tree not built here). ``input``: the path of the input, recorded
    for ``akn review OUT.xml`` to find the pages."""
    root = tree.getroot()
    for k, (kept, make) in enumerate(_KEPT):
        if kept is root:
            del _KEPT[k]
            return make(input)
    return None


def sidecar(root, records: list, doc, input: str | None = None) -> dict:
    printed, src = doc.printed, doc.source
    ocr = set(doc.ocr_pages)
    shown = _shown(printed)
    elements, seen = [], set()
    for el, boxes, what in records:
        if _root_of(el) is not root or (id(el), what) in seen:
            continue                       # taken out of the tree after it was written
        seen.add((id(el), what))
        if boxes and not (boxes := shown(boxes)):
            continue                       # printed outside the page as shown
        ref, eid = reference(el)
        elements.append({"ref": ref, "eId": eid, "tag": etree.QName(el).localname,
                         "role": "call" if what == "call" else role(el),
                         "path": element_path(el), "boxes": boxes})
    cover, used = _cover_lines(root, printed, {i for i, _ in seen}, shown)
    elements[:0] = cover
    sizes = {n: _size(printed.visible[n]) if n in printed.visible else size
             for n, size in printed.sizes.items()}
    return {
        "format": FORMAT,
        "source": {"file": src.name, "sha256": src.sha256, "pages": src.pages, "input": input},
        "pages": [{"number": n, "width": w, "height": h, "ocr": n in ocr}
                  for n, (w, h) in sorted(sizes.items())],
        "elements": elements,
        "dropped": [{"box": boxes[0], "text": text} for k, (box, text) in enumerate(printed.dropped)
                    if k not in used and (boxes := shown([box]))],
    }


def _size(visible) -> tuple[float, float]:
    x0, y0, x1, y1 = visible
    return round(x1 - x0, 1), round(y1 - y0, 1)


def _shown(printed):
    """Boxes as read (the points of the page's lines, from its MediaBox's corner) to
    boxes as shown: from the corner of a page's CropBox when it has one of its own, cut
    to it; a box wholly outside (printed where no reader sees it) is left out."""
    def convert(boxes) -> list[list]:
        out = []
        for page, x0, y0, x1, y1 in boxes:
            if page not in printed.visible:
                out.append([page, x0, y0, x1, y1])
                continue
            left, bottom, right, top = printed.visible[page]
            a0, b0 = max(x0, left) - left, max(y0, bottom) - bottom
            a1, b1 = min(x1, right) - left, min(y1, top) - bottom
            if a1 > a0 and b1 > b0:
                out.append([page, *(round(v, 1) for v in (a0, b0, a1, b1))])
        return out
    return convert


def _root_of(el):
    while el.getparent() is not None:
        el = el.getparent()
    return el


def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def reference(el) -> tuple[str, str | None]:
    """(ref, eId): the element's eId, or the nearest eId above it and the way down."""
    eid = el.get("eId")
    if eid:
        return eid, eid
    steps, holder = [], el
    while holder is not None and not holder.get("eId"):
        steps.append(_step(holder))
        holder = holder.getparent()
    base = holder.get("eId") if holder is not None else ""
    return f"{base}/{'/'.join(reversed(steps))}" if base else element_path(el), None


def _step(el) -> str:
    name = _local(el)
    parent = el.getparent()
    if parent is not None:
        same = [s for s in parent if s.tag == el.tag]
        if len(same) > 1:
            name += f"[{same.index(el) + 1}]"
    return name


def element_path(el) -> str:
    """ "/akomaNtoso/doc/mainBody/paragraph[2]/content/p" (as the validator says it)."""
    parts = []
    while el is not None:
        parts.append(_step(el))
        el = el.getparent()
    return "/" + "/".join(reversed(parts))


_DOCUMENTS = {"statement", "doc", "debate", "amendment", "act", "bill", "judgment",
              "debateReport", "officialGazette", "documentCollection"}


def role(el) -> str:
    """What a review page colours an element by, from where it stands in the tree."""
    tag = _local(el)
    up = []
    for a in el.iterancestors():
        name = _local(a)
        if name in _DOCUMENTS:
            document = name
            break
        up.append(name)
    else:
        document = ""
    if "authorialNote" in up:
        return "note"
    if tag == "table" or "table" in up:
        return "table"
    if tag == "p" and el.find(f"{{{AKN_NS}}}img") is not None:
        return "figure"
    if tag in ("heading", "subheading", "num") or any(
            _local(a) == "container" and a.get("name") == "subheading" for a in el.iterancestors()):
        return "heading"
    if "coverPage" in up or "preface" in up:
        return "preface"
    if "preamble" in up:
        return "preamble"
    if "conclusions" in up or el.find(f".//{{{AKN_NS}}}signature") is not None:
        return "signature"
    if document == "statement" and "mainBody" in up:
        return "operative"
    return "paragraph"


def _text(el) -> str:
    """An element's words, its notes left out, spaces made single."""
    parts = [el.text or ""]
    for child in el:
        if _local(child) != "authorialNote":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _cover_lines(root, printed, placed: set[int], shown) -> tuple[list[dict], set[int]]:
    """The cover page's lines (the masthead as printed, one ``p`` each) with the
    masthead lines they were read from, matched by their words in order; the job
    number's line with the furniture line it is (set apart: it is no longer dropped);
    then the preface's lines written from masthead lines (a record's title, date and
    place), matched by their words anywhere in the masthead. ``placed``: the ids of the
    elements the writer placed already; ``shown``: boxes as read to boxes as shown."""
    out: list[dict] = []
    used: set[int] = set()
    lines = [(box, " ".join(text.split())) for box, text in printed.masthead]

    def matched(text: str, start: int) -> tuple[list, int]:
        for first in range(start, len(lines)):
            joined, end = "", first
            while end < len(lines) and len(joined) < len(text):
                joined = f"{joined} {lines[end][1]}".strip()
                end += 1
            # A symbol's note call ("S/RES/2776 (2025)*") is the note's, not the line's.
            if text and (joined == text or joined.startswith(text) and 0 < len(joined) - len(text) <= 3):
                return [box for box, _ in lines[first:end]], end
        return [], start

    def add(p, boxes) -> None:
        ref, eid = reference(p)
        out.append({"ref": ref, "eId": eid, "tag": "p", "role": "preface",
                    "path": element_path(p), "boxes": boxes})
    cover = root.find(f".//{{{AKN_NS}}}coverPage")
    k = 0
    for p in cover.iter(f"{{{AKN_NS}}}p") if cover is not None else ():
        text, boxes = _text(p), []
        if p.find(f"{{{AKN_NS}}}docketNumber") is not None:
            for n, (box, line) in enumerate(printed.dropped):
                if text and " ".join(line.split()).startswith(text):
                    boxes, _ = [box], used.add(n)
                    break
        else:
            boxes, k = matched(text, k)
        if boxes := shown(boxes):
            add(p, boxes)
    document = next((c for c in root if isinstance(c.tag, str)), None)
    preface = document.find(f"{{{AKN_NS}}}preface") if document is not None else None
    for p in preface.iter(f"{{{AKN_NS}}}p") if preface is not None else ():
        if id(p) not in placed:
            boxes, _ = matched(_text(p), 0)
            if boxes := shown(boxes):
                add(p, boxes)
    return out, used


def name_beside(xml: Path) -> Path:
    """``OUT.xml`` -> ``OUT.layout.json``."""
    stem = xml.name[:-4] if xml.name.lower().endswith(".xml") else xml.name
    return xml.with_name(stem + SUFFIX)


def to_bytes(layout: dict) -> bytes:
    return json.dumps(layout, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_beside(xml: Path, layout: dict | None) -> Path | None:
    """Write the sidecar beside ``xml`` atomically (none when there is no layout: text
    input; a stale one from an earlier conversion of a PDF is removed)."""
    path = name_beside(xml)
    if layout is None:
        path.unlink(missing_ok=True)
        return None
    write_atomically(path, to_bytes(layout))
    return path


def read_beside(xml: Path) -> dict | None:
    """The sidecar beside ``xml``, or None when there is none (or it is not one)."""
    path = name_beside(xml)
    try:
        layout = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return layout if isinstance(layout, dict) and layout.get("format") == FORMAT else None
