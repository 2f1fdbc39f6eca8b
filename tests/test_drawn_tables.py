"""Text drawn inside a figure (a PDF form XObject): a table read as a table, a chart's
labels kept as its alternative text. DP/2025/23 draws its budget tables (Table 1 on
page 10, Table 2 on page 15) inside forms; its other figures (pages 5, 7, 8, 11 and the
chart on page 15) are pictures. Every expected figure was read from the PDF with
``pdftotext -layout -f 10 -l 15``, never from the converter's output."""
from __future__ import annotations

from conftest import NS
from test_tables import _rows
from test_kinds import converted

from converter.extractor.layout import figures
from converter.extractor.page import Char, Line


def _dp_tables():
    result = converted("pdf/DP_2025_23-EN.pdf")
    assert result.tree is not None and not result.problems, result.problems
    return result.tree, result.tree.findall(".//a:table", NS)


def _row(table, label: str) -> list[str]:
    """The non-empty cell texts of the row whose first non-empty cell is ``label``."""
    for row in _rows(table):
        texts = [t for _, t in row if t]
        if texts and texts[0] == label:
            return texts
    raise AssertionError(f"no row {label!r}: {[r[0] for r in _rows(table)]}")


def test_tables_drawn_as_figures_are_read():
    tree, tables = _dp_tables()
    assert len(tables) == 2                      # Table 1 (page 10), Table 2 (page 15)
    table1, table2 = tables
    # pdftotext, page 10: "Opening balance b/  357.6  4,512.2  -  4,869.8  245.9 …"
    assert _row(table1, "Opening balance b/") == [
        "Opening balance b/", "357.6", "4,512.2", "-", "4,869.8",
        "245.9", "3,616.6", "-", "3,862.5"]
    assert _row(table1, "3. Balance of resources")[-1] == "1,939.1"
    assert _row(table1, "Contributions")[1:3] == ["2,281.0", "17,208.4"]
    # Page 15: a header row, then Programme, Country/Regional/Global window,
    # Development Effectiveness, UN Development Coordination, Total: 8 rows.
    assert len(table2.findall("a:tr", NS)) == 8
    assert _row(table2, "Regional window") == [
        "Regional window", "155.0", "7.1%", "83.3", "5.1%", "99.6", "8.0%"]
    assert _row(table2, "Global window")[1:] == ["30.7", "1.4%", "18.8", "1.2%", "13.4", "1.1%"]
    # "Total  2,197.6  100.0%  1,617.2 100.0%  1,239.7  100.0%": figures printed close
    # together are cells of their own columns; 7 columns, none empty throughout.
    assert [t for _, t in _rows(table2)[-1]] == [
        "Total", "2,197.6", "100.0%", "1,617.2", "100.0%", "1,239.7", "100.0%"]
    assert all(len(r) == 7 for r in _rows(table2)[1:])
    # One header row (the periods); "Programme", bold, is a body row.
    rows2 = _rows(table2)
    assert [k for k, r in enumerate(rows2) if r[0][0] == "th"] == [0]
    assert rows2[1][0] == ("td", "Programme")
    # The pictures stay noted where they are printed: pages 5, 7, 8, 11 (two), 15.
    srcs = [img.get("src") for img in tree.iterfind(".//a:img", NS)]
    assert [s.rsplit("=", 1)[1] for s in srcs] == ["5", "7", "8", "11", "11", "15"]


