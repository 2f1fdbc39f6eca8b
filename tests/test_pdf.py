"""PDF input: the sample PDF typeset in UN layout (samples/, made by
scripts/make_sample_pdf.py from the text sample) and bad PDFs of every kind."""
import subprocess
import sys

import pytest
from conftest import NS, ROOT, SAMPLE, text
from lxml import etree
from pdfs import image_only_pdf, text_pdf

import converter

SAMPLE_PDF = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"
ENCRYPTED = ROOT / "tests" / "data" / "encrypted.pdf"


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


@pytest.fixture(scope="module")
def pdf_tree():
    return converter.convert(SAMPLE_PDF, markup_date="2026-11-25")


@pytest.fixture(scope="module")
def text_tree():
    return converter.convert(SAMPLE, markup_date="2026-11-25")


def test_counts(pdf_tree):
    assert len(xp(pdf_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 15
    assert len(xp(pdf_tree, "//a:mainBody/a:paragraph")) == 17
    assert [n.get("marker") for n in xp(pdf_tree, "//a:authorialNote")] == \
        ["*", "1", "2", "3", "4", "5", "6"]


def test_same_words_as_the_text_path(pdf_tree, text_tree):
    """Paragraph by paragraph, note by note, the PDF gives what the text gives."""
    for path in ("//a:preamble/a:container[not(@name='subheading')]/a:p", "//a:mainBody//a:p", "//a:preface/a:p",
                 "//a:authorialNote"):
        from_pdf = ["".join(e.itertext()) for e in xp(pdf_tree, path)]
        from_text = ["".join(e.itertext()) for e in xp(text_tree, path)]
        assert from_pdf == from_text, path


def test_notes_at_the_same_places(pdf_tree, text_tree):
    def places(tree):
        out = []
        for note in xp(tree, "//a:authorialNote"):
            parent = note.getparent()
            out.append((note.get("marker"), parent.get("eId")))
        return out
    assert places(pdf_tree) == places(text_tree)


def test_links_from_annotations(pdf_tree):
    refs = [(r.text, r.get("href")) for r in xp(pdf_tree, "//a:ref")]
    assert ("70/1", "https://undocs.org/fr/A/RES/70/1") in refs
    assert ("A/CONF.157/24 (Part I)", "https://undocs.org/fr/A/CONF.157/24(PartI)") in refs
    assert len(refs) == 9
    assert not any("http" in t for t in xp(pdf_tree, "//text()"))


def test_italic_participles_and_verbs(pdf_tree):
    pps = xp(pdf_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert [p.findtext("a:i", namespaces=NS) for p in pps[:3]] == \
        ["Réaffirmant", "Rappelant", "Rappelant également"]
    ops = xp(pdf_tree, "//a:mainBody/a:paragraph/a:content/a:p")
    assert ops[0].findtext("a:i", namespaces=NS) == "Réaffirme"
    assert ops[12].findtext("a:i", namespaces=NS) == "Demande instamment"
    assert text(ops[16]) == "Décide de poursuivre l’examen de la question à sa soixante-dix-septième session."


def test_masthead_to_metadata_and_cover_page(pdf_tree):
    assert xp(pdf_tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/un-ga-c3/2022-10-20/A-C.3-77-L.6/!main"]
    assert xp(pdf_tree, "//a:FRBRExpression/a:FRBRtranslation/@fromLanguage") == ["eng"]
    cover = xp(pdf_tree, "//a:coverPage")[0]
    assert cover.findtext(".//a:docNumber", namespaces=NS) == "A/C.3/77/L.6"
    assert cover.find(".//a:docDate", NS).get("date") == "2022-10-20"
    assert cover.find(".//a:session", NS).get("value") == "77"
    assert cover.findtext(".//a:docCommittee", namespaces=NS) == "Troisième Commission"
    assert cover.findtext(".//a:inline[@name='distribution']", namespaces=NS) == "Distr. limitée"
    assert cover.findtext(".//a:inline[@name='agendaItem']", namespaces=NS) == \
        "Point 68 b) de l’ordre du jour"
    assert xp(pdf_tree, "//@jobNumber") == ["22-23456 (F)"]


def test_no_page_furniture_in_the_text(pdf_tree):
    body = " ".join("".join(e.itertext()) for e in
                    xp(pdf_tree, "//a:preface | //a:preamble | //a:mainBody"))
    for furniture in ("22-23456", "2/3", "3/3", "A/C.3/77/L.6", "Merci de recycler",
                      "2223456", "Nations Unies Assemblée"):
        assert furniture not in body
    assert "Soixante-dix-septième session" not in body
    assert "Distr." not in body


def test_paragraph_across_pages_is_one(pdf_tree):
    op5 = text(xp(pdf_tree, "//a:mainBody/a:paragraph")[4].find("a:content/a:p", NS))
    assert op5.startswith("Exhorte tous les acteurs")
    assert op5.endswith("la xénophobie et l’intolérance qui y est associée ;")


def akn(*args):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True)


def test_cli_converts_the_pdf(tmp_path):
    out = tmp_path / "out.xml"
    run = akn("convert", SAMPLE_PDF, "-o", out)
    assert run.returncode == 0, run.stderr
    assert etree.parse(str(out)).xpath("count(//a:paragraph)", namespaces=NS) == 17


@pytest.mark.parametrize("name, content, code, message", [
    ("empty.pdf", b"", 2, "empty"),
    ("truncated.pdf", SAMPLE_PDF.read_bytes()[:4000], 2,
     "not a readable PDF: the file ends too early: cut short in a download or copy?"),
    ("random.pdf", bytes(range(256)) * 40, 2, "not a readable PDF"),
    ("scan.pdf", image_only_pdf(), 3, "no text layer: page 1 is an image"),
    ("letter.pdf", text_pdf(["Dear Sir or Madam,", "Thank you for your letter of",
                             "last week about the garden party.", "Yours faithfully"]),
     2, "not a UN"),
])
def test_bad_pdfs(tmp_path, name, content, code, message):
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out.xml"
    run = akn("convert", path, "-o", out)
    assert run.returncode == code, run.stderr
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_damaged_pdf_gives_one_line_not_pdfminer_chatter(tmp_path):
    """tests/data/noisy-corrupt.pdf: the sample PDF with 20 random bytes changed, on
    which pdfminer logs a repair ("Invalid MediaBox …") before failing."""
    run = akn("convert", ROOT / "tests" / "data" / "noisy-corrupt.pdf", "-o", tmp_path / "o.xml")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "damaged PDF" in run.stderr


def test_encrypted_pdf(tmp_path):
    run = akn("convert", ENCRYPTED, "-o", tmp_path / "out.xml")
    assert run.returncode == 2
    assert "encrypted PDF" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_minimal_un_pdf_converts(tmp_path):
    """A born-digital PDF with no layout cues at all still converts."""
    path = tmp_path / "res.pdf"
    path.write_bytes(text_pdf(["The General Assembly,", "    Recalling its resolution 76/1,",
                               "    1. Decides to remain seized of the matter."]))
    tree = converter.convert(path, date="2022-01-01")
    assert xp(tree, "//a:FRBRlanguage/@language") == ["eng"]
    assert [text(p) for p in xp(tree, "//a:mainBody//a:p")] == ["Decides to remain seized of the matter."]


def test_footnote_running_onto_the_next_page_stays_one_note(tmp_path):
    from pdfs import two_page_note_pdf
    path = tmp_path / "draft.pdf"
    path.write_bytes(two_page_note_pdf())
    tree = converter.convert(path, date="2016-12-01")
    notes = xp(tree, "//a:authorialNote")
    assert [n.get("marker") for n in notes] == ["1"]
    assert "".join(notes[0].itertext()) == (
        "See Official Records of the General Assembly, Seventy-first Session, Supplement "
        "No. 1 (A/71/1), chap. II, and the summary by the President of the forum, issued as "
        "document A/HLPF/2016/1.")
    pp = xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert len(pp) == 1 and text(pp[0]).endswith("high-level political forum on sustainable development,")
    assert notes[0].getparent() is pp[0]
    ops = xp(tree, "//a:mainBody/a:paragraph")
    assert len(ops) == 1 and text(ops[0].find("a:content/a:p", NS)).endswith(
        "under the item entitled Sustainable development.")


def test_printed_separator_and_printed_urls(tmp_path):
    from pdfs import printed_links_pdf
    path = tmp_path / "draft.pdf"
    path.write_bytes(printed_links_pdf())
    tree = converter.convert(path, date="2016-12-01")
    assert [(r.text, r.get("href")) for r in xp(tree, "//a:ref")] == [
        ("70/1", "https://undocs.org/en/A/RES/70/1"), ("55/2", "https://undocs.org/en/A/RES/55/2")]
    assert [n.get("marker") for n in xp(tree, "//a:authorialNote")] == ["1"]
    every_text = "".join(xp(tree, "//a:preamble//text() | //a:mainBody//text()"))
    assert "http" not in every_text and "___" not in every_text
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 1 and len(xp(tree, "//a:mainBody/a:paragraph")) == 1


def test_second_call_to_a_note_is_a_note_ref(tmp_path):
    from pdfs import repeated_marker_pdf
    path = tmp_path / "draft.pdf"
    path.write_bytes(repeated_marker_pdf())
    tree = converter.convert(path, date="2016-12-01")
    notes, refs = xp(tree, "//a:authorialNote"), xp(tree, "//a:noteRef")
    assert len(notes) == 1 and len(refs) == 1
    assert refs[0].get("href") == "#" + notes[0].get("eId") and refs[0].get("marker") == "1"
    assert text(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")[0]) == "Recalling its resolutions 70/1 and 71/1,"


def test_italics_read_from_the_fonts_match_the_text_paths_tables(pdf_tree, text_tree):
    assert xp(pdf_tree, "//a:i/text()") == xp(text_tree, "//a:i/text()")
    assert len(xp(pdf_tree, "//a:i")) == 32


@pytest.mark.parametrize("logical_order", [False, True])
def test_arabic_pdf_reads_right_to_left(tmp_path, logical_order):
    from pdfs import arabic_pdf
    path = tmp_path / "ar.pdf"
    path.write_bytes(arabic_pdf(logical_order))
    tree = converter.convert(path, date="2022-01-01")
    assert xp(tree, "//a:FRBRlanguage/@language") == ["ara"]
    assert [text(p) for p in xp(tree, "//a:formula/a:p")] == ["إن الجمعية العامة،"]
    assert [text(p) for p in xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")] == [
        "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015، وإلى جميع قراراتها السابقة ذات الصلة،"]
    assert xp(tree, "//a:paragraph/a:num/text()") == ["1 -"]
    assert xp(tree, "//a:date/@date") == ["2015-09-25"]


@pytest.mark.parametrize("code, lines, pp, op", [
    ("rus", ["Генеральная Ассамблея,", "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,",
             "1. постановляет продолжить рассмотрение этого вопроса."],
     "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,",
     "постановляет продолжить рассмотрение этого вопроса."),
    ("zho", ["大会，", "回顾其2015年9月25日第70/1号决", "议，", "1. 决定继续审议这个问题。"],
     "回顾其2015年9月25日第70/1号决议，", "决定继续审议这个问题。"),
])
def test_cyrillic_and_chinese_pdfs(tmp_path, code, lines, pp, op):
    from pdfs import unicode_pdf
    indents = [0, 18] + [0] * (len(lines) - 3) + [18]
    ys = [770 - 14 * k for k in range(len(lines))]
    path = tmp_path / f"{code}.pdf"
    path.write_bytes(unicode_pdf([[(72 + i, y, 10, t) for i, y, t in zip(indents, ys, lines)]]))
    tree = converter.convert(path, date="2022-01-01")
    assert xp(tree, "//a:FRBRlanguage/@language") == [code]
    assert [text(p) for p in xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")] == [pp]
    assert [text(p) for p in xp(tree, "//a:mainBody//a:p")] == [op]


def test_fonts_without_unicode_map_are_refused(tmp_path):
    from pdfs import unicode_pdf
    path = tmp_path / "garbled.pdf"
    path.write_bytes(unicode_pdf([[(72, 770, 10, "The General Assembly,"),
                                   (90, 750, 10, "1. Decides to remain seized of the matter.")]],
                                 to_unicode=False))
    run = akn("convert", path, "-o", tmp_path / "out.xml")
    assert run.returncode == 3
    assert "no usable text layer" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_two_columns_are_read_one_after_the_other(tmp_path):
    from pdfs import two_column_pdf
    path = tmp_path / "columns.pdf"
    path.write_bytes(two_column_pdf())
    tree = converter.convert(path, date="2022-01-01")
    assert [text(p) for p in xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")] == [
        "Recalling its resolution 70/1 of 25 September 2015 on sustainable development,",
        "Noting with appreciation the report of the Secretary-General on the question,"]
    assert [text(p) for p in xp(tree, "//a:mainBody//a:p")] == [
        "Decides to consider the question again at its next session;",
        "Requests the Secretary-General to report on the implementation of the present resolution;",
        "Decides to remain seized of the matter."]


def test_report_columns_under_a_title_and_a_short_right_column(tmp_path):
    # A/56/509's pages: a title across the page over the columns (under a running head in
    # the left margin), and a right column shorter than a third of the page whose lines
    # share the left column's baselines: still read left column first, then right.
    from pdfs import report_two_column_pdf
    path = tmp_path / "report.pdf"
    path.write_bytes(report_two_column_pdf())
    tree = converter.convert(path, date="2001-10-22")
    title = "Report of the Executive Secretary on the work of the Conference of the Parties"
    assert [text(t) for t in xp(tree, "//a:docTitle")] == [title]
    paragraphs = xp(tree, "//a:mainBody//a:paragraph[a:num]")
    assert [text(xp(p, "a:num")[0]) for p in paragraphs] == ["1.", "2.", "3."]
    said = [" ".join(text(q) for q in xp(p, ".//a:p")) for p in paragraphs]
    assert said[0].endswith("at its fifty-sixth session.") and "fifth session" not in said[0]
    assert said[1].endswith("implementation of the Convention") and "Bonn" not in said[1]
    assert said[2].startswith("The fifth session") and said[2].endswith("the Plan of Action.")


def test_one_column_page_is_not_split(pdf_tree):
    # The sample's masthead has a right-hand block; its body must not be read as columns.
    assert len(xp(pdf_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 15


def test_a_sentence_ending_at_a_columns_edge_ends_no_paragraph():
    """A/56/509, pages 3-4 in two columns (pdftotext -layout): paragraph 4 runs on at the
    left margin after "… covered by the Buenos Aires Plan of Action." (a line full to the
    left column's edge) with "The President convened two informal high-level
    consultations …"; paragraph 8 after "… administrative support to the Convention
    secretariat.", "… personnel administration of the Convention secretariat." and "…
    by the United Nations Office at Geneva." with no space or indent before the next line.
    Each is one paragraph; the body holds paragraphs 1 to 11, the points (a) to (f) of
    paragraph 2 and the Secretary-General's note before them, nothing else."""
    from corpus import corpus_file
    tree = converter.convert(corpus_file("unlabelled/A_56_509.en.pdf"), markup_date="2026-12-07")
    paragraphs = xp(tree, "//a:mainBody//a:paragraph")
    said = {text(p.find("a:num", NS)): " ".join(text(q) for q in xp(p, ".//a:content/a:p"))
            for p in paragraphs if p.find("a:num", NS) is not None}
    assert list(said) == [f"{n}." for n in range(1, 12)]
    assert "Plan of Action. The President convened two informal high-level consultations" in said["4."]
    assert said["4."].endswith("agreed upon by ministers at that session.")
    for run_on in ("to the Convention secretariat. Corresponding action was taken",
                   "of the Convention secretariat. On the financial side",
                   "Office at Geneva. Further adjustments are being considered"):
        assert run_on in said["8."]
    assert said["8."].endswith("in administrative matters.")
    unnumbered = [text(xp(p, ".//a:content/a:p")[0]) for p in paragraphs if p.find("a:num", NS) is None]
    assert [u[:3] for u in unnumbered[1:]] == [f"({c})" for c in "abcdef"]
    assert unnumbered[0].startswith("The Secretary-General has the honour to submit")
