"""Link targets: which printed words a UN document link belongs to.

A PDF link to ``https://undocs.org/fr/A/RES/70/1`` covers the printed "70/1" of
"résolution 70/1"; one to ``…/A/CONF.157/24(PartI)`` covers "A/CONF.157/24 (Part I)".
When the PDF gives only the URL (text input), the printed form is found from the symbol.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlparse

from ...model import Block, Footnote, Link

URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
# A web address printed in the text: "Available at www.un.org/…", "See https://…".
PRINTED_URL = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"\ue000-\uefff]+")
_TRAILING = ".,;:!?»”’'\""
_LANG_SEGMENT = re.compile(r"^(?:ar|zh|en|fr|ru|es)$", re.IGNORECASE)
# The part of a resolution symbol that is printed after "resolution": A/RES/70/1 -> 70/1,
# A/HRC/RES/47/9 -> 47/9, S/RES/2334(2016) -> 2334 (2016).
_RESOLUTION = re.compile(r"^(?:[A-Z]+/)*RES/(?P<short>.+)$")


@lru_cache(maxsize=4096)
def symbol_of(url: str) -> str | None:
    """The UN document symbol a URL points to, when it is an undocs-style link
    (``https://host/{lang}/{symbol}``); None otherwise."""
    try:
        parsed = urlparse(url)
    except ValueError:              # "https://host[": a bracket a text put after a host
        return None
    parts = unquote(parsed.path).strip("/").split("/")
    if len(parts) >= 2 and _LANG_SEGMENT.match(parts[0]):
        parts = parts[1:]
    symbol = "/".join(parts)
    return symbol if re.match(r"^[A-Z]+(?:\.\d+)?/", symbol) else None


@lru_cache(maxsize=4096)
def printed_forms(symbol: str) -> tuple[str, ...]:
    """The ways a symbol may be printed, most specific first."""
    forms = [symbol]
    match = _RESOLUTION.match(symbol)
    if match:
        forms.append(match.group("short"))
    return tuple(forms)


@lru_cache(maxsize=4096)
def form_regex(form: str) -> re.Pattern:
    """A regex for ``form`` as printed: the URL drops spaces ("(PartI)"), so a space
    may stand between any two characters; not inside a longer symbol or number."""
    body = r"\s?".join(re.escape(c) for c in form)
    return re.compile(rf"(?<![\w/.]){body}(?![\w]|/\w|\.\d)")


def find_link_targets(text: str, url: str) -> list[tuple[int, int]]:
    """Every span of ``text`` that the link ``url`` belongs to."""
    symbol = symbol_of(url)
    if symbol is None:
        return []
    for form in printed_forms(symbol):
        spans = [m.span() for m in form_regex(form).finditer(text)]
        if spans:
            return spans
    return []


_EVERYWHERE = 200       # links whose reference is looked for beyond their own page


def attach_printed_urls(blocks: list[Block], footnotes: list[Footnote],
                        urls: list[tuple[str, int]], warnings: list[str]) -> None:
    """Wrap the printed reference that each URL printed as text belongs to, looking
    first at the page the URL was printed on (body and notes), then anywhere. A URL
    that some text already links to (from a PDF link annotation) needs nothing."""
    by_page: dict[int, list[Block]] = {}
    for block in blocks:
        for page in range(block.first_page, block.last_page + 1):
            by_page.setdefault(page, []).append(block)
    notes_by_page: dict[int, list[Block]] = {}
    for note in footnotes:
        notes_by_page.setdefault(note.block.first_page, []).append(note.block)
    everywhere = blocks + [f.block for f in footnotes]
    searched_everywhere = 0
    seen = set()
    for url, page in urls:
        if (url, page) in seen:
            continue        # each link is printed once or twice
        seen.add((url, page))
        on_page = by_page.get(page, []) + notes_by_page.get(page, [])
        if any(l.href == url for b in on_page for l in b.links):
            continue
        if _link_all(on_page, url):
            continue
        # A reference printed on another page than its link is rare; each such search
        # reads the whole document: past a few hundred, a text made of unmatched links
        # would cost its length times their number.
        searched_everywhere += 1
        if searched_everywhere > _EVERYWHERE or not _link_all(everywhere, url):
            warnings.append(f"link {url}: no printed reference found for it")


def _link_all(blocks: list[Block], url: str) -> bool:
    found = False
    for block in blocks:
        for start, end in find_link_targets(block.text, url):
            if not any(l.start < end and start < l.end for l in block.links):
                block.links.append(Link(start, end, url))
                found = True
    for block in blocks:
        block.links.sort(key=lambda l: l.start)
    return found


def is_link_line(url: str) -> bool:
    """Whether a URL printed alone on a line is a link target a reader repeated (the
    user's text dumps list each link of a page at its foot) rather than document text:
    only the links of UN document symbols are, since they belong to a printed symbol."""
    return symbol_of(url) is not None


def _printed_url_end(text: str, start: int, end: int) -> int:
    """The end of a printed URL without the sentence punctuation after it; a closing
    bracket stays only when the URL opened it."""
    while end > start:
        last = text[end - 1]
        if last in _TRAILING or last in ")]" and \
                text.count("(" if last == ")" else "[", start, end) < \
                text.count(last, start, end):
            end -= 1
        else:
            break
    return end


def href_of(printed: str) -> str:
    """A full URL for a printed address: "www.un.org/x" -> "https://www.un.org/x"."""
    return printed if re.match(r"https?://", printed) else "https://" + printed


def link_printed_urls(block: Block) -> None:
    """Each web address printed in the block becomes a link to itself, unless a link
    (from the PDF's annotations) already covers it. A link to the address itself that
    covers only part of it (a word processor linked the end of its first line and the
    next line, A/79/924) is widened to the whole address."""
    # (an address starts "http" or "www.": most blocks print none, and are not searched)
    printed = PRINTED_URL.finditer(block.text) if "http" in block.text or "www." in block.text \
        else ()
    for match in printed:
        start = match.start()
        end = _printed_url_end(block.text, start, match.end())
        if end - start < 5:
            continue
        href = href_of(block.text[start:end])
        over = [l for l in block.links if l.start < end and start < l.end]
        if over and all(l.href == href for l in over):
            block.links[:] = [l for l in block.links if all(l is not o for o in over)]
            over = []
        if not over:
            block.links.append(Link(start, end, href))
    block.links.sort(key=lambda l: l.start)
