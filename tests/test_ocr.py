"""Scanned PDFs and wrong text layers read by OCR (``--ocr``), with the real engines:
OCRmyPDF and Tesseract (the README's install command brings them).

What is asserted was read from the scans themselves (pdftoppm): page 1 of the corpus
scan A/45/696/Add.1 prints the symbol "A/45/696/Add.1", the date "8 November 1990" and
the title "PROTECTION OF GLOBAL CLIMATE FOR PRESENT AND FUTURE GENERATIONS OF MANKIND";
page 2 heads "ANNEX II" and "Final statement of the Second World Climate Conference";
page 3 goes on with "The Conference discussed the results of the first decade of work".
A/RES/77/247 (Spanish) prints "que" where its text layer reads "uue", and "informe"
where it reads "iniorme".
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from converter.namespaces import SOURCE_NS
from tests.corpus import corpus_file
from tests.pdfs import image_only_pdf, minimal_pdf

SCAN = "pdf/A_45_696_Add.1-EN.pdf"
BROKEN = "pdf/A_RES_77_247-ES.pdf"


def akn(*args, env=None):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True, env=env)


def cut(source: Path, first: int, last: int, target: Path) -> Path:
    """Pages first..last of ``source`` as a new PDF (poppler's pdfseparate/pdfunite)."""
    folder = target.parent / (target.stem + "-pages")
    folder.mkdir()
    subprocess.run(["pdfseparate", "-f", str(first), "-l", str(last), str(source),
                    str(folder / "p%d.pdf")], check=True)
    parts = [str(folder / f"p{n}.pdf") for n in range(first, last + 1)]
    if len(parts) == 1:
        os.replace(parts[0], target)
    else:
        subprocess.run(["pdfunite", *parts, str(target)], check=True)
    return target


def white_page_pdf() -> bytes:
    """A blank scanned page: a white image, no text."""
    image = b"<< /Type /XObject /Subtype /Image /Width 100 /Height 140 /ColorSpace " \
            b"/DeviceGray /BitsPerComponent 8 /Length 14000 >>\nstream\n" + b"\xff" * 14000 + \
            b"\nendstream"
    return minimal_pdf(b"q 500 0 0 700 40 70 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>", [image])


def words(path: Path) -> str:
    """The text of an Akoma Ntoso file, whitespace folded."""
    return " ".join(" ".join(etree.parse(str(path)).getroot().itertext()).split())


def warnings(path: Path) -> list[str]:
    return [w.text for w in etree.parse(str(path)).iter(f"{{{SOURCE_NS}}}warning")]


@pytest.fixture(scope="module")
def scan_pages(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scan")
    return cut(corpus_file(SCAN), 1, 3, folder / "A_45_696_Add.1-p1-3.pdf")


def test_scan_without_ocr_exits_3_with_a_one_line_hint(tmp_path):
    out = tmp_path / "out.xml"
    run = akn("convert", corpus_file(SCAN), "-o", out)
    assert run.returncode == 3
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "no text layer: page 1 is an image" in lines[0]
    assert "--ocr" in lines[0] and "ocrmypdf" in lines[0] and "tesseract-ocr-eng" in lines[0]
    assert not out.exists()


def test_ocr_without_ocrmypdf_installed_exits_3_naming_the_packages(tmp_path, scan_pages):
    empty = tmp_path / "bin"            # a PATH where neither ocrmypdf nor tesseract is
    empty.mkdir()
    out = tmp_path / "out.xml"
    run = akn("convert", scan_pages, "--ocr", "-o", out, env={**os.environ, "PATH": str(empty)})
    assert run.returncode == 3
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "OCRmyPDF is not installed" in lines[0]
    assert "apt-get install ocrmypdf tesseract-ocr-eng" in lines[0]
    assert not out.exists()


def test_scan_read_by_ocr_converts(tmp_path, scan_pages):
    before = hashlib.sha256(scan_pages.read_bytes()).hexdigest()
    temp = tmp_path / "temp"            # OCR's temporary files go here, and must go away
    temp.mkdir()
    out = tmp_path / "out.xml"
    # In English (the batch test below reads in the six UN languages, the default).
    run = akn("convert", scan_pages, "--ocr", "--language", "eng", "-o", out,
              env={**os.environ, "TMPDIR": str(temp)})
    assert run.returncode == 0, run.stderr
    text = words(out)
    assert "A/45/696/Add.1" in text
    assert "8 November 1990" in text
    assert "PROTECTION OF GLOBAL CLIMATE FOR PRESENT AND FUTURE GENERATIONS OF MANKIND" in text
    assert "Final statement of the Second World Climate Conference" in text
    assert "The Conference discussed the results of the first decade of work" in text
    # The masthead is read from what OCR found: the symbol and the date of page 1.
    work = etree.parse(str(out)).find(".//{*}FRBRWork")
    assert work.find("{*}FRBRnumber").get("showAs") == "A/45/696/Add.1"
    assert work.find("{*}FRBRdate").get("date") == "1990-11-08"
    assert any(w.startswith("pages 1-3 read by OCR (Tesseract, eng)") for w in warnings(out))
    assert "pages 1-3 read by OCR" in run.stderr
    assert hashlib.sha256(scan_pages.read_bytes()).hexdigest() == before   # input untouched
    assert list(temp.iterdir()) == []


def test_batch_ocr_records_the_pages_read_and_goes_on_after_a_failure(tmp_path, scan_pages):
    src = tmp_path / "in"
    src.mkdir()
    # The three pages, then a blank scanned page (a white image), which OCR finds no
    # word on: the document converts all the same.
    (tmp_path / "white.pdf").write_bytes(white_page_pdf())
    subprocess.run(["pdfunite", scan_pages, tmp_path / "white.pdf", src / "scan.pdf"], check=True)
    (src / "blank.pdf").write_bytes(image_only_pdf())     # a 2x2 image Ghostscript refuses
    out = tmp_path / "out"
    run = akn("batch", src, "-o", out, "--ocr", "--workers", "1")
    entries = {Path(e["path"]).name: e
               for e in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    assert entries["scan.pdf"]["status"] == "ok", entries["scan.pdf"]
    assert entries["scan.pdf"]["ocr"] == [1, 2, 3, 4]
    assert entries["scan.pdf"]["pages"] == 4
    assert any("read by OCR (Tesseract, eng+fra+spa+rus+ara+chi_sim)" in w
               for w in entries["scan.pdf"]["warnings"])
    assert "A/45/696/Add.1" in words(out / "scan.xml")
    assert entries["blank.pdf"]["status"] == "failed"
    error = entries["blank.pdf"]["error"]
    assert error.startswith("blank.pdf: OCR failed: ") and "\n" not in error and "Traceback" not in error
    assert run.returncode == 1 and "ok 1" in run.stderr and "failed 1" in run.stderr


def test_batch_without_ocr_fails_the_scan_with_the_hint(tmp_path, scan_pages):
    src = tmp_path / "in"
    src.mkdir()
    cut(scan_pages, 1, 1, src / "scan.pdf")
    out = tmp_path / "out"
    akn("batch", src, "-o", out, "--workers", "1")
    entry = json.loads((out / "manifest.jsonl").read_text().splitlines()[0])
    assert entry["status"] == "failed" and entry["ocr"] == []
    assert "page 1 is an image" in entry["error"] and "--ocr" in entry["error"]


def test_wrong_text_layer_is_read_again_by_ocr(tmp_path):
    pages = cut(corpus_file(BROKEN), 1, 2, tmp_path / "A_RES_77_247-ES-p1-2.pdf")
    plain, read = tmp_path / "plain.xml", tmp_path / "ocr.xml"
    run = akn("convert", pages, "-o", plain)
    assert run.returncode == 0, run.stderr
    assert re.search(r"page 1: the text layer looks wrong: \d+% of words unknown in Spanish.*"
                     r"re-read it with --ocr", run.stderr)
    assert " uue " in words(plain) and "iniorme" in words(plain)
    run = akn("convert", pages, "--ocr", "--language", "spa", "-o", read)
    assert run.returncode == 0, run.stderr
    text = words(read)
    assert "uue" not in text and "iniorme" not in text
    assert "afirmando que esos instrumentos de derechos humanos deben ser respetados" in text
    assert "el informe del Secretario General sobre la labor del Comité Especial" in text
    assert any("page 1: the text layer looks wrong" in w and w.endswith("re-read by OCR")
               for w in warnings(read))
    # The pages re-read by OCR keep their footnotes: notes 1-4 at the foot of page 1,
    # 5-10 at the foot of page 2, in smaller type; note 1 is called after "Declaración
    # Universal de Derechos Humanos", note 4 after "la Convención sobre los Derechos
    # del Niño" (calls OCR reads as "Humanos!," and "Niño*,").
    tree = etree.parse(str(read))
    notes = {n.get("marker"): n for n in tree.iter("{*}authorialNote")}
    assert sorted(notes, key=int) == [str(n) for n in range(1, 11)]
    assert " ".join("".join(notes["3"].itertext()).split()) == "Ibid."
    assert " ".join("".join(notes["4"].itertext()).split()) == \
        "Naciones Unidas, Treaty Series, vol. 1577, núm. 27531."
    assert " ".join("".join(notes["10"].itertext()).split()) == \
        "Véanse A/ES-10/273 y A/ES-10/273/Corr.1."

    def before(note):
        p = note.getparent()
        return " ".join(((p.text or "") + "".join("".join(c.itertext()) + (c.tail or "")
                                                  for c in p[:p.index(note)])).split())
    assert before(notes["1"]).endswith("Declaración Universal de Derechos Humanos")
    assert before(notes["4"]).endswith("la Convención sobre los Derechos del Niño")
    assert tree.find(".//{*}hcontainer[@name='unanchoredNotes']") is None


def test_batch_timeout_during_ocr_leaves_no_process_and_no_file(tmp_path, scan_pages):
    src = tmp_path / "in"
    src.mkdir()
    (src / "scan.pdf").write_bytes(scan_pages.read_bytes())
    temp = tmp_path / "temp"        # where the batch's workers, and so OCR, keep their files
    temp.mkdir()
    out = tmp_path / "out"
    # Reading three pages in six languages takes Tesseract far longer than a second.
    run = akn("batch", src, "-o", out, "--ocr", "--workers", "1", "--timeout", "1",
              env={**os.environ, "TMPDIR": str(temp)})
    entry = json.loads((out / "manifest.jsonl").read_text().splitlines()[0])
    assert entry["status"] == "failed" and "timed out after 1 s" in entry["error"]
    assert run.returncode == 1
    assert list(temp.iterdir()) == []
    left = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(temp).encode() in cmdline.read_bytes():
                left.append(cmdline.parent.name)
        except OSError:
            pass                    # a process that ended meanwhile
    assert left == []


def test_old_ocr_layer_of_a_scan_is_replaced(tmp_path):
    """A/39/361 is a 1984 scan with a hidden OCR layer that misreads ("inprovenent",
    "Assenbly"): with --ocr that layer is replaced (--redo-ocr), not doubled. Page 1
    prints "the improvement of the humanitarian situation in East Timor", and a note
    at its foot (read as a note: see test_ocr_layout.py)."""
    pages = cut(corpus_file("pdf/A_39_361-EN.pdf"), 1, 2, tmp_path / "A_39_361-EN-p1-2.pdf")
    plain, read = tmp_path / "plain.xml", tmp_path / "ocr.xml"
    assert akn("convert", pages, "-o", plain).returncode == 0
    run = akn("convert", pages, "--ocr", "--language", "eng", "-o", read)
    assert run.returncode == 0, run.stderr
    before, after = words(plain), words(read)
    assert "improvement of the humanitarian situation in East Timor" not in before
    assert "improvement of the humanitarian situation in East Timor" in after
    misread = re.compile(r"\b(?:inprovenent|Assenbly|progranme|conmittee)\b", re.IGNORECASE)
    assert misread.search(before) and not misread.search(after)
    # Each word once: the old layer is gone, not kept beside the new one.
    assert after.count("Upon assuming my responsibilities") == 1
    assert 0.9 < len(after.split()) / len(before.split()) < 1.1
    assert any("page 1: the text layer looks wrong" in w and w.endswith("re-read by OCR")
               for w in warnings(read))
    # Page 1 prints "Item 108 of the provisional agenda*" and, under the rule at its
    # foot, the note "* A/39/150." (and below it the job number "84-17984 1304q (E)").
    notes = list(etree.parse(str(read)).iter("{*}authorialNote"))
    assert [(n.get("marker"), " ".join("".join(n.itertext()).split())) for n in notes] == \
        [("*", "A/39/150.")]
    assert "of the provisional agenda" in "".join(notes[0].getparent().itertext())
