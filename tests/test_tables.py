"""Tables printed in real UN PDFs come out as AKN ``table`` (rows, header cells, data
cells, each cell's text in a ``p``), images as an ``img`` noted in place; documents with
no table get none. Every expected figure (rows, columns, cell texts) was read from the
PDFs with ``pdftotext -layout``, never from the converter's output."""
from __future__ import annotations

import pytest
from conftest import NS
from lxml import etree
from test_kinds import converted

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _cell_text(cell) -> str:
    return " ".join(" ".join("".join(p.itertext()).split())
                    for p in cell.iterfind("a:p", NS))


def _rows(table) -> list[list[tuple[str, str]]]:
    """[(th or td, text)] per row."""
    return [[(etree.QName(c).localname, _cell_text(c)) for c in tr]
            for tr in table.iterfind("a:tr", NS)]


def _tables(name: str) -> list:
    result = converted(f"pdf/{name}")
    assert result.tree is not None and not result.problems, result.problems
    return result.tree.findall(".//a:table", NS)


def test_flight_table_rows_columns_and_cells():
    # A/79/794, enclosure: one header line and 18 flights, 8 columns (pdftotext lines 90-113).
    tables = _tables("A_79_794-EN.pdf")
    assert len(tables) == 1
    rows = _rows(tables[0])
    assert len(rows) == 19
    assert all(len(r) == 8 for r in rows)
    assert rows[0] == [("th", t) for t in (
        "Date", "Local time", "Altitude (feet)", "Aircraft type", "Aircraft call sign",
        "Nationality", "Coordinates (entry)", "Coordinates (exit)")]
    assert rows[1] == [("td", t) for t in (
        "January 3, 2024", "05:18", "18,500", "GULFSTREAM", "HAF-352H", "Greece",
        "35°06'11\"K,032°48'18\"D", "35°05'19\"K,032°51'53\"D")]
    assert [t for _, t in rows[-1]][:6] == [
        "December 16, 2024", "11:07", "36,000", "FALCON-7X", "HAF-352B", "Greece"]
    # A cell printed on two lines is one cell.
    assert ("td", "Greek Cypriot administration") in rows[9]
    # The title line above the table stays text, before it (the enclosure's title).
    table = tables[0]
    paragraph = table.getparent().getparent()
    before = " ".join("".join(p.itertext())
                      for p in paragraph.xpath("preceding::a:p", namespaces=NS)[-3:])
    assert "Violations of the airspace of the Turkish Republic of Northern Cyprus" in before


def test_report_tables_multi_line_cells_and_header():
    # A/80/44: the States Parties considered at each session (section III) and the
    # membership table of the annex.
    # The eighty-first session's table goes on over the page break (Cameroon, Jordan,
    # Kuwait on page 6; Mongolia, Namibia, Thailand on page 7, under the header printed
    # again): one table, so four in all (three sessions and the membership).
    tables = _tables("A_80_44-EN.pdf")
    assert len(tables) == 4
    # Each session's table has its header row once, in italic over a rule (page 7);
    # the header printed again at the head of page 8 is no row of the table.
    header = [("th", t) for t in ("Party", "Country rapporteurs", "Report",
                                  "Concluding observations")]
    assert [_rows(t)[0] for t in tables[:3]] == [header] * 3
    assert [r[0][1] for r in _rows(tables[1])[1:]] == [
        "Cameroon", "Jordan", "Kuwait", "Mongolia", "Namibia", "Thailand"]
    members = _rows(tables[-1])
    assert all(len(r) == 3 for r in members)
    # The ten members, in the order printed, each starting a row.
    names = ["Todd Buchwald", "Jorge Contesse", "Claude Heller", "Erdogan Iscan",
             "Peter Vedel Kessing", "Liu Huawen", "Maeda Naoko", "Ana Racu",
             "Abderrazak Rouwane", "Bakhtiyar Tuzmukhamedov"]
    starts = [r[0][1] for r in members[1:]]
    assert [next(s for s in starts if s.startswith(n)) for n in names] == \
        [s for s in starts if any(s.startswith(n) for n in names)]
    assert ("td", "Russian Federation") in members[-1]
    assert members[0] == [("th", "Name of member"), ("th", "Country of nationality"),
                          ("th", "Term expires on 31 December")]
    assert members[1] == [("td", "Todd Buchwald (Rapporteur on new complaints and interim "
                           "measures)"), ("td", "United States of America"), ("td", "2025")]
    assert members[2] == [("td", "Jorge Contesse"), ("td", "Chile"), ("td", "2027")]
    session = _rows(tables[2])         # eighty-second session
    assert len(session) == 7 and all(len(r) == 4 for r in session)
    assert session[0] == [("th", "Party"), ("th", "Country rapporteurs"), ("th", "Report"),
                          ("th", "Concluding observations")]
    assert session[-1] == [("td", "Ukraine"), ("td", "Claude Heller Peter Vedel Kessing"),
                           ("td", "Seventh periodic report (CAT/C/UKR/7)"),
                           ("td", "CAT/C/UKR/CO/7")]
    # A symbol in a cell is a reference, as in the text.
    ref = tables[2].find(".//a:td/a:p/a:ref", NS)
    assert ref is not None and ref.get("href").endswith("/CAT/C/ARM/5")


