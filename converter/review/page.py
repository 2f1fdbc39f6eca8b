"""One self-contained HTML review page for a converted document.

The page as printed (each page an embedded PNG), the boxes of the elements drawn over
it and coloured by role, the AKN beside it, linked both ways: a click on a box selects
its element (eId, path), a click on an element shows its boxes. Doubts, warnings and
validation problems are marked where they are. No network, no server: scripts, styles
and images are all in the one file.

Takes the AKN tree, its layout (:mod:`.layout`; None for text input: the text alone),
the PDF's bytes (for the images) and the validator's problems; gives the HTML.
"""
from __future__ import annotations

import base64
import html
import json
import re
from pathlib import Path

from lxml import etree

from ..namespaces import AKN_NS, SOURCE_NS
from .layout import reference
from .render import RenderError, render

ASSETS = Path(__file__).parent / "assets"
SUFFIX = ".review.html"
# Doubts and the element that shows what was inferred.
_DOUBT_AT = {"title": "docTitle", "symbol": "docNumber", "date": "docDate", "kind": "docType"}
# An eId cited in a message: "para_12", "preamble__p_3__ref_2", "att_1__preface__p_1".
_EID = re.compile(r"(?<![\w#/])[A-Za-z][A-Za-z0-9]*(?:__?[A-Za-z0-9][A-Za-z0-9.\-]*)+")
_FOOTNOTE = re.compile(r"\bfootnote (\S+?):? ")
_PAGE = re.compile(r"\bpages? (\d+)")


def name_beside(xml: Path) -> Path:
    """``OUT.xml`` -> ``OUT.review.html``."""
    stem = xml.name[:-4] if xml.name.lower().endswith(".xml") else xml.name
    return xml.with_name(stem + SUFFIX)


