"""Treaty bodies' Views and decisions on individual communications, as Akoma Ntoso
``judgment``s: documents written in the published layout (tests/judgment_documents.py),
exported to PDF by LibreOffice, converted (convert validates: XSD, every word of the PDF
kept), and the output compared with the source: the kind and its name, the symbol, the
date of adoption, the parties as printed, the paragraphs in their parts, the decision's
text, the notes, the annexed opinion. Expected values come from the documents' blocks."""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache

import pytest
from conftest import NS
from judgment_documents import (ADOPTED_NOTE, ADOPTED_NOTE_FR, DECISION_FR, DOCUMENTS,
                                FIELDS_EN, FIELDS_FR, MEMBERS_NOTE, MEMBERS_NOTE_FR, NO_KIND_LINE,
                                OLD_LAYOUT, VIEWS_EN)
from office import Block, Table, export

import converter
from converter import languages


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    pdfs = export(DOCUMENTS, tmp_path_factory.mktemp("judgment"))

    @lru_cache(maxsize=None)
    def tree(name: str):
        return converter.convert(pdfs[name], markup_date="2026-12-07")
    tree.pdfs = pdfs
    return tree


def xp(node, path: str):
    return node.xpath(path, namespaces=NS)


def flat(node) -> str:
    """An element's text without its notes, spaces as printed."""
    parts = []

    def walk(el):
        if el.text:
            parts.append(el.text)
        for child in el:
            if child.tag != f"{{{NS['a']}}}authorialNote":
                walk(child)
            if child.tail:
                parts.append(child.tail)
    walk(node)
    return " ".join("".join(parts).split())


