"""Reading PDF pages by OCR, with OCRmyPDF and Tesseract (``--ocr``).

Two cases call for it. A scan has pages that are images only (``NoTextLayer``): its
image pages are read (``--skip-text``: pages that do carry text keep it), or all its
pages when its fonts map glyphs to no characters (``--force-ocr``). A born-digital PDF
whose text layer maps glyphs to the wrong letters (see :mod:`.textcheck`) has those
pages read again (``--force-ocr --pages N,M``: the page is rendered as an image and
read), or, when those pages are scans with an old OCR layer that misreads, that layer is
replaced (``--redo-ocr --pages N,M``). The result goes through the normal PDF path.

OCRmyPDF runs as a program (the ``ocrmypdf`` command of the Debian package) on a
temporary copy in a temporary folder; the input is never touched and nothing is left
behind. It dies with the process that started it (a batch worker stopped by
``--timeout`` takes its OCR with it).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache

from ..errors import NoTextLayer, OCRFailed
from ..model import ExtractedDocument, Source
from .child import die_with_parent
from .readers import creation_date

# ISO 639-2 codes of the converter -> Tesseract's language data.
TESSERACT = {"eng": "eng", "fra": "fra", "spa": "spa", "rus": "rus", "ara": "ara",
             "zho": "chi_sim"}
PACKAGES = "ocrmypdf " + " ".join(f"tesseract-ocr-{t.replace('_', '-')}"
                                  for t in TESSERACT.values())
INSTALL = f"apt-get install {PACKAGES}"


def missing() -> str | None:
    """What is missing for OCR, in words; None when OCRmyPDF and Tesseract are there."""
    if shutil.which("ocrmypdf") is None:
        return "OCRmyPDF is not installed"
    if shutil.which("tesseract") is None:
        return "Tesseract is not installed"
    if not installed_languages():
        return "Tesseract has no language data"
    return None


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    """Tesseract's installed language data (eng, chi_sim …)."""
    try:
        run = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                             timeout=60)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (run.stdout + run.stderr).splitlines()
    return frozenset(l.strip() for l in lines if re.fullmatch(r"[a-z_]+", l.strip()))


def tesseract_languages(language: str | None) -> str:
    """The ``-l`` of OCRmyPDF: the document's language, or the six UN languages (those
    installed) when it is unknown. A language whose data is missing is an error."""
    have = installed_languages()
    if language:
        wanted = TESSERACT.get(language)
        if wanted is None:
            raise ValueError(f"unknown language {language!r}: one of {', '.join(TESSERACT)}")
        if wanted not in have:
            raise OCRFailed(f"Tesseract has no data for {language}: apt-get install "
                            f"tesseract-ocr-{wanted.replace('_', '-')}")
        return wanted
    found = [t for t in TESSERACT.values() if t in have]
    if not found:
        raise OCRFailed(f"Tesseract has no data for any UN language: {INSTALL}")
    return "+".join(found)


MODES = {"skip": "--skip-text", "force": "--force-ocr", "redo": "--redo-ocr"}


def ocr_pdf(data: bytes, name: str, language: str | None = None,
            pages: list[int] | None = None, mode: str = "skip") -> bytes:
    """The PDF ``data`` with a text layer read by OCR, on ``pages`` (default: all).

    ``mode`` ``skip``: pages that already carry text are left as they are
    (``--skip-text``); ``force``: the pages are rendered, text and all, and read again
    (``--force-ocr``); ``redo``: a scan's hidden OCR layer is replaced, visible text
    kept (``--redo-ocr``). Raises :class:`NoTextLayer` when OCRmyPDF or Tesseract is
    not installed, :class:`OCRFailed` (one line) when OCR fails."""
    why = missing()
    if why:
        raise NoTextLayer(f"{name}: cannot read it by OCR: {why} ({INSTALL})")
    langs = tesseract_languages(language)
    with tempfile.TemporaryDirectory(prefix="akn-ocr-") as folder:
        source = os.path.join(folder, "in.pdf")
        target = os.path.join(folder, "out.pdf")
        with open(source, "wb") as f:
            f.write(data)
        command = ["ocrmypdf", "--quiet", "-l", langs, "--output-type", "pdf",
                   "--optimize", "0", MODES[mode]]
        if pages:
            command += ["--pages", ",".join(str(p) for p in sorted(set(pages)))]
        command += [source, target]
        # OCRmyPDF's own temporary files go into this folder too.
        env = dict(os.environ, OMP_THREAD_LIMIT="1", TMPDIR=folder)
        try:
            run = subprocess.run(command, capture_output=True, text=True, env=env,
                                 stdin=subprocess.DEVNULL, preexec_fn=die_with_parent)
        except OSError as error:
            raise OCRFailed(f"{name}: OCRmyPDF could not be started ({error.strerror})") from None
        if run.returncode != 0 or not os.path.exists(target):
            raise OCRFailed(f"{name}: OCR failed: {_reason(run.returncode, run.stderr)}")
        with open(target, "rb") as f:
            return f.read()


# OCRmyPDF's exit codes (ocrmypdf.ExitCode) in words.
_EXIT = {1: "bad arguments", 2: "the input is not a PDF it can read",
         3: "a program it needs is missing", 4: "it made an invalid PDF",
         5: "a file could not be read or written", 6: "the page already has text",
         7: "a program it runs failed", 8: "the PDF is encrypted",
         9: "its configuration is invalid", 15: "an unexpected error",
         130: "it was interrupted"}


