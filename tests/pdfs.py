"""Small PDFs written byte by byte for the tests (no PDF library needed)."""
from __future__ import annotations


def minimal_pdf(content: bytes, resources: bytes = b"", extra_objects: list[bytes] = ()) -> bytes:
    """A one-page PDF with the given content stream, with a correct xref table."""
    return pages_pdf([content], resources, extra_objects)


def pages_pdf(contents: list[bytes], resources: bytes = b"", extra_objects: list[bytes] = ()) -> bytes:
    """A PDF with one page per content stream; ``extra_objects`` are numbered from
    5 on when there is one page (as ``resources`` refers to them), else after the pages."""
    n = len(contents)
    first_extra = 3 + 2 * n if n > 1 else 5
    kids = b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(n))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               2: b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n}
    for k, content in enumerate(contents):
        objects[3 + 2 * k] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
                              + resources.replace(b"5 0 R", b"%d 0 R" % first_extra)
                              + b" >> /Contents %d 0 R >>" % (4 + 2 * k))
        objects[4 + 2 * k] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    for k, body in enumerate(extra_objects):
        objects[first_extra + k] = body
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def image_only_pdf() -> bytes:
    """A scanned page: one image, no text."""
    image = b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
    return minimal_pdf(b"q 500 0 0 700 40 70 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>", [image])


def text_pdf(lines: list[str]) -> bytes:
    """A born-digital page of plain Helvetica lines."""
    ops = [b"BT /F1 11 Tf 72 770 Td 14 TL"]
    for line in lines:
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    ops.append(b"ET")
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    return minimal_pdf(b"\n".join(ops), b"/Font << /F1 5 0 R >>", [font])


def two_page_note_pdf() -> bytes:
    """A draft whose footnote 1 starts at the foot of page 1 and ends at the foot of
    page 2, under the short rule, in small type; the marker is raised and smaller."""
    def line(x, y, size, text, rise=0):
        return b"BT /F1 %g Tf %g Ts %g %g Td (%s) Tj ET" % (size, rise, x, y, text)
    page1 = b"\n".join([
        line(154, 700, 10, b"The General Assembly,"),
        line(154, 682, 10, b"Recalling its resolution 70/1 of 25 September 2015, in which it adopted a"),
        line(118, 670, 10, b"comprehensive set of goals and targets, and taking note of the report of"),
        line(118, 658, 10, b"the Secretary-General on the implementation of that resolution and of the"),
        line(118, 646, 10, b"outcome of the review conducted by the high-level political forum"),
        b"BT /F1 10 Tf 118 634 Td (on sustainable development) Tj /F1 6.5 Tf 3.5 Ts (1) Tj "
        b"/F1 10 Tf 0 Ts (,) Tj ET",
        b"0.5 w 118 160 m 218 160 l S",
        b"BT /F1 8 Tf 130 150 Td (1) Tj 12 0 Td (See Official Records of the General Assembly, "
        b"Seventy-first Session, Supplement) Tj ET",
        line(142, 140, 8, b"No. 1 (A/71/1), chap. II, and the summary by the President of the"),
    ])
    page2 = b"\n".join([
        line(154, 780, 10, b"1. Decides to remain seized of the matter and to consider the question at"),
        line(118, 768, 10, b"its seventy-eighth session under the item entitled Sustainable development."),
        b"0.5 w 118 160 m 218 160 l S",
        line(142, 150, 8, b"forum, issued as document A/HLPF/2016/1."),
    ])
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"
    return pages_pdf([page1, page2], b"/Font << /F1 5 0 R >>", [font])


def printed_links_pdf() -> bytes:
    """A page whose footnote separator is printed as underscores and whose links are
    printed as URL lines at the foot (no link annotations), as in the user's text."""
    def line(x, y, size, text):
        return b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, text)
    page = b"\n".join([
        line(154, 700, 10, b"The General Assembly,"),
        line(154, 682, 10, b"Recalling its resolution 70/1 of 25 September 2015 and the United Nations"),
        b"BT /F1 10 Tf 118 670 Td (Millennium Declaration) Tj /F1 6.5 Tf 3.5 Ts (1) Tj "
        b"/F1 10 Tf 0 Ts (,) Tj ET",
        line(154, 652, 10, b"1. Decides to remain seized of the matter."),
        line(118, 160, 10, b"__________________"),
        line(130, 148, 8, b"1 Resolution 55/2."),
        line(118, 120, 6, b"https://undocs.org/en/A/RES/70/1"),
        line(118, 112, 6, b"https://undocs.org/en/A/RES/70/1"),
        line(118, 104, 6, b"https://undocs.org/en/A/RES/55/2"),
    ])
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"
    return pages_pdf([page], b"/Font << /F1 5 0 R >>", [font])