def test_table_eids_follow_the_container():
    table = _tables("A_79_794-EN.pdf")[0]
    eid = table.get("eId")
    assert eid.endswith("__table_1")
    tr = table.find("a:tr", NS)
    assert tr.get("eId") == f"{eid}__tr_1"
    assert tr[1].get("eId") == f"{eid}__tr_1__th_2"
    assert tr[1].find("a:p", NS).get("eId") == f"{eid}__tr_1__th_2__p_1"


def test_images_noted_in_place():
    # A/79/856 prints three images (pages 3, 4 and 5), the last two beside captions.
    result = converted("pdf/A_79_856-EN.pdf")
    imgs = result.tree.findall(".//a:p/a:img", NS)        # in the body or an annex's
    assert [i.get("src") for i in imgs] == [
        "A_79_856-EN.pdf#page=3", "A_79_856-EN.pdf#page=4", "A_79_856-EN.pdf#page=5"]
    # Emblems, barcodes and QR codes of the masthead and page foot are no figures.
    assert not converted("pdf/S_RES_2768_(2025)-EN.pdf").tree.findall(".//a:img", NS)


@pytest.mark.parametrize("name", [
    "S_RES_2768_(2025)-EN.pdf",          # numbered operative paragraphs, hanging numbers
    "A_RES_73_3-EN.pdf",
    "E_2025_L.22-EN.pdf",                # lettered points
    "A_79_PV.64-EN.pdf",                 # a verbatim record
    "A_HRC_WG.6_7_ITA_1-FR.pdf",         # a table of contents with dot leaders
    "UNW_2025_2-EN.pdf",                 # charts with labels and percentages
    "S_2025_15-EN.pdf",                  # a letter with its signature
    "E_CN.6_2025_9-EN.pdf",
])
def test_no_table_where_none_is_printed(name):
    assert _tables(name) == []


def test_list_of_participants_in_two_columns():
    # A/AC.121/2025/INF/4: States on the left, their delegates on the right.
    tables = _tables("A_AC.121_2025_INF_4-EN.pdf")
    rows = [r for t in tables for r in _rows(t)]
    assert all(len(r) == 2 for r in rows)
    assert [("td", "Ireland"), ("td", "H.E. Mr. Fergal Mythen")] in rows
    assert [("td", ""), ("td", "Mr. Martin Cuffe")] in rows
    assert [("td", "Holy See"), ("td", "H.E. Archbishop Gabriele Caccia")] in rows
    # Page 8: a State's name wrapped onto a second, indented line ("and Northern
    # Ireland") is one cell; the names under it, each on its own line, stay rows.
    states = [r[0][1] for r in rows]
    k = states.index("United Kingdom of Great Britain and Northern Ireland")
    assert rows[k] == [("td", "United Kingdom of Great Britain and Northern Ireland"),
                       ("td", "Ms. Rebecca Viney")]
    assert states[k + 1:k + 4] == ["United Republic of Tanzania", "United States of America",
                                   "Uruguay"]
    assert "and Northern Ireland" not in states


