"""The PDF reader is a choice (--reader auto|pdfium|pdfminer, the API's reader=), named in
the manifest and in the output's metadata; ``auto`` takes PDFium when pypdfium2 is
installed and falls back to pdfminer when it is not. Both readers fill one page model:
on the sample PDF they give the same body."""
import json
import os
import subprocess
import sys

import pytest
from conftest import NS, ROOT
from lxml import etree

import converter
from converter.extractor.pdf import read_pages
from converter.extractor.readers import pdfium_installed

SAMPLE_PDF = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"
SOURCE = "{urn:x-un-akn:source}source"
needs_pdfium = pytest.mark.skipif(not pdfium_installed(),
                                  reason="pypdfium2 not installed (pip install -e '.[fast]')")


def akn(*args, env=None):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=ROOT)


def reader_of(tree) -> str | None:
    return tree.getroot().find(f".//{SOURCE}").get("reader")


def body(tree) -> bytes:
    document = next(c for c in tree.getroot() if isinstance(c.tag, str))
    for meta in document.findall("a:meta", NS):
        document.remove(meta)
    return etree.tostring(document)


@needs_pdfium
def test_api_names_the_reader_it_used_and_auto_takes_pdfium():
    fast = converter.convert(SAMPLE_PDF, markup_date="2026-01-01", reader="pdfium")
    slow = converter.convert(SAMPLE_PDF, markup_date="2026-01-01", reader="pdfminer")
    auto = converter.convert(SAMPLE_PDF, markup_date="2026-01-01")
    assert (reader_of(fast), reader_of(slow), reader_of(auto)) == ("pdfium", "pdfminer", "pdfium")
    assert converter.extract(SAMPLE_PDF, reader="pdfminer").source.reader == "pdfminer"
    # One page model: the same body, text, structure and eIds, from either reader.
    assert body(fast) == body(slow)


def test_a_text_input_names_no_reader():
    tree = converter.convert(ROOT / "samples" / "cooperation-droits-humains-fr.txt",
                             markup_date="2026-01-01")
    assert reader_of(tree) is None


def test_an_unknown_reader_is_refused_in_one_line(tmp_path):
    with pytest.raises(ValueError, match="unknown reader 'poppler'"):
        converter.convert(SAMPLE_PDF, reader="poppler")
    run = akn("convert", SAMPLE_PDF, "-o", tmp_path / "out.xml", "--reader", "poppler")
    assert run.returncode == 2
    assert run.stderr.strip() == "error: unknown reader 'poppler': one of auto, pdfium, pdfminer"


@pytest.mark.parametrize("reader", ["pdfminer", pytest.param("pdfium", marks=needs_pdfium)])
def test_cli_convert_and_batch_use_the_reader_asked_for(tmp_path, reader):
    out = tmp_path / "out.xml"
    run = akn("convert", SAMPLE_PDF, "-o", out, "--reader", reader, "--markup-date", "2026-01-01")
    assert run.returncode == 0, run.stderr
    assert reader_of(etree.parse(str(out))) == reader
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sample.pdf").write_bytes(SAMPLE_PDF.read_bytes())
    run = akn("batch", folder, "-o", tmp_path / "batch", "--workers", "1", "--reader", reader)
    assert run.returncode == 0, run.stderr
    entry = json.loads((tmp_path / "batch" / "manifest.jsonl").read_text().splitlines()[0])
    assert entry["status"] == "ok" and entry["reader"] == reader
    written = next((tmp_path / "batch").rglob("*.xml"))
    assert reader_of(etree.parse(str(written))) == reader


# Run with pypdfium2 hidden from imports, as on a machine without the fast extra.
_BLOCKED = """
import sys
class _Hide:
    def find_spec(self, name, path=None, target=None):
        if name == "pypdfium2" or name.startswith(("pypdfium2.", "pypdfium2_raw")):
            raise ImportError("hidden by the test: " + name)
sys.meta_path.insert(0, _Hide())
"""


def _without_pdfium(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _BLOCKED + code], capture_output=True,
                          text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_auto_falls_back_to_pdfminer_without_pypdfium2():
    run = _without_pdfium(
        "import converter\n"
        f"tree = converter.convert({str(SAMPLE_PDF)!r}, markup_date='2026-01-01')\n"
        "print(tree.getroot().find('.//{urn:x-un-akn:source}source').get('reader'))\n"
        "try:\n"
        f"    converter.convert({str(SAMPLE_PDF)!r}, reader='pdfium')\n"
        "except ValueError as error:\n"
        "    print(error)\n")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "pdfminer",
        "the PDFium reader is not installed: pip install -e '.[fast]' (the pypdfium2 package)"]


def test_batch_asked_for_pdfium_without_it_stops_before_converting(tmp_path):
    run = _without_pdfium(
        "import sys\nfrom converter.cli import app\n"
        f"sys.argv = ['akn', 'batch', {str(SAMPLE_PDF)!r}, '-o', {str(tmp_path / 'out')!r},"
        " '--reader', 'pdfium']\napp()\n")
    assert run.returncode == 2
    assert "the PDFium reader is not installed" in run.stderr
    assert not (tmp_path / "out" / "manifest.jsonl").exists()


@needs_pdfium
def test_both_readers_fill_the_same_page_model():
    """Lines, their sizes and boxes, the rules and links, from either reader."""
    a, b = read_pages(SAMPLE_PDF, reader="pdfminer"), read_pages(SAMPLE_PDF, reader="pdfium")
    assert [(p.width, p.height) for p in a] == [(p.width, p.height) for p in b]
    for pa, pb in zip(a, b):
        assert [l.text for l in pa.lines] == [l.text for l in pb.lines]
        assert [l.size for l in pa.lines] == [l.size for l in pb.lines]
        assert all(abs(la.x0 - lb.x0) < 0.5 and abs(la.y0 - lb.y0) < 1
                   for la, lb in zip(pa.lines, pb.lines))
        assert [l.bold for l in pa.lines] == [l.bold for l in pb.lines]
        assert len(pa.rules) == len(pb.rules)
        assert [u for _, u in pa.links] == [u for _, u in pb.links]