def repeated_marker_pdf() -> bytes:
    """Footnote 1 is called twice: after "70/1" and after "71/1"."""
    sup = b"/F1 6.5 Tf 3.5 Ts (1) Tj /F1 10 Tf 0 Ts"
    page = b"\n".join([
        b"BT /F1 10 Tf 154 700 Td (The General Assembly,) Tj ET",
        b"BT /F1 10 Tf 154 682 Td (Recalling its resolutions 70/1) Tj " + sup +
        b" ( and 71/1) Tj " + sup + b" (,) Tj ET",
        b"BT /F1 10 Tf 154 664 Td (1. Decides to remain seized of the matter.) Tj ET",
        b"0.5 w 118 160 m 218 160 l S",
        b"BT /F1 8 Tf 130 150 Td (1) Tj 12 0 Td (See A/70/PV.4.) Tj ET",
    ])
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"
    return pages_pdf([page], b"/Font << /F1 5 0 R >>", [font])


def unicode_pdf(pages: list[list[tuple[float, float, float, str]]], to_unicode: bool = True) -> bytes:
    """A PDF of any script: one Type0 font (Identity-H) whose ToUnicode map gives each
    character its own glyph id, so pdfminer reads the text exactly as written here (no
    glyph is drawn; only the text layer matters). ``pages`` holds (x, y, size, text)."""
    chars = sorted({c for page in pages for *_, text in page for c in text})
    cid = {c: k + 1 for k, c in enumerate(chars)}
    contents = []
    for page in pages:
        ops = []
        for x, y, size, text in page:
            glyphs = "".join(f"{cid[c]:04X}" for c in text)
            ops.append(f"BT /F1 {size:g} Tf {x:g} {y:g} Td <{glyphs}> Tj ET")
        contents.append("\n".join(ops).encode())
    cmap_lines = [f"<{cid[c]:04X}> <{ord(c):04X}>" for c in chars]
    blocks = ["%d beginbfchar\n%s\nendbfchar" % (len(cmap_lines[i:i + 100]), "\n".join(cmap_lines[i:i + 100]))
              for i in range(0, len(cmap_lines), 100)]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
    n = len(pages)
    first = 3 + 2 * n if n > 1 else 5
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H "
            b"/DescendantFonts [%d 0 R]" % (first + 1)
            + (b" /ToUnicode %d 0 R >>" % (first + 3) if to_unicode else b" >>"))
    descendant = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  b"/FontDescriptor %d 0 R /DW 500 /CIDToGIDMap /Identity >>" % (first + 2))
    descriptor = (b"<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontBBox [0 -200 1000 800] "
                  b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>")
    to_unicode = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    return pages_pdf(contents, b"/Font << /F1 5 0 R >>", [font, descendant, descriptor, to_unicode])


def visual_positions(text: str) -> list[int]:
    """For each character of a right-to-left line, its place counted from the left once
    displayed, by the Unicode bidirectional algorithm (as a word processor lays it out)."""
    from converter.extractor.characters.rtl import visual_order
    place = [0] * len(text)
    for position, index in enumerate(visual_order(text, rtl=True)):
        place[index] = position
    return place


def arabic_pdf(logical_order: bool = False) -> bytes:
    """An Arabic draft, right-aligned at x=500, first lines indented from the right;
    stored in visual order (the default: the line as displayed, left to right) or in
    logical order (one glyph at a time, each at its displayed place)."""
    lines = [(770, 0, "إن الجمعية العامة،"),
             (750, 36, "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015، وإلى"),
             (738, 0, "جميع قراراتها السابقة ذات الصلة،"),
             (718, 36, "1 - تقرر مواصلة النظر في هذه المسألة.")]
    size, advance = 10, 5.0          # DW 500: every glyph 5 pt wide at 10 pt
    page = []
    for y, indent, text in lines:
        left = 500 - indent - len(text) * advance
        place = visual_positions(text)
        if logical_order:
            page += [(left + place[k] * advance, y, size, c) for k, c in enumerate(text)]
        else:
            displayed = "".join(c for _, c in sorted(zip(place, text)))
            page.append((left, y, size, displayed))
    return unicode_pdf([page])


def two_column_pdf() -> bytes:
    """A resolution set in two columns; operative paragraph 1 runs from the foot of the
    left column to the top of the right one."""
    def line(x, y, text):
        return b"BT /F1 10 Tf %g %g Td (%s) Tj ET" % (x, y, text)
    left = [(60, 760, b"The General Assembly,"),
            (78, 740, b"Recalling its resolution 70/1 of 25"), (60, 728, b"September 2015 on"),
            (60, 716, b"sustainable development,"),
            (78, 600, b"Noting with appreciation the report"), (60, 588, b"of the Secretary-General"),
            (60, 576, b"on the question,"),
            (78, 460, b"1. Decides to consider the question"), (60, 448, b"again at its next")]
    right = [(302, 760, b"session;"),
             (320, 742, b"2. Requests the Secretary-General to"), (302, 730, b"report on the"),
             (302, 718, b"implementation of the present"), (302, 706, b"resolution;"),
             (320, 460, b"3. Decides to remain seized of the"), (302, 448, b"matter.")]
    body = [line(x, y, t) for x, y, t in left + right]
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"
    return pages_pdf([b"\n".join(body)], b"/Font << /F1 5 0 R >>", [font])


def lines_pdf(lines: list[tuple | None], right_to_left: bool = False,
              size: float = 10, leading: float = 14, top: float = 790) -> bytes:
    """One page of any script from (x, text) or (x, text, size) lines, top down; None
    leaves a blank line. Right to left: x is the line's right edge and the text is
    stored as displayed (see :func:`visual_positions`). Every glyph is half the type
    size wide."""
    page, y = [], top
    for line in lines:
        if line is not None:
            x, text, line_size = (*line, size) if len(line) == 2 else line
            advance = line_size / 2
            if right_to_left:
                place = visual_positions(text)
                text = "".join(c for _, c in sorted(zip(place, text)))
                x -= len(text) * advance
            page.append((x, y, line_size, text))
        y -= leading
    return unicode_pdf([page])


def report_two_column_pdf() -> bytes:
    """A report's page set in two columns (as A/56/509's pages 2 and 4): a running head in
    the left margin, the transmitted report's title across the page above the columns,
    a left column with paragraphs 1 and 2, a right column with paragraph 3 short of a
    third of the page, its lines on the left column's baselines."""
    def line(x, y, text):
        return b"BT /F1 10 Tf %g %g Td (%s) Tj ET" % (x, y, text)
    prose = [b"the Conference of the Parties to the Convention on", b"Climate Change held its session at Buenos Aires and",
             b"adopted the Plan of Action, which consists of elements", b"to strengthen the implementation of the Convention"]
    left = [(60, 800, b"A/56/509"),
            (84, 770, b"Report of the Executive Secretary on the work of the Conference of the Parties"),
            (60, 730, b"1.   The General Assembly requested the Executive")]
    y = 718
    for k in range(24):
        if k == 12:
            left.append((60, y, b"Secretary to report at its fifty-sixth session."))
            left.append((60, y - 18, b"2.   The Conference of the Parties to the Convention"))
            y -= 30
        left.append((60, y, prose[k % 4]))
        y -= 12
    right = [(312, 730, b"3.   The fifth session of the Conference of the Parties")]
    right += [(312, 718 - 12 * k, prose[k % 4]) for k in range(9)]
    right.append((312, 610, b"was held at Bonn, and it advanced the Plan of Action."))
    body = [line(x, y, t) for x, y, t in left + right]
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"
    return pages_pdf([b"\n".join(body)], b"/Font << /F1 5 0 R >>", [font])
