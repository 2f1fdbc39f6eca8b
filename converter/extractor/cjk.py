"""Chinese (and Japanese) lines: no word spaces where the page has none.

Chinese puts no space between words, nor between a character and a Latin word or a
number ("2015年9月25日第70/1号决议"). A word processor still sets a little room between a
Han character and a Latin letter or digit (Word's "adjust space between Asian and Latin
text", LibreOffice's autospace), and pdfminer reads that room as a word space: "2015 年 9
月". A space pdfminer inserted (no glyph printed there) next to a CJK character is that
room, and is dropped; a space the PDF prints ("议程项目 68") stays.

Takes the pages' lines (:class:`.page.Line`); changes them in place.
"""
from __future__ import annotations

import re

from .page import Line, Page

CJK = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def drop_autospace(pages: list[Page]) -> None:
    for page in pages:
        for k, line in enumerate(page.lines):
            if not any(CJK.match(c.text) for c in line.chars if c.font):
                continue
            chars = line.chars
            kept = []
            for i, c in enumerate(chars):
                if c.font is None and c.text == " ":
                    before = next((p for p in reversed(chars[:i]) if p.font), None)
                    after = next((n for n in chars[i + 1:] if n.font), None)
                    if (before is not None and CJK.match(before.text[-1:])) or \
                            (after is not None and CJK.match(after.text[:1])):
                        continue
                kept.append(c)
            if len(kept) != len(chars):
                page.lines[k] = Line(line.page, kept, rotated=line.rotated, drawn=line.drawn,
                                     column_left=line.column_left)