def test_a_table_over_six_pages_is_one_table():
    # E/AC.51/2025/4 (pdftotext -layout): two numbered paragraphs, then one table that
    # runs over pages 1 to 6, its header printed again on every page: programmes 1 to
    # 28 and 9 subprogramme rows ("Subprogramme 5,", ...), 4 columns.
    result = converted("pdf/E_AC.51_2025_4-EN.pdf")
    assert result.tree is not None and not result.problems, result.problems
    tables = result.tree.findall(".//a:table", NS)
    assert len(tables) == 1
    rows = _rows(tables[0])
    assert len(rows) == 1 + 37 and all(len(r) == 4 for r in rows)
    # the header once (its repeats on pages 2 to 6 are dropped)
    assert rows[0] == [("th", "Programme and subprogramme"),
                       ("th", "Sectoral, functional or regional body"),
                       ("th", "Document"), ("th", "Comments")]
    assert not any(t == "Programme and subprogramme" for r in rows[1:] for _, t in r)
    assert rows[1] == [("td", "1. General Assembly and Economic and Social Council affairs "
                              "and conference management"), ("td", "None"),
                       ("td", "–"), ("td", "–")]
    assert rows[-1] == [("td", "28. Safety and security"), ("td", "None"),
                        ("td", "–"), ("td", "–")]
    # page 2, a document symbol on two lines; page 3 to 4 across the page break
    assert ("td", "E/2025/26- E/CN.5/2025/6") in next(
        r for r in rows if r[0][1] == "Subprogramme 2, Inclusive social development")
    assert [r[0][1] for r in rows if r[0][1][:3] in ("10.", "11.")] == [
        "10. Trade and development", "11. Environment"]
    # The paragraphs above the table stay paragraphs.
    paras = [" ".join("".join(p.itertext()).split())
             for p in result.tree.iterfind(".//a:paragraph", NS) if p.find(".//a:table", NS) is None]
    assert any(p.startswith("1.") and "The table below provides an overview" in p[:50]
               for p in paras)
    assert any(p.startswith("2.") and "During its sixty-fifth session" in p[:40] for p in paras)


def test_table_rows_across_the_page_are_no_two_columns():
    from converter.extractor.layout.columns import in_columns
    from converter.extractor.page import Char, Line, Page

    def line(text, x, y):
        return Line(1, [Char(ch, "F", 10, x + 5 * k, x + 5 * k + 5, y, y + 10)
                        for k, ch in enumerate(text)])
    lines = []
    for k in range(12):          # four cells a row, two each side of the middle
        y = 700 - 24 * k
        lines += [line("Label", 60, y), line("Body", 190, y), line("Doc", 320, y),
                  line("Comment", 440, y)]
    page = Page(1, 612, 792, lines)
    assert all(l.column_left is None for l in in_columns(page, lines))
    # Two columns of prose: one line a side on each baseline.
    prose = [line("left column text", 60, 700 - 12 * k) for k in range(30)] + \
        [line("right column text", 320, 700 - 12 * k) for k in range(30)]
    page = Page(1, 612, 792, prose)
    assert all(l.column_left is not None for l in in_columns(page, prose))


def test_a_table_of_names_and_short_figures_is_no_two_column_page():
    # A/52/613, page 3 (pdftotext -layout): "Petitioner" and "Meeting at which request
    # for hearing was granted", then 13 petitioners, each with the meeting ("3rd" … "7th").
    tables = _tables("A_52_613-EN.pdf")
    assert len(tables) == 1
    rows = _rows(tables[0])
    assert len(rows) == 14 and all(len(r) == 2 for r in rows)
    # The header: both headings underlined (typewritten), so a header row of th cells.
    assert rows[0] == [("th", "Petitioner"), ("th", "Meeting at which request for hearing was granted")]
    assert all(k == "td" for r in rows[1:] for k, _ in r)
    assert [t for _, t in rows[1]] == [
        "Senator Mark Charfauros, on behalf of the twenty-fourth Guam Legislature "
        "(A/C.4/52/2/Add.5)", "3rd"]
    assert [t for _, t in rows[-1]] == [
        "Ms. Donna Winslow, on behalf of the Front de libération nationale kanak "
        "socialiste (A/C.4/52/6)", "7th"]
    assert [r[1][1] for r in rows[1:]] == ["3rd"] * 6 + ["4th"] * 5 + ["6th", "7th"]


