"""A UN document is never lost to its kind's markup: when the family that writes its kind
fails (a layout it does not foresee) or writes an invalid document, the report-like family
writes it as a generic doc with all its text, and a warning says so."""
from functools import lru_cache

import pytest
from tests.corpus import corpus_file
from lxml import etree

from converter import BadInput, api, validator
from converter.cli import app
from converter.structurer import akn
from typer.testing import CliRunner

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
LETTER = "pdf/A_79_794-EN.pdf"      # a letter to the Secretary-General with an annex


@lru_cache(maxsize=None)
def extracted():
    return api.extract(corpus_file(LETTER))


def source(tree):
    return tree.getroot().find(f".//{{{'urn:x-un-akn:source'}}}source")


def warnings(tree) -> list[str]:
    return [w.text for w in source(tree)]


def failing_family(doc, kind, symbol, date, markup_date):
    raise IndexError("list index out of range")


def invalid_family(doc, kind, symbol, date, markup_date):
    """The letter family's output with two elements sharing one eId."""
    tree = akn.FAMILIES["_letter"](doc, kind, symbol, date, markup_date)
    paragraphs = tree.getroot().findall(f".//{{{AKN}}}paragraph")
    paragraphs[1].set("eId", paragraphs[0].get("eId"))
    return tree


@pytest.fixture
def letter_family(monkeypatch):
    """Replace the letter family by ``family`` for one test."""
    def use(family):
        monkeypatch.setitem(akn.FAMILIES, "_letter", akn.FAMILIES["letter"])
        monkeypatch.setitem(akn.FAMILIES, "letter", family)
    return use


def test_the_letter_family_writes_a_letter_of_its_own():
    tree = api.convert_document(extracted(), markup_date="2025-03-01")
    assert source(tree).get("type") == "doc/letter"
    assert tree.getroot().find(f".//{{{AKN}}}conclusions") is not None     # its signature
    assert not any("generic doc" in w for w in warnings(tree))


def test_a_fault_of_the_kind_family_gives_a_generic_doc_with_all_text(letter_family):
    letter_family(failing_family)
    tree = api.convert_document(extracted(), markup_date="2025-03-01")
    doc = tree.getroot()[0]
    assert etree.QName(doc).localname == "doc" and doc.get("name") == "letter"
    assert source(tree).get("type") == "doc/letter"
    assert [w for w in warnings(tree) if "generic doc" in w] == [
        "not marked up as doc/letter (the converter could not read its layout): "
        "marked up as a generic doc, with all its text"]
    assert validator.errors(validator.validate(tree, extracted().source_text)) == []
    body = " ".join("".join(tree.getroot().itertext()).split())
    # Words of the letter, its annex and its signature (read from the PDF).
    for printed in ("I have the honour to transmit herewith a letter dated 17 February 2025",
                    "(Signed) Ahmet Yıldız", "Permanent Representative"):
        assert printed in body
    # The identity is the letter's.
    assert tree.getroot().find(f".//{{{AKN}}}FRBRWork/{{{AKN}}}FRBRnumber").get(
        "showAs") == "A/79/794-S/2025/104"


def test_an_invalid_kind_markup_gives_a_valid_generic_doc(letter_family):
    letter_family(invalid_family)
    tree = api.convert_document(extracted(), markup_date="2025-03-01")
    said = [w for w in warnings(tree) if "generic doc" in w]
    assert len(said) == 1
    assert said[0].startswith("not marked up as doc/letter (that markup was not valid")
    assert "eId" in said[0] and "generic doc" in said[0]
    assert validator.errors(validator.validate(tree, extracted().source_text)) == []


def test_without_check_the_invalid_markup_is_returned_as_written(letter_family):
    letter_family(invalid_family)
    tree = api.convert_document(extracted(), markup_date="2025-03-01", check=False)
    assert validator.errors(validator.validate(tree, extracted().source_text))


def test_a_fault_of_the_generic_family_is_not_hidden(monkeypatch):
    monkeypatch.setitem(akn.FAMILIES, "letter", failing_family)
    monkeypatch.setattr(akn.report, "build", failing_family)
    # Said in one line, the fault chained for --debug: not a generic doc in its place.
    with pytest.raises(BadInput) as raised:
        api.convert_document(extracted(), markup_date="2025-03-01")
    assert isinstance(raised.value.__cause__, IndexError)
    assert "cannot be converted" in str(raised.value) and "\n" not in str(raised.value)


def test_the_command_line_says_so_and_succeeds(letter_family, tmp_path):
    letter_family(failing_family)
    out = tmp_path / "letter.xml"
    result = CliRunner().invoke(app, ["convert", str(corpus_file(LETTER)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert ("warning: not marked up as doc/letter (the converter could not read its "
            "layout): marked up as a generic doc, with all its text") in result.output
    assert etree.parse(str(out)).getroot()[0].get("name") == "letter"
