"""Chinese (and Japanese) lines: no word spaces where the page has none.

Chinese puts no space between words, nor between a character and a Latin word or a
number ("2015年9月25日第70/1号决议"). A word processor still sets a little room between a
Han character and a Latin letter or digit (Word's "adjust space between Asian and Latin
text", LibreOffice's autospace), and pdfminer reads that room as a word space: "2015 年 9
月". A space pdfminer inserted (no glyph printed there) between a CJK character and
another, a Latin letter or a digit is that room, and is dropped; a space the PDF prints
("议程项目 68") stays, and so does one before a bracket or other punctuation.

Takes the pages' lines (:class:`.page.Line`); changes them in place.
"""
from __future__ import annotations

import re

from ..page import Line, Page

CJK = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# What a CJK character is set against without a space in Chinese text: another, a Latin
# letter or a digit. In another language's text (a Chinese term quoted in an English
# report) only another: the spaces around the term are the sentence's.
_JOINED = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                     "\uff00-\uffefA-Za-z0-9\u00c0-\u024f]")


def drop_autospace(pages: list[Page], chinese: bool) -> None:
    """``chinese``: the document is in Chinese."""
    joined = _JOINED if chinese else CJK
    for page in pages:
        if not _prints_cjk(page):
            continue                 # no CJK character on the page (most pages)
        for k, line in enumerate(page.lines):
            if not any(CJK.match(c.text) for c in line.chars if c.font):
                continue
            chars = line.chars
            kept = []
            for i, c in enumerate(chars):
                if c.font is None and c.text == " ":
                    before = next((p for p in reversed(chars[:i]) if p.font), None)
                    after = next((n for n in chars[i + 1:] if n.font), None)
                    left = before.text[-1:] if before is not None else ""
                    right = after.text[:1] if after is not None else ""
                    if (CJK.match(left) and joined.match(right)) or \
                            (CJK.match(right) and joined.match(left)):
                        continue
                kept.append(c)
            if len(kept) != len(chars):
                page.lines[k] = Line(line.page, kept, rotated=line.rotated, drawn=line.drawn,
                                     column_left=line.column_left)


def _prints_cjk(page: Page) -> bool:
    """Whether a character of the page is a CJK one: in a line's text, or the one CJK
    white space (U+3000, an ideographic space) at either end of a line, which its text
    leaves out (searched among the characters there, up to the first that prints)."""
    if CJK.search("\n".join([line.text for line in page.lines])):
        return True
    for line in page.lines:
        first, last = line.chars[0].text, line.chars[-1].text
        if first[:1] and not first[0].isspace() and last[-1:] and not last[-1].isspace():
            continue                 # (it starts and ends with what prints: nothing left out)
        for end in (line.chars, reversed(line.chars)):
            for c in end:
                if "\u3000" in c.text:
                    return True
                if c.text.strip():
                    break
    return False