def test_a_drawn_table_of_figures_has_the_printed_columns():
    # Page 10 (pdftotext -layout): a label column, then "Regular resources a/", "Other
    # resources", "Cost recovery", "Total resources", "% of Total" for 2022-2025 and
    # the same five for 2026-2029: 11 columns. Dashes stand centred in their cells.
    _, tables = _dp_tables()
    rows = _rows(tables[0])
    widths = {sum(int(c.get("colspan", 1)) for c in tr) for tr in tables[0].iterfind("a:tr", NS)}
    assert widths == {11}
    # Each heading printed on two lines is one cell; "% of / Total" goes with the row
    # whose other cells stand on its second line.
    assert [t for _, t in rows[1]] == [
        "", "Regular resources a/", "Other resources", "Cost recovery", "Total resources", "",
        "Regular resources a/", "Other resources", "Cost recovery", "Total resources", ""]
    assert [t for _, t in next(r for r in rows if r[0][1] == "2. Estimated expenditures")] == [
        "2. Estimated expenditures", "", "", "", "Total", "% of Total",
        "", "", "", "Total", "% of Total"]
    # The headings over the two groups of four columns (the rule under each spans the
    # four): each spans four columns, "% of Total" stands apart.
    assert [(t, int(c.get("colspan", 1))) for c, (_, t) in
            zip(tables[0].find("a:tr", NS), rows[0])] == [
        ("", 1), ("2022-2025 updated estimates", 4), ("", 1),
        ("2026-2029 planning estimates", 4), ("", 1)]
    # A label printed on two lines, the figures on its second: one row.
    assert next(r for r in rows if r[0][1].startswith("Other, including")) == [
        ("td", "Other, including reimbursements for services to other United Nations "
               "organizations, and cost recovery c/"),
        ("td", "356.8"), ("td", "-"), ("td", "1,656.0"), ("td", "2,012.8"), ("td", ""),
        ("td", "256.5"), ("td", "-"), ("td", "1,740.1"), ("td", "1,996.6"), ("td", "")]
    assert [r[0][1] for r in rows if r[0][1].startswith("III.C2.")] == [
        "III.C2.1 - Non-UNDP operations - United Nations Volunteers",
        "III.C2.2 - Non-UNDP operations - United Nations Capital Development Fund",
        "III.C2.3 - Non-UNDP operations - services for United Nations partner organizations"]
    total = next(r for r in rows if r[0][1] == "Total - I. Development/Humanitarian activities")
    assert [t for _, t in total] == [
        "Total - I. Development/Humanitarian activities", "1,931.9", "17,950.6", "720.7",
        "20,603.3", "91.5%", "1,484.0", "17,863.8", "633.1", "19,980.9", "91.4%"]
    dashes = next(r for r in rows if r[0][1] == "III.A2 - Ethics Office")
    assert [t for _, t in dashes][1:] == ["4.0", "-", "1.5", "5.5", "", "3.6", "-", "1.6", "5.2", ""]
    # The header: the two rows over the figures; "1. Resources available" (bold) is
    # the first body row.
    assert [k for k, r in enumerate(rows) if r[0][0] == "th"] == [0, 1]
    assert rows[2][0] == ("td", "1. Resources available")


def test_a_drawn_table_is_no_heading_nor_note():
    # Its row labels "I. Development/Humanitarian activities", "II. …", "III. Enabling
    # functions" stay in the table: the report's own sections I to V are not doubled.
    tree, _ = _dp_tables()
    sections = [s.findtext("a:num", namespaces=NS) for s in tree.iterfind(".//a:section", NS)
                if s.getparent().tag.endswith("mainBody")]
    assert len(sections) == len(set(sections))
    # Page 10's only footnote is the one called from the table title ("2026-2029 1").
    notes = tree.findall(".//a:authorialNote", NS)
    assert any("Includes government contributions" in "".join(n.itertext()) for n in notes)


# -- the rule, on lines made here ----------------------------------------------------

def _line(text: str, x0: float, y0: float, size: float = 6.0) -> Line:
    chars, x = [], x0
    for ch in text:
        w = 0.5 * size
        chars.append(Char(ch, None if ch == " " else "Arial", size, x, x + w, y0, y0 + size))
        x += w
    return Line(1, chars)


def test_rows_of_words_and_figures_read_as_a_table():
    lines = []
    for k, (label, a, b) in enumerate([("Programme", "1,984.6", "90.3%"),
                                       ("Country window", "1,798.9", "81.9%"),
                                       ("Regional window", "155.0", "7.1%"),
                                       ("Global window", "30.7", "1.4%")]):
        y = 300 - 12 * k
        lines += [_line(label, 90, y), _line(a, 250, y), _line(b, 300, y)]
    assert figures.reads_as_text(lines, (80, 200, 400, 320))


def test_a_text_box_reads_as_text():
    lines = [_line("The contributions are expected to decline in the first half", 90, 300),
             _line("of the period and recover slightly in the second half.", 90, 290)]
    assert figures.reads_as_text(lines, (80, 280, 400, 320))


def test_sparse_labels_of_a_chart_are_its_alternative_text():
    # Years along the axis (one row), values over bars at their own heights.
    lines = [_line("2022", 100, 100), _line("2023", 150, 100), _line("2024", 200, 100),
             _line("612", 100, 180), _line("580", 150, 170), _line("555", 200, 150),
             _line("(In millions of United States dollars)", 100, 250)]
    assert not figures.reads_as_text(lines, (80, 90, 300, 260))
    assert figures.labels(lines) == \
        "(In millions of United States dollars) 612 580 555 2022 2023 2024"