def review_page(tree, layout: dict | None, pdf: bytes | None, problems=(),
                notice: str | None = None) -> bytes:
    """The review page of ``tree`` (an lxml tree) as UTF-8 HTML. ``notice``: a line to
    show at the top (why the pages are missing, for instance)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    notices = [notice] if notice else []
    images = []
    if layout is not None and pdf is not None:
        try:
            images = render(pdf)
        except RenderError as error:
            notices.append(f"the pages could not be shown: {error}")
    elif layout is None:
        notices.append("text input (or no layout beside the XML): the text alone, no pages")
    boxed = {e["ref"] for e in layout["elements"]} if layout else set()
    info = _summary(root, problems)
    data = {
        "pages": [{**p, "image": any(i.number == p["number"] for i in images)}
                  for p in (layout or {}).get("pages", [])] if images else [],
        "elements": layout["elements"] if layout and images else [],
        "dropped": layout["dropped"] if layout and images else [],
        "issues": issues(root, layout if images else None, problems),
        "summary": info,
    }
    pages = "".join(_page_html(i) for i in images)
    body = (ASSETS / "review.html").read_text(encoding="utf-8")
    fills = {
        "TITLE": html.escape(f"Review: {info['file'] or info['symbol'] or 'document'}"),
        "CSS": (ASSETS / "review.css").read_text(encoding="utf-8"),
        "JS": (ASSETS / "review.js").read_text(encoding="utf-8"),
        "DATA": json.dumps(data, ensure_ascii=False).replace("</", "<\\/"),
        "HEADER": _header_html(info, notices),
        "PAGES": pages,
        "XML": xml_html(root, boxed),
        "MODE": "with-pages" if images else "text-only",
    }
    return re.sub(r"@@(\w+)@@", lambda m: fills[m.group(1)], body).encode("utf-8")


def _page_html(image) -> str:
    src = "data:image/png;base64," + base64.b64encode(image.png).decode("ascii")
    return (f'<div class="page" id="page-{image.number}" data-n="{image.number}">'
            f'<div class="pno">page {image.number}</div>'
            f'<div class="sheet" style="max-width:{round(image.width * 1.3)}px">'
            f'<img alt="page {image.number}" width="{image.width}" height="{image.height}" '
            f'src="{src}"></div></div>')


def _first(root, path: str) -> str | None:
    found = root.xpath(path, namespaces={"a": AKN_NS, "src": SOURCE_NS})
    return str(found[0]) if found else None


def _summary(root, problems) -> dict:
    errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
    return {
        "file": _first(root, "//a:proprietary/src:source/@file"),
        "type": _first(root, "//a:proprietary/src:source/@type"),
        "symbol": _first(root, "//a:FRBRWork/a:FRBRalias[@name='symbol']/@value")
        or _first(root, "//a:FRBRWork/a:FRBRnumber/@showAs"),
        "title": _first(root, "//a:FRBRWork/a:FRBRalias[@name='title']/@value"),
        "date": _first(root, "//a:FRBRWork/a:FRBRdate/@date"),
        "pages": _first(root, "//a:proprietary/src:source/@pages"),
        "identity": _first(root, "//a:proprietary/src:source/@identity"),
        "valid": not errors,
        "errors": len(errors),
    }


def _header_html(info: dict, notices: list[str]) -> str:
    e = html.escape
    verdict = "valid" if info["valid"] else f"invalid: {info['errors']} error(s)"
    parts = [f'<h1>{e(info["symbol"] or info["file"] or "document")}</h1>',
             f'<span class="chip">{e(info["type"] or "?")}</span>',
             f'<span class="chip {"ok" if info["valid"] else "bad"}">{verdict}</span>']
    if info["date"]:
        parts.append(f'<span class="chip">{e(info["date"])}</span>')
    if info["pages"]:
        parts.append(f'<span class="chip">{e(info["pages"])} pages</span>')
    if info["title"]:
        parts.append(f'<div class="doctitle">{e(info["title"])}</div>')
    if info["file"]:
        parts.append(f'<div class="file">{e(info["file"])}</div>')
    parts += [f'<div class="notice">{e(n)}</div>' for n in notices]
    return "".join(parts)


# -- the AKN beside the page ---------------------------------------------------------
def xml_html(root, boxed: set[str]) -> str:
    """The AKN as indented, escaped XML; each element a ``span.e`` (its tag in
    ``data-t``; ``data-ref`` when it has an eId or a layout, ``data-box`` when it has
    a layout), the metadata folded away."""
    out: list[str] = []
    esc = html.escape

    def name(el) -> str:
        q = etree.QName(el)
        return f"{el.prefix}:{q.localname}" if el.prefix else q.localname

    def start_tag(el, close: bool) -> str:
        attrs = "".join(f' <span class="an">{esc(_attr_name(el, k))}</span>="'
                        f'<span class="av">{esc(v)}</span>"' for k, v in el.attrib.items())
        if el is root:
            attrs += f' <span class="an">xmlns</span>="<span class="av">{AKN_NS}</span>"'
        return f'<span class="tg">&lt;{name(el)}{attrs}{"/" if close else ""}&gt;</span>'

    def element_only(el) -> bool:
        return len(el) > 0 and not (el.text or "").strip() and \
            all(not (c.tail or "").strip() for c in el)

    def emit(el, depth: int) -> None:
        if not isinstance(el.tag, str):           # a comment or processing instruction
            out.append(f'<span class="cm">{esc(str(el))}</span>')
            return
        ref, eid = reference(el)
        attrs = f' data-t="{esc(etree.QName(el).localname)}"'
        if eid or ref in boxed:
            attrs += f' data-ref="{esc(ref)}"'
        if ref in boxed:
            attrs += ' data-box="1"'
        meta = etree.QName(el).localname == "meta"
        if meta:
            out.append('<details class="meta"><summary>meta (identification, references, '
                       'warnings…)</summary>')
        out.append(f'<span class="e"{attrs}>')
        if not len(el) and not el.text:
            out.append(start_tag(el, True))
        elif element_only(el):
            out.append(start_tag(el, False))
            for child in el:
                out.append("\n" + "  " * (depth + 1))
                emit(child, depth + 1)
            out.append("\n" + "  " * depth + f'<span class="tg">&lt;/{name(el)}&gt;</span>')
        else:
            out.append(start_tag(el, False) + f'<span class="tx">{esc(el.text or "")}</span>')
            for child in el:
                emit(child, depth + 1)
                if child.tail:
                    out.append(f'<span class="tx">{esc(child.tail)}</span>')
            out.append(f'<span class="tg">&lt;/{name(el)}&gt;</span>')
        out.append("</span>")
        if meta:
            out.append("</details>")
    emit(root, 0)
    return "".join(out)


def _attr_name(el, key: str) -> str:
    if key.startswith("{"):
        ns, local = key[1:].split("}")
        prefix = next((p for p, u in el.nsmap.items() if u == ns and p), None)
        return f"{prefix}:{local}" if prefix else local
    return key


# -- doubts, warnings and problems, where they are -----------------------------------
def issues(root, layout: dict | None, problems=()) -> list[dict]:
    """Each doubt, warning and validation problem with the element it is about (the
    nearest one with a box, ``ref``) and its page, when the message says: an eId it
    cites, a note ("footnote 3: …"), a page ("page 4 …"); a doubt by what it doubts
    (the title: the docTitle). Unplaced ones are listed all the same."""
    boxes = {e["ref"]: e for e in (layout or {}).get("elements", [])}
    by_eid = {el.get("eId"): el for el in root.iter() if isinstance(el.tag, str) and el.get("eId")}

    def placed(el) -> str | None:
        """The ref of ``el`` or of the nearest element around or inside it with a box."""
        for candidate in [el, *el.iterancestors()]:
            ref = reference(candidate)[0]
            if ref in boxes:
                return ref
        for candidate in el.iterdescendants():
            ref = reference(candidate)[0] if isinstance(candidate.tag, str) else None
            if ref in boxes:
                return ref
        return None

    def where(text: str, el=None) -> dict:
        if el is None:
            for token in _EID.findall(text):
                if token in by_eid:
                    el = by_eid[token]
                    break
        if el is None and (note := _FOOTNOTE.search(text)):
            el = next((n for n in root.iter(f"{{{AKN_NS}}}authorialNote")
                       if n.get("marker") == note.group(1)), None)
        if el is None:
            ref = None
        elif boxes:
            ref = placed(el)
        else:                      # no pages (text input): the element in the AKN pane
            holder = next((a for a in [el, *el.iterancestors()] if a.get("eId")), None)
            ref = holder.get("eId") if holder is not None else None
        page = boxes[ref]["boxes"][0][0] if ref in boxes else None
        if page is None and (number := _PAGE.search(text)):
            page = int(number.group(1))
        return {"ref": ref, "eId": el.get("eId") if el is not None else None, "page": page}

    out = []
    body = [el for el in root.iter() if isinstance(el.tag, str)
            and not any(etree.QName(a).localname == "meta" for a in el.iterancestors())]
    for doubt in root.iter(f"{{{SOURCE_NS}}}doubt"):
        about = doubt.get("about") or ""
        tag = f"{{{AKN_NS}}}{_DOUBT_AT.get(about, '')}"
        el = next((x for x in body if x.tag == tag), None)
        out.append({"kind": "doubt", "about": about, "text": f"the {about}: {doubt.text or ''}",
                    **where(doubt.text or "", el)})
    for warning in root.iter(f"{{{SOURCE_NS}}}warning"):
        out.append({"kind": "warning", "about": "", "text": warning.text or "",
                    **where(warning.text or "")})
    for problem in problems:
        el = by_eid.get(getattr(problem, "eid", None) or "")
        out.append({"kind": getattr(problem, "severity", "error"), "about": "",
                    "text": str(problem), **where(str(problem), el)})
    for issue in out:
        # About the whole document (no date printed, the kind inferred): flagged at the
        # top of the first page, where the masthead says (or does not say) it.
        issue["whole"] = issue["page"] is None and issue["ref"] is None
        if issue["page"] is None and boxes:
            issue["page"] = 1
    return out