def printed(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def numbered(doc) -> list[tuple[str, str]]:
    """(number, text) of the body's numbered paragraphs as written, before the annex
    (the old layout's: before the appendix)."""
    out = []
    for block in doc.blocks:
        if isinstance(block, Block) and block.role == "annex" and (out or doc is not OLD_LAYOUT):
            break
        if isinstance(block, Block) and block.role == "paragraph":
            num, text = block.text.split("\t", 1)
            out.append((num, printed(text)))
    return out


def headings(doc) -> list[str]:
    return [printed(b.text) for b in doc.blocks if isinstance(b, Block)
            and b.role in ("heading", "subheading")]


def party(tree, role: str):
    found = xp(tree, f"//a:header//a:party[@as='#{role}']")
    assert len(found) == 1, f"one party as {role}: {len(found)}"
    return found[0]


def value(fields, label: str) -> str:
    return next(v for k, v in fields if k.startswith(label))


@pytest.mark.parametrize("doc,name", [(VIEWS_EN, "views"), (DECISION_FR, "decision")])
def test_type_name_symbol_title(converted, doc, name):
    tree = converted(doc.name)
    top = tree.getroot()[0]
    assert top.tag == f"{{{NS['a']}}}judgment" and top.get("name") == name
    source = xp(tree, "//a:proprietary/*[local-name()='source']")[0]
    assert source.get("type") == f"judgment/{name}"
    assert not xp(tree, "//a:proprietary//*[local-name()='doubt']"), "kind and title are read"
    assert xp(tree, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRnumber/@showAs") == [doc.symbol]
    kind_line = next(b for b in doc.blocks if isinstance(b, Block) and b.role == "kind")
    title = printed(kind_line.text).rstrip(",")
    assert xp(tree, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRalias[@name='title']/@value") == [title]
    assert flat(xp(tree, "//a:header//a:docTitle")[0]) == title
    # The Committee's name above it, as its symbol names it.
    assert xp(tree, "//a:header/a:p[1]/a:docAuthority/@refersTo") == ["#un-ccpr"]


@pytest.mark.parametrize("doc,adopted,fields", [(VIEWS_EN, "2025-03-19", FIELDS_EN),
                                                (DECISION_FR, "2025-03-17", FIELDS_FR)])
def test_dated_by_adoption(converted, doc, adopted, fields):
    tree = converted(doc.name)
    # (the field "Date of adoption of Views: 19 March 2025", "Date de la présente décision")
    assert xp(tree, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRdate/@name") == ["adoption"]
    assert xp(tree, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRdate/@date") == [adopted]
    assert xp(tree, "//a:header//a:docDate[@refersTo='#adoptionDate']/@date") == [adopted]
    communication = value(fields, "Date of communication" if doc is VIEWS_EN else "Date de la communication")
    day = xp(tree, "//a:header//a:docDate[@refersTo='#communicationDate']")[0]
    assert communication.startswith(flat(day))


@pytest.mark.parametrize("doc,fields,state,author,counsel,victim", [
    (VIEWS_EN, FIELDS_EN, "Ruritania", "Dorian Velkov", "Ana Mirescu", "The author"),
    (DECISION_FR, FIELDS_FR, "Ruritanie", "Elena Dragomir", "Paul Girard", "L’auteure")])
def test_parties_as_printed(converted, doc, fields, state, author, counsel, victim):
    tree = converted(doc.name)
    # Each field one line of the header, label and value as printed.
    lines = [flat(p) for p in xp(tree, "//a:header/a:p")]
    for label, text in fields:
        assert printed(f"{label} {text}") in lines
    assert flat(party(tree, "author")) == author
    assert flat(party(tree, "victim")) == victim
    assert flat(party(tree, "stateParty")) == state
    # The victim is the author ("The author"): the same person.
    assert party(tree, "victim").get("refersTo") == party(tree, "author").get("refersTo")
    person = party(tree, "author").get("refersTo")[1:]
    assert xp(tree, f"//a:references/a:TLCPerson[@eId='{person}']/@showAs") == [author]
    organization = party(tree, "stateParty").get("refersTo")[1:]
    assert xp(tree, f"//a:references/a:TLCOrganization[@eId='{organization}']/@showAs") == [state]
    for role in ("author", "victim", "stateParty", "counsel"):
        assert xp(tree, f"//a:references/a:TLCRole[@eId='{role}']"), role
    lawyer = xp(tree, "//a:header//a:lawyer")
    assert [flat(x) for x in lawyer] == [counsel] and lawyer[0].get("for") == f"#{person}"


@pytest.mark.parametrize("doc", [VIEWS_EN, DECISION_FR])
def test_paragraphs_in_their_parts(converted, doc):
    tree = converted(doc.name)
    body = xp(tree, "//a:judgmentBody")[0]
    paragraphs = xp(body, ".//a:paragraph")
    expected = numbered(doc)
    assert [xp(p, "string(a:num)") for p in paragraphs] == [n for n, _ in expected]
    for p, (num, text) in zip(paragraphs, expected):
        assert flat(xp(p, "a:content/a:p")[0]) == text, num
    parts = [x.tag.split("}")[1] for x in body]
    assert parts == ["introduction", "background", "motivation", "decision"]

    def nums(part):
        return [xp(p, "string(a:num)") for p in xp(body, f"a:{part}//a:paragraph")]
    # 1.x introduce the case; the facts, complaint and the parties' submissions are its
    # background; the Committee's consideration the motivation; then its decision.
    first_heading = headings(doc)[0]
    assert all(n.startswith("1.") for n in nums("introduction"))
    assert nums("introduction") == [n for n, _ in expected if n.startswith("1.")]
    assert printed(xp(body, "string(a:background/a:hcontainer[1]/a:heading)")) == first_heading
    consideration = "Issues and proceedings before the Committee" if doc is VIEWS_EN \
        else "Délibérations du Comité"
    assert printed(xp(body, "string(a:motivation/a:hcontainer[1]/a:heading)")) == consideration
    sub = xp(body, "a:motivation/a:hcontainer[1]/a:hcontainer/a:heading")
    assert [printed(flat(h)) for h in sub] == [h for h in headings(doc) if h.startswith(
        ("Consideration", "Examen"))]
    decision_opens = next(k for k, (_, t) in enumerate(expected)
                          if t.startswith(("The Committee, acting", "En conséquence")))
    assert nums("decision") == [n for n, _ in expected[decision_opens:]]
    assert nums("background") + nums("motivation") == \
        [n for n, _ in expected[len(nums("introduction")):decision_opens]]


def test_final_decision_text(converted):
    tree = converted(VIEWS_EN.name)
    first = xp(tree, "//a:decision/a:paragraph[1]/a:content/a:p")[0]
    expected = dict(numbered(VIEWS_EN))["8."]
    assert flat(first) == expected and "is of the view that" in expected
    # The French decision's points (a), (b) stay in its paragraph, as printed.
    tree = converted(DECISION_FR.name)
    texts = [flat(p) for p in xp(tree, "//a:decision/a:paragraph[1]/a:content/a:p")]
    points = [printed(b.text) for b in DECISION_FR.blocks if isinstance(b, Block) and b.role == "point"]
    assert texts[1:] == points and texts[0] == dict(numbered(DECISION_FR))["6."]


@pytest.mark.parametrize("doc,starred", [(VIEWS_EN, [ADOPTED_NOTE, MEMBERS_NOTE]),
                                         (DECISION_FR, [ADOPTED_NOTE_FR, MEMBERS_NOTE_FR])])
def test_notes(converted, doc, starred):
    tree = converted(doc.name)
    notes = xp(tree, "//a:authorialNote")
    assert len(notes) == len(doc.notes)
    title_notes = xp(tree, "//a:header/a:p[a:docTitle]/a:authorialNote")
    assert [n.get("marker") for n in title_notes] == ["*", "**"]
    assert [flat(n) for n in title_notes] == starred
    # The numbered notes in the paragraphs that call them.
    calls = [(b.text.split("\t")[0], n) for b in doc.blocks if isinstance(b, Block)
             and b.role == "paragraph" for n in b.notes]
    placed = [(xp(n, "string(ancestor::a:paragraph[1]/a:num)"), flat(n))
              for n in xp(tree, "//a:judgmentBody//a:authorialNote")]
    assert placed == calls
    assert [n.get("marker") for n in xp(tree, "//a:judgmentBody//a:authorialNote")] == \
        [str(k) for k in range(1, len(calls) + 1)]


def test_individual_opinion_annexed(converted):
    tree = converted(VIEWS_EN.name)
    attachments = xp(tree, "//a:attachments/a:attachment")
    assert len(attachments) == 1
    opinion = next(b for b in VIEWS_EN.blocks if isinstance(b, Block) and b.role == "annexTitle")
    assert xp(attachments[0], "string(.//a:docTitle)") == printed(opinion.text)
    after = VIEWS_EN.blocks[VIEWS_EN.blocks.index(opinion) + 1:]
    assert xp(attachments[0], ".//a:mainBody/a:paragraph/a:num/text()") == \
        [b.text.split("\t")[0] for b in after]
    # The member who gives it, as named in its heading ("… Committee member Keiko Hanamura (…)").
    judge = xp(attachments[0], ".//a:docTitle/a:judge")
    name = re.search(r"member (.+?) \(", opinion.text).group(1)
    assert [flat(j) for j in judge] == [name] and judge[0].get("as") == "#committeeMember"
    person = judge[0].get("refersTo")[1:]
    assert xp(tree, f"//a:references/a:TLCPerson[@eId='{person}']/@showAs") == [name]
    # The opinion's paragraphs are not the Views' own.
    assert not xp(tree, "//a:judgmentBody//a:paragraph[contains(., 'I agree with')]")


def test_symbol_alone_says_it_is_a_decision_on_a_communication(converted):
    """No kind line: the symbol's …/C/…/D/… makes it a judgment, with the doubt said."""
    tree = converted(NO_KIND_LINE.name)
    top = tree.getroot()[0]
    assert top.tag == f"{{{NS['a']}}}judgment"
    doubts = {d.get("about"): d.text for d in xp(tree, "//a:proprietary//*[local-name()='doubt']")}
    assert set(doubts) == {"kind", "title"}
    assert NO_KIND_LINE.symbol in doubts["kind"]
    assert flat(party(tree, "stateParty")) == "Ruritania"
    assert len(xp(tree, "//a:judgmentBody//a:paragraph")) == len(numbered(NO_KIND_LINE))


@pytest.mark.parametrize("language,line,kind", [
    ("eng", "Views adopted by the Committee under article 5 (4) of the Optional Protocol, "
            "concerning communication No. 2500/2014", "views"),
    ("eng", "Views adopted by the Committee at its 115th session (19 October–6 November 2015)", "views"),
    ("eng", "Decision adopted by the Committee under the Optional Protocol, concerning "
            "communication No. 2725/2016", "communicationDecision"),
    ("eng", "Decision adopted by the Committee under article 22 of the Convention, concerning "
            "communication No. 865/2018", "communicationDecision"),
    ("eng", "Opinion adopted by the Committee under article 14 of the Convention, concerning "
            "communication No. 61/2017", "communicationOpinion"),
    ("eng", "Communication No. 2019/2010", "communication"),
    ("fra", "Constatations adoptées par le Comité au titre de l’article 5 (par. 4) du Protocole "
            "facultatif, concernant la communication no 2708/2015", "views"),
    ("fra", "Décision adoptée par le Comité en vertu du Protocole facultatif, concernant la "
            "communication no 2039/2011", "communicationDecision"),
    ("fra", "Communication no 1840/2008", "communication"),
    # Not a communication's: an organ's decision, a report on communications.
    ("eng", "Decision adopted by the Committee at its sixty-first session", None),
    ("eng", "Report of the Human Rights Committee on individual communications", "report"),
])
def test_kind_lines(language, line, kind):
    assert languages.get(language).kind_title(line) == kind


def test_field_block_read_from_lines_too():
    """The field block printed as lines ("Label: value", a value over two lines) reads
    as from a table."""
    from converter.model import Block as Text
    from converter.structurer.analysis.communication import read_fields
    lines = [Text("Communication submitted by: A. B. (represented by counsel,"),
             Text("C. D.)"), Text("State party: Ruritania"),
             Text("Date of adoption of decision: 7 November 2024")]
    fields, before = read_fields(lines, "eng")
    assert before == []
    assert [(f.key, f.value) for f in fields] == [
        ("author", "A. B. (represented by counsel, C. D.)"), ("stateParty", "Ruritania"),
        ("adoptionDate", "7 November 2024")]


@pytest.mark.parametrize("language,heading,names", [
    ("eng", "Joint opinion of Committee members Lina Varga, Tomás Iriarte and Oskar Lindqvist "
            "(dissenting)", ["Lina Varga", "Tomás Iriarte", "Oskar Lindqvist"]),
    ("fra", "Opinion conjointe de M. Arne Berg et Mme Bea Cruz, membres du Comité (dissidente)",
     ["Arne Berg", "Bea Cruz"]),
    ("eng", "Annex", []),
])
def test_members_named_in_an_opinion_heading(language, heading, names):
    from converter.structurer.analysis.communication import opinion_members
    assert [heading[a:b] for a, b in opinion_members(heading, language)] == names


def test_old_layout_views_in_an_annex(converted):
    """Before 2016: "Communication No. …", "Views adopted by the Committee at its …
    session", the fields on page 1 (a form filling the page: no two columns), then the
    Views in an annex after its heading, the fields again and a preamble; the opinions in
    an appendix. The paragraph printed at the top of a page ("3.2") is one of its own."""
    tree = converted(OLD_LAYOUT.name)
    top = tree.getroot()[0]
    assert top.tag == f"{{{NS['a']}}}judgment" and top.get("name") == "views"
    assert xp(tree, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRnumber/@showAs") == \
        [OLD_LAYOUT.symbol]
    kind_line = next(b for b in OLD_LAYOUT.blocks if isinstance(b, Block) and b.role == "kind")
    assert xp(tree, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRalias[@name='title']/@value") \
        == [printed(kind_line.text)]
    assert not xp(tree, "//a:proprietary//*[local-name()='doubt']")
    assert flat(party(tree, "author")) == "Dorian Velkov"
    assert flat(party(tree, "stateParty")) == "Ruritania"
    # The annex's heading and preamble end the header; the Views' paragraphs are the body.
    lines = [flat(p) for p in xp(tree, "//a:header/a:p")]
    preamble = [printed(b.text) for b in OLD_LAYOUT.blocks if isinstance(b, Block) and b.role == "preamble"]
    assert lines[-len(preamble) - 1:-1] == preamble
    expected = numbered(OLD_LAYOUT)
    assert [xp(p, "string(a:num)") for p in xp(tree, "//a:judgmentBody//a:paragraph")] == \
        [n for n, _ in expected]
    for p, (num, text) in zip(xp(tree, "//a:judgmentBody//a:paragraph"), expected):
        assert flat(xp(p, "a:content/a:p")[0]) == text, num
    assert xp(tree, "//a:decision/a:paragraph/a:num/text()") == ["8.", "9.", "10."]
    assert len(xp(tree, "//a:attachments/a:attachment")) == 1


def test_a_decimal_paragraph_at_a_page_top_is_its_own(converted):
    """A paragraph "3.2" or "4.2" printed at the top of a page, at the margin, after a
    paragraph that ended: the extractor starts a paragraph there (as in every family),
    whatever the script of the capital after the number ("À son avis")."""
    for doc, num in ((OLD_LAYOUT, "3.2"), (DECISION_FR, "4.2")):
        block = next(b for b in doc.blocks if isinstance(b, Block) and b.text.startswith(num + "\t"))
        # The premise, from the PDF: a page opens with the paragraph's number.
        pages = subprocess.run(["pdftotext", "-layout", str(converted.pdfs[doc.name]), "-"],
                               capture_output=True, text=True, check=True).stdout.split("\f")
        assert any(page.strip().startswith(num + " ") for page in pages[1:]), num
        tree = converted(doc.name)
        texts = {xp(p, "string(a:num)"): flat(xp(p, "a:content/a:p")[0])
                 for p in xp(tree, "//a:judgmentBody//a:paragraph")}
        assert texts[num] == printed(block.text.split("\t", 1)[1])
        before = dict(numbered(doc))
        previous = list(before)[list(before).index(num) - 1]
        assert texts[previous] == before[previous]