def _reason(code: int, stderr: str) -> str:
    """One line for people from OCRmyPDF's exit code and its last error line."""
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    meaningful = [l for l in lines if not l.startswith(("Traceback", "File ", "^"))
                  and "Opened a file" not in l]
    last = meaningful[-1] if meaningful else ""
    last = re.sub(r"^(?:[\w.]+(?:Error|Exception)|ERROR|error)\s*[:-]?\s*", "", last)
    words = _EXIT.get(code, f"exit code {code}")
    text = f"{words} ({last})" if last and last.lower() != words else words
    return " ".join(text.split())[:200]


def _pages_text(pages: list[int]) -> str:
    """1, 2, 3, 5 -> "pages 1-3, 5"."""
    runs: list[list[int]] = []
    for p in sorted(set(pages)):
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    text = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return ("pages " if len(pages) > 1 else "page ") + text


def extract_pdf_ocr(data: bytes, name: str, language: str | None = None,
                    reader: str | None = None) -> ExtractedDocument:
    """A PDF read as :func:`.pdf.extract_pdf` reads it, with OCR where it is needed: a
    scan's image pages, every page of a PDF whose fonts cannot be read, and the pages
    whose text layer looks wrong; and a scanned page 1 whose masthead gives no symbol or
    no date has the masthead's place read again (:mod:`.masthead_ocr`). Where nothing
    needs OCR, no OCR is run."""
    return _masthead_by_place(_extract(data, name, language, reader), data, language)


def _masthead_by_place(document: ExtractedDocument, data: bytes,
                       language: str | None) -> ExtractedDocument:
    """``document`` with the symbol or date its scanned page 1's masthead text lacks read
    by OCR of their place (top right of page 1), each with a doubt saying so; when the
    symbol cannot be read so either, a warning says what OCR read."""
    m = document.masthead
    if 1 not in document.scanned_pages or m.symbol and m.date or missing():
        return document
    from .masthead_ocr import reread_masthead
    reading = reread_masthead(data, language or document.language, symbol=not m.symbol)
    read = []
    if not m.symbol and reading.symbol:
        m.symbol = reading.symbol
        m.symbol_doubt = ("read by OCR of its place (the top right of page 1), the masthead's "
                          "text giving none: check it against the page")
        read.append(f"symbol {m.symbol}")
    if not m.date and reading.date:
        m.date = reading.date
        m.date_doubt = ("read by OCR of its place (under the symbol on page 1), the "
                        "masthead's text giving none: check it against the page")
        read.append(f"date {m.date}")
    if read:
        document.warnings.append(f"page 1: the masthead's {' and '.join(read)} read again by "
                                 "OCR of their place (Tesseract, top right of page 1): check "
                                 "against the page")
    if not m.symbol:
        seen = ", ".join(f'"{r}"' for r in dict.fromkeys(reading.symbol_readings))
        document.warnings.append(
            "page 1: no symbol could be read in the masthead, nor by OCR of its place (top "
            "right of page 1)" + (f": OCR read {seen}, which do not agree" if seen else "")
            + ": give it with --symbol")
    return document


def _extract(data: bytes, name: str, language: str | None,
             reader: str | None) -> ExtractedDocument:
    from .pdf import extract_pdf
    try:
        document = extract_pdf(data, language=language, name=name, reader=reader)
    except NoTextLayer as scan:
        why = missing()
        if why:
            raise NoTextLayer(f"{scan.message.split(';')[0]}; --ocr cannot read it: {why} "
                              f"({INSTALL})", scan.pages) from None
        read = ocr_pdf(data, name, language, mode="skip" if scan.pages else "force")
        document = extract_pdf(read, language=language, name=name,
                               ocr_pages=scan.pages or range(1, 100_000), reader=reader)
        document.ocr_pages = list(scan.pages) or list(range(1, document.source.pages + 1))
        document.warnings.insert(0, f"{_pages_text(document.ocr_pages)} read by OCR "
                                 f"(Tesseract, {tesseract_languages(language)}): the "
                                 "text is what OCR read from the image")
        document.source = Source(name, hashlib.sha256(data).hexdigest(), "pdf",
                                 document.source.pages, creation_date(data),   # the scan's
                                 document.source.reader)
        return document
    if not document.broken_pages:
        return document
    broken = document.broken_pages
    why = missing()
    if why:
        raise OCRFailed(f"{name}: the text layer of {_pages_text(broken)} looks wrong and "
                        f"--ocr cannot re-read it: {why} ({INSTALL})")
    # The language is known by now: the document's. A scan's old OCR layer is replaced
    # (--redo-ocr); a born-digital page's text, drawn in the wrong letters, is rendered
    # and read again (--force-ocr).
    mode = "redo" if set(broken) <= set(document.scanned_pages) else "force"
    read = ocr_pdf(data, name, language or document.language, pages=broken, mode=mode)
    again = extract_pdf(read, language=language or document.language, name=name,
                        ocr_pages=broken, reader=reader)
    ours = {w for w in document.warnings if _BROKEN.match(w)}
    again.warnings = [w.replace("; re-read it with --ocr", "; re-read by OCR")
                      for w in document.warnings if w in ours] + \
        [w for w in again.warnings if not _BROKEN.match(w)]
    again.broken_pages = broken
    again.ocr_pages = list(broken)
    again.source = document.source
    return again


_BROKEN = re.compile(r"page \d+: the text layer looks wrong")
