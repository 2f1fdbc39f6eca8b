"""A conversion runs the garbage collector's youngest generation every 10,000
allocations, not Python's 700 (converter/collection.py): set while a stage runs, as it
was after, and a caller's own slower pace (or a collector turned off) kept."""
import gc

import pytest
from conftest import ROOT

import converter
from converter import collection
from converter.extractor import pdf as pdf_stage

SAMPLE_PDF = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"


@pytest.fixture
def pace():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def _seen_while_reading(monkeypatch) -> list:
    seen = []
    real = pdf_stage.extract_pdf

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)
    monkeypatch.setattr(pdf_stage, "extract_pdf", spy)
    return seen


def test_a_conversion_collects_less_often_and_puts_the_pace_back(monkeypatch, pace):
    gc.set_threshold(700, 10, 10)
    seen = _seen_while_reading(monkeypatch)
    tree = converter.convert(SAMPLE_PDF, markup_date="2026-12-07")
    assert tree.getroot() is not None
    assert seen == [(collection.YOUNGEST, 10, 10)] and collection.YOUNGEST == 50_000
    assert gc.get_threshold() == (700, 10, 10)


def test_a_callers_own_pace_is_kept(monkeypatch, pace):
    gc.set_threshold(50_000, 20, 20)
    seen = _seen_while_reading(monkeypatch)
    converter.convert(SAMPLE_PDF, markup_date="2026-12-07")
    assert seen == [(50_000, 20, 20)] and gc.get_threshold() == (50_000, 20, 20)


def test_the_pace_is_put_back_when_a_conversion_fails(pace):
    gc.set_threshold(700, 10, 10)
    with pytest.raises(converter.ConversionError):
        converter.convert(ROOT / "pyproject.toml")   # not a document
    assert gc.get_threshold() == (700, 10, 10)


def test_a_collector_turned_off_stays_off(pace):
    gc.disable()
    try:
        with collection.fewer_collections():
            assert not gc.isenabled() and gc.get_threshold()[0] != collection.YOUNGEST
    finally:
        gc.enable()
