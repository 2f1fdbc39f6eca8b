"""Real UN resolutions, drafts and decisions from the shared corpus: each converts to valid
Akoma Ntoso that loses no word and shows what the PDF prints (tables in tests/corpus,
read from the PDFs themselves)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields

import pytest
from conftest import NS, Converted, corpus_converted, text
from corpus import CORPUS, Resolution, corpus_file
from corpus.drafts import DRAFTS
from corpus.resolutions import RESOLUTIONS
from lxml import etree

ROWS: list[Resolution] = RESOLUTIONS + DRAFTS
KINDS = {"resolution", "resolutionDraft", "decision", "decisionDraft"}


def _name(el) -> str:
    return etree.QName(el).localname


def _words(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def converted(relative: str) -> Converted:
    """The file converted once per session (see conftest.corpus_converted)."""
    return corpus_converted(relative)


def _one(tree, path: str):
    found = tree.xpath(path, namespaces=NS)
    return found[0] if found else None


def _first_words(el, skip_num: bool = False) -> str | None:
    """Visible text of a block (footnotes left out), whitespace normalized; a paragraph's
    number left out with ``skip_num``."""
    if el is None:
        return None
    if not skip_num:
        return _words(text(el))
    return _words(" ".join(text(c) for c in el if isinstance(c.tag, str) and _name(c) != "num"))


def observed(tree) -> dict:
    """The figures of the table, as the output shows them."""
    doc = next((c for c in tree.getroot() if isinstance(c.tag, str)), None)
    symbol = _one(tree, "//a:coverPage//a:docNumber[@refersTo='#symbol']")
    formula = _one(tree, "//a:preamble/a:formula")
    # A subheading among the preambular paragraphs (a container) is not one of them.
    preambular = tree.xpath("//a:preamble[not(ancestor::a:attachment)]/*[self::a:p or self::a:blockList"
                            " or self::a:container[not(@name='subheading')]]", namespaces=NS)
    # The statement's own operative paragraphs: an annex's numbered paragraphs are its own.
    operative = tree.xpath("//a:mainBody[not(ancestor::a:attachment)]"
                           "//a:paragraph[not(ancestor::a:paragraph)]",
                           namespaces=NS)
    if doc is None:
        kind = None
    elif _name(doc) == "statement":
        kind = doc.get("name")
    else:
        kind = f"<{_name(doc)} name={doc.get('name')!r}> (not a statement)"
    return {
        "symbol": _words(text(symbol)) if symbol is not None else None,
        "date": _one(tree, "//a:FRBRWork/a:FRBRdate/@date"),
        "kind": kind,
        "formula": _words(text(formula)) if formula is not None else None,
        "preambular": len(preambular),
        "operative": len(operative),
        "footnotes": len(tree.xpath("//a:authorialNote", namespaces=NS)),
        "first_preambular": _first_words(preambular[0] if preambular else None),
        "last_operative": _first_words(operative[-1] if operative else None, skip_num=True),
    }


_STARTS = {"first_preambular", "last_operative"}      # compared by their first words


def mismatches(row: Resolution, got: dict) -> list[str]:
    """One line per field that differs: what the PDF prints, what the output says."""
    lines = []
    for name in got:
        want, have = getattr(row, name), got[name]
        if name in _STARTS and want is not None and have is not None:
            if not have.startswith(want):
                lines.append(f"{name}: expected to start with {want!r}, "
                             f"found {have[:len(want) + 40]!r}")
        elif want != have:
            lines.append(f"{name}: expected {want!r}, found {have!r}")
    return lines


def _id(row: Resolution) -> str:
    return row.file.rsplit("/", 1)[-1].removesuffix(".pdf")


def test_corpus_folder_holds_every_file_of_the_tables():
    assert CORPUS.is_dir(), (f"real-document corpus missing: {CORPUS} not found; the tests "
                             f"need the shared corpus beside the project folder")
    for row in ROWS:
        corpus_file(row.file)          # fails with a message saying where it was expected


def test_table_rows_are_well_formed():
    files = [row.file for row in ROWS]
    assert len(files) == len(set(files)), "a corpus file appears twice in the tables"
    for row in ROWS:
        assert row.kind in KINDS, f"{row.file}: unknown kind {row.kind!r}"
        dt.date.fromisoformat(row.date)
        assert row.preambular >= 0 and row.operative >= 0 and row.footnotes >= 0
        assert (row.first_preambular is None) == (row.preambular == 0), row.file
        assert (row.last_operative is None) == (row.operative == 0), row.file


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_real_document_converts_as_printed(row: Resolution):
    result = converted(row.file)
    lines = list(result.problems)
    if result.tree is not None:
        lines += mismatches(row, observed(result.tree))
    else:
        lines.append("no output to compare with the table")
    if lines:       # every problem at once, one per line, without Python internals
        pytest.fail(f"{row.file} ({row.symbol}): {len(lines)} problem(s)\n"
                    + "\n".join(f"  {line}" for line in lines), pytrace=False)


def test_field_names_match_the_table():
    """The comparison covers every column of the table but the file itself."""
    columns = {f.name for f in fields(Resolution)} - {"file"}
    sample = etree.fromstring(
        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        b'<statement name="resolution"/></akomaNtoso>').getroottree()
    assert set(observed(sample)) == columns