def test_a_header_row_at_the_head_of_a_page_is_no_running_header():
    # A table's header row printed at the top of a page (over the rows it goes on
    # with) prints two cells or more on one baseline: it stays for the table; the
    # symbol above it is the running header.
    from types import SimpleNamespace as Ns

    from converter.extractor.layout.headers import running_header_lines

    def line(text, x, y, size=8.0):
        return Ns(text=text, x0=x, x1=x + 5 * len(text), y0=y, y1=y + size, size=size)
    pages = []
    for number in (2, 3):
        # (page 2 prints the symbol lower, below the baseline of page 3's header row)
        symbol = line("A/80/44", 500, 789 if number == 3 else 745, 9.0)
        head = [line("Party", 113, 757), line("Country rapporteurs", 184, 757),
                line("Report", 284, 757)] if number == 3 else []
        body = [line("Text of the page", 113, 700 - 12 * k, 10.0) for k in range(20)]
        pages.append(Ns(number=number, height=842.0, lines=[symbol, *head, *body]))
    found = running_header_lines(pages, 10.0)
    assert found == {id(p.lines[0]) for p in pages}
    # A running header of one text per baseline (a short title over the symbol) is
    # still one.
    for p in pages:
        p.lines.insert(0, line("Report of the Committee", 113, 800))
    assert running_header_lines(pages, 10.0) == {id(l) for p in pages for l in p.lines[:2]}


def test_a_heading_centred_over_columns_spans_them():
    # No rule under it: the columns it overlaps well (1 and 2), widened while the
    # middle of the columns comes nearer to its own middle.
    from converter.extractor.layout.tables import _centred_span
    columns = [(100, 120), (130, 150), (160, 180), (190, 210)]
    assert _centred_span(138, 200, 1, 2, columns) == (1, 3)      # centred over 1 to 3
    assert _centred_span(135, 175, 1, 2, columns) == (1, 2)      # over the middle two


def test_a_first_row_printed_again_on_the_next_page_is_the_header():
    # A table with no header in bold or italic, going on at the head of the next page
    # under its first row printed again: that row is its header, kept once.
    from converter.extractor.page import Char, Line
    from converter.extractor.layout.tables import Grid, _join_across_pages

    def line(page, text, x, y):
        return Line(page, [Char(ch, "F", 10, x + 5 * k, x + 5 * k + 5, y, y + 10)
                           for k, ch in enumerate(text)])

    def grid(page, texts, top):
        rows, lines = [], []
        for k, (a, b) in enumerate(texts):
            cells = [line(page, a, 60, top - 14 * k), line(page, b, 200, top - 14 * k)]
            lines += cells
            rows.append([([c], 1) for c in cells])
        return Grid(lines=lines, rows=rows, columns=2, lefts=[60.0, 200.0])
    first = grid(1, [("State", "Delegate"), ("Algeria", "Mr. A"), ("Angola", "Ms. B")], 200)
    then = grid(2, [("State", "Delegate"), ("Benin", "Mr. C"), ("Bhutan", "Ms. D")], 700)
    by_page = {1: list(first.lines), 2: list(then.lines)}
    joined = _join_across_pages([first, then], by_page, 10.0)
    assert len(joined) == 1
    table = joined[0]
    assert table.header_rows == 1
    assert [" ".join(l.text for lines, _ in row for l in lines) for row in table.rows] == [
        "State Delegate", "Algeria Mr. A", "Angola Ms. B", "Benin Mr. C", "Bhutan Ms. D"]
    # the repeat is dropped (page furniture), not lost
    assert sorted(l.text for l in table.dropped) == ["Delegate", "State"]