def _chart_pdf() -> bytes:
    """A page of body text with a bar chart drawn as a form XObject: three bars, the
    years under them and a value over each, at its own height."""
    from pdfs import minimal_pdf

    def line(x, y, size, text):
        return b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, text)
    body = [line(72, 770 - 14 * k, 11, b"Contributions to regular resources are set out in "
                 b"the figure below, year by year,") for k in range(8)]
    body.append(line(72, 300, 11, b"The figure shows the decline of regular resources."))
    chart = b"\n".join([b"10 10 40 120 re f 70 10 40 100 re f 130 10 40 80 re f",
                        line(15, 135, 7, b"612"), line(75, 115, 7, b"580"), line(135, 95, 7, b"555"),
                        line(15, 0, 7, b"2022"), line(75, 0, 7, b"2023"), line(135, 0, 7, b"2024")])
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 -5 200 150] " \
           b"/Resources << /Font << /F1 5 0 R >> >> /Length %d >>\nstream\n" % len(chart) + \
           chart + b"\nendstream"
    content = b"\n".join(body) + b"\nq 1 0 0 1 150 400 cm /Fm0 Do Q"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return minimal_pdf(content, b"/Font << /F1 5 0 R >> /XObject << /Fm0 6 0 R >>", [font, form])


def test_a_chart_drawn_as_a_form_keeps_its_labels_as_alternative_text():
    from lxml import etree

    from converter.extractor.pdf import extract_pdf
    from converter.structurer.writing.ids import IdRegistry, IdScope
    from converter.structurer.writing.tables import write_figure
    doc = extract_pdf(_chart_pdf(), language="eng", name="chart.pdf")
    figs = [b for b in doc.blocks if b.figure]
    assert [(b.figure, b.figure_alt) for b in figs] == [("chart.pdf#page=1",
                                                          "612 580 555 2022 2023 2024")]
    text = " ".join(b.text for b in doc.blocks)
    assert "2023" not in text and "The figure shows the decline" in text
    img = write_figure(etree.Element("content"), IdScope("", IdRegistry()), figs[0]).find("{*}img")
    assert img.get("alt") == "612 580 555 2022 2023 2024"


def test_a_photographs_caption_stays_with_it_not_in_the_annex_title():
    # A/79/856, page 3 (pdftotext): the annex title, then "Consequences of Russia’s
    # missile attack on civilians in the city of Kryvyi Rih, Dnipropetrovsk region
    # (4 April 2025)" printed right above the photograph.
    result = converted("pdf/A_79_856-EN.pdf")
    annex = result.tree.find(".//a:attachment/a:doc", NS)
    assert [" ".join("".join(p.itertext()).split())[:26]
            for p in annex.iterfind("a:preface/a:p", NS)] == ["Annex to the letter dated "]
    body = annex.findall("a:mainBody/a:paragraph", NS)
    assert " ".join("".join(body[0].itertext()).split()).startswith(
        "Consequences of Russia’s missile attack on civilians in the city of Kryvyi Rih")
    assert body[1].find("a:content/a:p/a:img", NS).get("src") == "A_79_856-EN.pdf#page=3"


def test_markup_doc_table_excerpt_is_the_converter_s_output():
    """docs/markup.md, header rows and spanning headings: DP/2025/23's Table 1 excerpt
    is what the converter writes."""
    from conftest import ROOT
    from lxml import etree
    tree, _ = _dp_tables()
    # as written, each element on its own line; the namespace declared once, at the root
    written = etree.tostring(tree, encoding="unicode").replace(
        ' xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"', "")
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("### Header rows, cells on two lines, spanning headings", 1)[1]
    excerpt = section.split("```xml", 1)[1].split("```", 1)[0]
    lines = [l.strip() for l in excerpt.splitlines() if l.strip().startswith(("<th ", "<p "))]
    assert len(lines) >= 8
    for line in lines:
        assert line in written, line


def test_a_rule_between_two_lines_parts_their_rows():
    # "Other, including … United" over "organizations, … c/   356.8": one row, the
    # lower line going on from the upper; with a rule drawn between them, two rows.
    from converter.extractor.layout.tables import _wraps

    def chars(text, x, y, size=6.0):
        return [Char(ch, "F", size, x + 3 * k, x + 3 * k + 3, y, y + size)
                for k, ch in enumerate(text)]
    above = {0: [chars("Other, including reimbursements", 100, 604)]}
    below = {0: [chars("organizations, and cost recovery c/", 100, 597)],
             1: [chars("356.8", 270, 597)]}
    starts, right = [100.0, 260.0], 300.0
    assert _wraps(above, below, starts, right, [])
    assert not _wraps(above, below, starts, right, [(95.0, 300.0, 603.5)])
    # a rule under the lower line is no rule between them
    assert _wraps(above, below, starts, right, [(95.0, 300.0, 596.5)])
    # a figure runs over no line; a number starts an entry of its own
    assert not _wraps({0: [chars("12.5", 100, 604)]}, below, starts, right, [])
    assert not _wraps(above, {0: [chars("III.C2.2 - Non-UNDP", 100, 597)],
                              1: [chars("9.2", 270, 597)]}, starts, right, [])
