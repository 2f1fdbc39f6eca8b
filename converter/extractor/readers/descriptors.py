"""A PDF's font descriptors read with pdfminer's parser, for the PDFium reader, which
cannot ask PDFium for a dictionary's entries: what a font's descriptor says of its
descent (see :class:`.pdfium._Fonts`). Only the cross-reference table and the fonts of
the pages asked for are parsed, not the pages' content.

Takes the PDF's bytes; gives, for a page and a font's name, the /Descent its
descriptor holds (in ems), or None when it cannot be read."""
from __future__ import annotations

import io


class Descriptors:
    def __init__(self, data: bytes):
        self.data = data
        self._pages = None
        self._by_page: dict[int, dict[str, float]] = {}

    def descent(self, name: str, number: int) -> float | None:
        """The /Descent of the font named ``name`` (its subset tag aside) on page
        ``number`` (from 1), in ems."""
        if number not in self._by_page:
            self._by_page[number] = self._read(number)
        return self._by_page[number].get(_untagged(name))

    def _read(self, number: int) -> dict[str, float]:
        try:
            return self._fonts(self._page(number))
        except Exception:               # a file pdfminer cannot parse: PDFium's word stands
            return {}

    def _page(self, number: int):
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        if self._pages is None:
            document = PDFDocument(PDFParser(io.BytesIO(self.data)))
            self._pages = PDFPage.create_pages(document)
            self._seen: list = []
        while len(self._seen) < number:
            self._seen.append(next(self._pages))
        return self._seen[number - 1]

    def _fonts(self, page) -> dict[str, float]:
        from pdfminer.pdftypes import resolve1
        from pdfminer.psparser import literal_name
        found: dict[str, float] = {}
        stack, seen = [page.resources], set()
        while stack:
            resources = resolve1(stack.pop())
            if not isinstance(resources, dict) or id(resources) in seen:
                continue
            seen.add(id(resources))
            for font in (resolve1(resolve1(resources.get("Font")) or {}) or {}).values():
                font = resolve1(font)
                if not isinstance(font, dict):
                    continue
                descriptor = resolve1(font.get("FontDescriptor"))
                descendants = resolve1(font.get("DescendantFonts"))
                if descriptor is None and isinstance(descendants, list) and descendants:
                    descriptor = resolve1(resolve1(descendants[0]).get("FontDescriptor"))
                if isinstance(descriptor, dict):
                    name = _untagged(literal_name(resolve1(font.get("BaseFont"))))
                    try:
                        found.setdefault(name, float(resolve1(descriptor.get("Descent", 0))) / 1000)
                    except (TypeError, ValueError):
                        pass
            for xobject in (resolve1(resources.get("XObject")) or {}).values():
                xobject = resolve1(xobject)
                attrs = getattr(xobject, "attrs", None)
                if attrs and literal_name(resolve1(attrs.get("Subtype"))) == "Form":
                    stack.append(attrs.get("Resources"))
        return found


def _untagged(name: str) -> str:
    """A font's name without its subset tag ("BCDEEE+Times" -> "Times")."""
    head, plus, rest = name.partition("+")
    return rest if plus and len(head) == 6 and head.isupper() else name
