"""Review pages: the layout sidecar, `akn review`, `akn batch --review` and its index,
opened in a real browser (headless Chromium driven over its DevTools protocol).

Real corpus PDFs: a resolution (S/RES/2768 (2025)), a report with notes, tables, a
contents list and a doubt (A/80/44, 21 pages: its date is not printed), a letter
(S/2025/15), a verbatim record (A/79/PV.64), and the scan A/45/696/Add.1 (failed
without --ocr). Where a paragraph is on the page comes from
poppler (``pdftotext -bbox``), never from the converter.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from conftest import NS, SAMPLE, text
from corpus import corpus_file
from lxml import etree

from converter.review import render
from converter.validator import Problem
from converter.review.layout import FORMAT, name_beside, reference
from converter.review.page import review_page

DOCS = {
    "resolution": "pdf/S_RES_2768_(2025)-EN.pdf",
    "report": "pdf/A_80_44-EN.pdf",
    "letter": "pdf/S_2025_15-EN.pdf",
    "record": "pdf/A_79_PV.64-EN.pdf",
    "scan": "pdf/A_45_696_Add.1-EN.pdf",
}
CONVERTED = ("resolution", "report", "letter", "record")
# A paragraph of each, by the words it starts with (as printed: pdftotext -layout), and
# the page it starts on.
KNOWN = {
    "resolution": ("Condemning the Houthi continued attacks against merchant", 1),
    "report": ("In 2024, the United Nations anti-torture mechanisms and their", 8),
    "letter": ("I have the honour to inform you that your letter dated 24 December", 1),
}


@pytest.fixture(scope="session")
def browser():
    from browser import Browser
    b = Browser(width=1400, height=900)
    yield b
    b.close()


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The four documents converted by `akn batch --review` (two workers)."""
    base = tmp_path_factory.mktemp("review")
    src = base / "in"
    src.mkdir()
    for relative in DOCS.values():
        (src / Path(relative).name).symlink_to(corpus_file(relative))
    out = base / "out"
    run = subprocess.run([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                          "--workers", "2", "--review", "--markup-date", "2026-01-01"],
                         capture_output=True, text=True)
    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    return out, {kind: next(e for e in entries if e["path"].endswith(Path(rel).name))
                 for kind, rel in DOCS.items()}, entries, run


def _sidecar(out, entry) -> dict:
    return json.loads((out / entry["layout"]).read_text(encoding="utf-8"))


def _tree(out, entry):
    return etree.parse(str(out / entry["output"]))


def _xpath(path: str) -> str:
    """ "/akomaNtoso/doc/mainBody/paragraph[2]" as an XPath in the AKN namespace."""
    return "/".join(re.sub(r"^([A-Za-z]+)", r"a:\1", step) if step else ""
                    for step in path.split("/"))


def _paragraph(tree, words: str):
    """The ``p`` whose text (notes left out) starts with ``words``."""
    found = [p for p in tree.iterfind(".//a:p", NS)
             if " ".join(text(p).split()).startswith(words)]
    assert len(found) == 1, (words, len(found))
    return found[0]


def _first_word_box(pdf: Path, page: int, words: str,
                    crop: bool = False) -> tuple[float, float, float, float]:
    """Where poppler puts the first of ``words`` on the page: (xMin, yMin, xMax, yMax),
    top-left origin, in points, and the page height (``crop``: on the page's CropBox)."""
    html = subprocess.run(["pdftotext", "-bbox", *(["-cropbox"] if crop else []), "-f", str(page),
                           "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    found = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]
    want = words.split()[:4]
    for k in range(len(found) - 3):
        if [w for *_, w in found[k:k + 4]] == want:
            return (*found[k][:4], height)
    raise AssertionError(f"{want} not found by pdftotext on page {page} of {pdf.name}")


# -- the sidecar ------------------------------------------------------------------------
def test_the_batch_writes_a_sidecar_and_a_review_page_per_document(batch):
    out, docs, entries, run = batch
    assert run.returncode == 1, run.stderr          # the scan fails without --ocr
    for kind in CONVERTED:
        entry = docs[kind]
        assert entry["status"] == "ok", entry
        assert entry["layout"] == str(name_beside(Path(entry["output"])))
        assert (out / entry["review"]).is_file() and (out / entry["layout"]).is_file()
        layout = _sidecar(out, entry)
        assert layout["format"] == FORMAT and layout["source"]["sha256"] == entry["sha256"]
        assert Path(layout["source"]["input"]).resolve() == \
            corpus_file(DOCS[kind]).resolve() or Path(layout["source"]["input"]).is_file()
        assert len(layout["pages"]) == entry["pages"]
    assert docs["scan"]["status"] == "failed" and not docs["scan"].get("review")
    assert (out / "index.html").is_file()
    assert not list(out.rglob(".*.tmp"))              # written atomically: no leftovers


def test_every_box_lies_inside_its_page(batch):
    out, docs, _, _ = batch
    for kind in CONVERTED:
        layout = _sidecar(out, docs[kind])
        sizes = {p["number"]: (p["width"], p["height"]) for p in layout["pages"]}
        boxes = [b for e in layout["elements"] for b in e["boxes"]] + \
            [d["box"] for d in layout["dropped"]]
        assert boxes
        for page, x0, y0, x1, y1 in boxes:
            width, height = sizes[page]
            assert -1 <= x0 < x1 <= width + 1 and -1 <= y0 < y1 <= height + 1, (kind, page, x0, y0, x1, y1)


def test_every_element_of_the_sidecar_is_in_the_akn_and_every_paragraph_has_a_box(batch):
    out, docs, _, _ = batch
    for kind in CONVERTED:
        tree, layout = _tree(out, docs[kind]), _sidecar(out, docs[kind])
        for element in layout["elements"]:
            found = tree.xpath(_xpath(element["path"]), namespaces=NS)
            assert len(found) == 1, (kind, element["path"])
            assert found[0].get("eId") == element["eId"], (kind, element["ref"])
        placed = {e["eId"] for e in layout["elements"] if e["eId"]}
        paragraphs = [p.get("eId") for p in tree.iterfind(".//a:p", NS)
                      if not any(etree.QName(a).localname == "meta" for a in p.iterancestors())]
        assert paragraphs and [p for p in paragraphs if p not in placed] == [], kind
        # Every element with words of its own is placed, or inside a placed one; but a
        # number, written from the number read (printed within its paragraph's box).
        refs = {e["ref"] for e in layout["elements"]}
        unplaced = [reference(el)[0] for el in tree.iter() if isinstance(el.tag, str)
                    and not any(etree.QName(a).localname == "meta" for a in el.iterancestors())
                    and etree.QName(el).localname != "num"
                    and ((el.text or "").strip() or any((c.tail or "").strip() for c in el))
                    and not any(reference(x)[0] in refs for x in [el, *el.iterancestors()])]
        assert unplaced == [], (kind, unplaced[:5])


@pytest.mark.parametrize("kind", sorted(KNOWN))
def test_a_known_paragraph_is_where_pdftotext_puts_its_first_word(batch, kind):
    out, docs, _, _ = batch
    words, page = KNOWN[kind]
    tree, layout = _tree(out, docs[kind]), _sidecar(out, docs[kind])
    eid = _paragraph(tree, words).get("eId")
    boxes = next(e["boxes"] for e in layout["elements"] if e["eId"] == eid)
    x_min, y_min, x_max, y_max, height = _first_word_box(corpus_file(DOCS[kind]), page, words)
    n, x0, y0, x1, y1 = boxes[0]
    assert n == page
    # The word inside the box (2 points for the two readers' font boxes), the box's top
    # line the word's.
    assert x0 <= x_min + 2 and x1 >= x_max - 2, (kind, boxes[0], x_min, x_max)
    assert y0 <= height - y_max + 2 and abs(y1 - (height - y_min)) < 4, (kind, boxes[0], y_min, y_max)


def test_notes_tables_and_calls_have_their_roles(batch):
    out, docs, _, _ = batch
    tree, layout = _tree(out, docs["report"]), _sidecar(out, docs["report"])
    roles = {e["ref"]: e["role"] for e in layout["elements"]}
    notes = tree.findall(".//a:authorialNote", NS)
    assert notes
    for note in notes:
        assert roles.get(f"{note.get('eId')}__p_1") == "note"
    calls = [r for r, role in roles.items() if role == "call"]
    assert len(calls) >= len(notes) - 1       # a note called from the masthead has none
    cells = tree.findall(".//a:table//a:p", NS)
    assert cells and all(roles[p.get("eId")] == "table" for p in cells)
    letter = _sidecar(out, docs["letter"])
    assert "signature" in {e["role"] for e in letter["elements"]}


# -- the review page in a browser -----------------------------------------------------------
@pytest.mark.parametrize("kind", CONVERTED)
def test_the_boxes_drawn_are_the_elements_with_a_layout(batch, browser, kind):
    out, docs, _, _ = batch
    layout = _sidecar(out, docs[kind])
    browser.open(out / docs[kind]["review"])
    assert browser.js("document.querySelectorAll('.sheet img').length") == docs[kind]["pages"]
    assert browser.js("document.querySelectorAll('.b[data-ref]').length") == \
        sum(len(e["boxes"]) for e in layout["elements"])
    drawn = browser.js("[...new Set([...document.querySelectorAll('.b[data-ref]')].map(b => b.dataset.ref))]")
    assert sorted(drawn) == sorted(e["ref"] for e in layout["elements"])
    assert browser.js("document.querySelectorAll('.b[data-dropped]').length") == len(layout["dropped"])
    # The AKN pane: each element with a layout is there, marked so.
    assert browser.js("document.querySelectorAll('#xml .e[data-box]').length") == len(layout["elements"])


def _box_centre(browser, ref: str) -> tuple[float, float]:
    return tuple(browser.js(f"""(() => {{
        const d = document.querySelector('.b[data-ref="{ref}"]');
        d.scrollIntoView({{block: 'center'}});
        const r = d.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; }})()"""))


@pytest.mark.parametrize("kind", sorted(KNOWN))
def test_clicking_a_box_selects_its_element_and_back(batch, browser, kind):
    out, docs, _, _ = batch
    eid = _paragraph(_tree(out, docs[kind]), KNOWN[kind][0]).get("eId")
    browser.open(out / docs[kind]["review"])
    browser.click(*_box_centre(browser, eid))
    assert browser.js("document.body.dataset.selected") == eid
    assert browser.js("[...document.querySelectorAll('#xml .e.sel')].map(e => e.dataset.ref)") == [eid]
    assert eid in browser.js("document.getElementById('info').textContent")
    # The element is scrolled into view in the AKN pane.
    assert browser.js(f"""(() => {{ const s = document.querySelector('#xml .e[data-ref="{eid}"]').getBoundingClientRect();
        const p = document.getElementById('akn').getBoundingClientRect();
        return s.top < p.bottom && s.bottom > p.top; }})()""")
    # Back: Escape clears; a click on the element's tag in the AKN pane lights its box.
    browser.press("Escape")
    assert browser.js("document.querySelectorAll('.b.sel').length") == 0
    x, y = browser.js(f"""(() => {{ const t = document.querySelector('#xml .e[data-ref="{eid}"] > .tg');
        t.scrollIntoView({{block: 'center'}}); const r = t.getBoundingClientRect();
        return [r.left + 5, r.top + r.height / 2]; }})()""")
    browser.click(x, y)
    assert browser.js("[...document.querySelectorAll('.b.sel')].map(b => b.dataset.ref)") == [eid]
    assert browser.js(f"""(() => {{ const b = document.querySelector('.b[data-ref="{eid}"]').getBoundingClientRect();
        const p = document.getElementById('pages').getBoundingClientRect();
        return b.top < p.bottom && b.bottom > p.top; }})()""")


def test_a_document_with_a_doubt_shows_it_on_its_page(batch, browser):
    out, docs, _, _ = batch
    assert docs["report"]["doubts"] == ["date"]          # A/80/44 prints no date
    browser.open(out / docs["report"]["review"])
    issues = browser.js("[...document.querySelectorAll('#issues li.doubt')].map(l => l.textContent)")
    assert len(issues) == 1 and issues[0].startswith("doubtthe date: no date printed")
    assert browser.js("document.querySelectorAll('#page-1 .flag.doubt').length") == 1
    browser.press("d")                                  # next doubt: the flag is current
    k = browser.js("document.body.dataset.issue")
    assert browser.js(f"document.querySelector('.flag[data-issue=\"{k}\"]').classList.contains('current')")


def test_keys_go_to_the_next_and_previous_page(batch, browser):
    out, docs, _, _ = batch
    browser.open(out / docs["report"]["review"])
    browser.press("n")
    browser.press("n")
    assert browser.js("document.body.dataset.page") == "3"
    browser.press("p")
    assert browser.js("document.body.dataset.page") == "2"


def test_the_index_lists_every_manifest_line(batch, browser):
    out, docs, entries, _ = batch
    browser.open(out / "index.html")
    rows = browser.js("[...document.querySelectorAll('#docs tbody tr')].map(r => r.querySelector('.path').textContent)")
    assert sorted(rows) == sorted(e["path"] for e in entries)
    links = browser.js("[...document.querySelectorAll('#docs tbody a')].map(a => a.href)")
    assert len(links) == 4 and all(Path(unquote(urlparse(link).path)).is_file() for link in links)
    counts = browser.js("document.getElementById('counts').textContent")
    assert "5 documents" in counts and "ok 4" in counts and "failed 1" in counts
    assert browser.js("document.getElementById('types').textContent").count("doc/letter 1") == 1
    # Filtered by status, by doubt, by type.
    browser.js("(() => { const s = document.getElementById('f-status'); s.value = 'failed'; "
               "s.dispatchEvent(new Event('input')); })()")
    assert browser.js("document.body.dataset.shown") == "1"
    browser.js("(() => { for (const id of ['f-status', 'f-doubt']) { const s = document.getElementById(id); "
               "s.value = id === 'f-doubt' ? 'date' : ''; s.dispatchEvent(new Event('input')); } })()")
    shown = browser.js("[...document.querySelectorAll('#docs tbody tr:not(.hidden) .path')].map(p => p.textContent)")
    assert shown == [docs["report"]["path"]]
    # Sorted by pages, most first.
    browser.js("(() => { const s = document.getElementById('f-doubt'); s.value = ''; "
               "s.dispatchEvent(new Event('input')); })()")
    pages_header = browser.js("(() => { const th = document.querySelector('th[data-k=\"6\"]'); th.click(); th.click(); "
                              "return [...document.querySelectorAll('#docs tbody tr')].map(r => r.cells[6].textContent); })()")
    assert pages_header[0] == str(docs["report"]["pages"])


def test_a_20_page_report_page_is_small_and_readable(batch):
    out, docs, _, _ = batch
    page = (out / docs["report"]["review"]).read_bytes()
    assert docs["report"]["pages"] >= 20 and len(page) < 5_000_000
    widths = [int(w) for w in re.findall(rb'<img alt="page \d+" width="(\d+)"', page)]
    assert len(widths) == docs["report"]["pages"] and min(widths) >= 700   # about 90 dpi on A4
    # Self-contained: nothing fetched (no external script, style, image or font).
    assert not re.search(rb'<(script|img|link|iframe)[^>]+(src|href)="(?!data:)', page)
    assert not re.search(rb"url\((?!data:)|@import", page.split(b'<pre id="xml">')[0])



def _boxes_of_page(browser, review: Path) -> tuple[int, int]:
    browser.open(review)
    return (browser.js("document.querySelectorAll('.sheet img').length"),
            browser.js("document.querySelectorAll('.b[data-ref]').length"))


def test_resume_with_review_makes_the_pages_of_documents_converted_before(browser, tmp_path):
    """A first run without --review converts the resolution; a second, with --resume and
    --review, skips it (its XML kept, not converted again) and converts the letter: both
    get their review page (the skipped one's from its XML, its sidecar and its PDF) and
    the index links every manifest line. A review page lost since is made again."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "res.pdf").symlink_to(corpus_file(DOCS["resolution"]))
    run = [sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
           "--markup-date", "2026-01-01"]
    subprocess.run(run, capture_output=True, check=True)
    xml = out / "res.xml"
    written = xml.stat().st_mtime_ns
    assert not list(out.glob("*.review.html"))
    (src / "letter.pdf").symlink_to(corpus_file(DOCS["letter"]))

    def resume() -> dict:
        done = subprocess.run([*run, "--resume", "--review"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        lines = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
        return {Path(e["path"]).name: e for e in lines}
    entries = resume()
    assert entries["res.pdf"]["status"] == "skipped" and entries["letter.pdf"]["status"] == "ok"
    assert xml.stat().st_mtime_ns == written                     # not converted again
    layout = json.loads((out / "res.layout.json").read_text())
    for name, pdf in (("res.pdf", DOCS["resolution"]), ("letter.pdf", DOCS["letter"])):
        review = out / entries[name]["review"]
        sidecar = json.loads((out / entries[name]["layout"]).read_text())
        pages, drawn = _boxes_of_page(browser, review)
        assert pages == entries[name]["pages"] and drawn == \
            sum(len(e["boxes"]) for e in sidecar["elements"]) > 5, name
    assert layout == json.loads((out / "res.layout.json").read_text())
    browser.open(out / "index.html")
    rows = browser.js("[...document.querySelectorAll('#docs tbody tr')].map(r => r.querySelector('.path').textContent)")
    assert sorted(rows) == sorted(e["path"] for e in entries.values())
    links = browser.js("[...document.querySelectorAll('#docs tbody a')].map(a => a.href)")
    assert sorted(Path(unquote(urlparse(link).path)).name for link in links) == \
        ["letter.review.html", "res.review.html"]
    # The page lost: made again; the page there: kept as it is.
    (out / "res.review.html").unlink()
    kept = (out / "letter.review.html").stat().st_mtime_ns
    entries = resume()
    assert {e["status"] for e in entries.values()} == {"skipped"}
    assert (out / "res.review.html").is_file() and entries["res.pdf"]["review"] == "res.review.html"
    assert (out / "letter.review.html").stat().st_mtime_ns == kept
    # A document of the manifest no longer among the inputs: its page made from the PDF
    # its sidecar names.
    (src / "letter.pdf").unlink()
    (out / "letter.review.html").unlink()
    entries = resume()
    assert entries["letter.pdf"]["review"] == "letter.review.html"
    assert _boxes_of_page(browser, out / "letter.review.html")[0] == 1


# -- akn review ---------------------------------------------------------------------
def test_akn_review_of_an_output_finds_its_pdf_through_the_sidecar(batch, browser, tmp_path):
    out, docs, _, _ = batch
    xml = out / docs["letter"]["output"]
    page = tmp_path / "letter.html"
    run = subprocess.run([sys.executable, "-m", "converter", "review", str(xml), "-o", str(page)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    browser.open(page)
    assert browser.js("document.querySelectorAll('.sheet img').length") == 1
    assert browser.js("document.querySelectorAll('.b[data-ref]').length") == \
        sum(len(e["boxes"]) for e in _sidecar(out, docs["letter"])["elements"])


def test_akn_review_of_a_pdf_and_of_a_text(browser, tmp_path):
    page = tmp_path / "res.html"
    run = subprocess.run([sys.executable, "-m", "converter", "review",
                          str(corpus_file(DOCS["resolution"])), "-o", str(page)],
                         capture_output=True, text=True)
    assert run.returncode == 0 and page.is_file(), run.stderr
    browser.open(page)
    assert browser.js("document.querySelectorAll('.b[data-ref]').length") > 10
    # Text input: no boxes, the text alone.
    run = subprocess.run([sys.executable, "-m", "converter", "review", str(SAMPLE)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    browser.open(tmp_path / f"{SAMPLE.stem}.review.html")
    assert browser.js("document.querySelectorAll('.b, .sheet').length") == 0
    assert browser.js("document.body.className") == "text-only"
    assert "Renforcement de la coopération" in browser.js("document.getElementById('xml').textContent")


def test_convert_writes_the_sidecar_beside_its_output(tmp_path):
    out = tmp_path / "letter.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert",
                          str(corpus_file(DOCS["letter"])), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    layout = json.loads((tmp_path / "letter.layout.json").read_text())
    assert layout["elements"] and b"layout" not in out.read_bytes()    # never inside the AKN
    # A text converted to the same name has no boxes: the stale sidecar goes.
    subprocess.run([sys.executable, "-m", "converter", "convert", str(SAMPLE), "-o", str(out)],
                   capture_output=True, check=True)
    assert not (tmp_path / "letter.layout.json").exists()


def test_poppler_renders_the_pages_when_pdfium_is_missing(monkeypatch):
    """The fallback renderer gives the same pages (sizes within a pixel)."""
    pdf = corpus_file(DOCS["resolution"]).read_bytes()
    assert render.renderer() == "pdfium"                     # the test extra brings it
    pdfium = render.render(pdf)
    monkeypatch.setitem(sys.modules, "pypdfium2", None)       # import fails: no PDFium
    assert render.renderer() == "pdftoppm"
    poppler = render.render(pdf)
    assert [p.number for p in poppler] == [p.number for p in pdfium] == [1, 2]
    for a, b in zip(poppler, pdfium):
        assert abs(a.width - b.width) <= 1 and abs(a.height - b.height) <= 1
        assert a.png.startswith(b"\x89PNG")



def _cropped(pdf: Path, to: Path, box=(36, 36, 576, 756)) -> Path:
    """``pdf`` with every page's CropBox set to ``box`` (its MediaBox left as it is):
    the visible page starts 36 points in from the MediaBox's corner."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(pdf))
    for k in range(len(document)):
        document[k].set_cropbox(*box)
    document.save(str(to))
    document.close()
    return to


# The ink under an element's box in the page image, as the browser shows them: the box
# and the ink's bounding box within it (widened by a few pixels), in image pixels.
_INK_UNDER = """(() => {
  const d = document.querySelector('.b[data-ref="REF"]');
  const img = d.parentElement.querySelector('img');
  const c = document.createElement('canvas');
  c.width = img.naturalWidth; c.height = img.naturalHeight;
  const g = c.getContext('2d'); g.drawImage(img, 0, 0);
  const i = img.getBoundingClientRect(), b = d.getBoundingClientRect();
  const sx = img.naturalWidth / i.width, sy = img.naturalHeight / i.height;
  const box = [(b.left - i.left) * sx, (b.top - i.top) * sy, (b.right - i.left) * sx, (b.bottom - i.top) * sy];
  const m = 8, x0 = Math.max(0, Math.floor(box[0] - m)), y0 = Math.max(0, Math.floor(box[1] - m));
  const x1 = Math.min(c.width, Math.ceil(box[2] + m)), y1 = Math.min(c.height, Math.ceil(box[3] + m));
  const px = g.getImageData(x0, y0, x1 - x0, y1 - y0).data;
  let ink = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < y1 - y0; y++) for (let x = 0; x < x1 - x0; x++) {
    if (px[4 * (y * (x1 - x0) + x)] < 128) {
      ink = [Math.min(ink[0], x + x0), Math.min(ink[1], y + y0), Math.max(ink[2], x + x0), Math.max(ink[3], y + y0)];
    }
  }
  return [box, ink, [img.naturalWidth, img.naturalHeight]];
})()"""


def test_a_page_cropped_off_its_media_box_has_its_boxes_on_its_text(browser, tmp_path):
    """The resolution with a CropBox of [36 36 576 756] on its Letter MediaBox: PDFium
    (and pdftoppm -cropbox) render the visible part only, while the text is read in the
    MediaBox's points. In the browser, a known paragraph's box lies on its ink in the
    page image (within 6 pixels each side: a box is its lines' font boxes); drawn in the
    MediaBox's points it would be 45 pixels off (36 points at 90 dpi)."""
    pdf = _cropped(corpus_file(DOCS["resolution"]), tmp_path / "cropped.pdf")
    out = tmp_path / "cropped.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(pdf), "-o", str(out),
                          "--markup-date", "2026-01-01"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    layout = json.loads((tmp_path / "cropped.layout.json").read_text())
    assert [(p["width"], p["height"]) for p in layout["pages"]] == [(540, 720)] * 2
    page = tmp_path / "cropped.html"
    run = subprocess.run([sys.executable, "-m", "converter", "review", str(out), "-o", str(page)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    words = KNOWN["resolution"][0]
    eid = _paragraph(etree.parse(str(out)), words).get("eId")
    # The box where poppler puts the paragraph's first word on the CropBox.
    _, x0, y0, x1, y1 = next(e["boxes"][0] for e in layout["elements"] if e["eId"] == eid)
    x_min, y_min, x_max, y_max, height = _first_word_box(pdf, 1, words, crop=True)
    assert height == 720 and x0 <= x_min + 2 and x1 >= x_max - 2, (x0, x1, x_min, x_max)
    assert y0 <= height - y_max + 2 and abs(y1 - (height - y_min)) < 4, (y0, y1, y_min, y_max)
    browser.open(page)
    box, ink, size = browser.js(_INK_UNDER.replace("REF", eid))
    assert size == [675, 900]                                # 540 x 720 points at 90 dpi
    assert all(abs(a - b) <= 6 for a, b in zip(box, ink)), (box, ink)
    # Every box within its (visible) page.
    for _, x0, y0, x1, y1 in [b for e in layout["elements"] for b in e["boxes"]]:
        assert 0 <= x0 < x1 <= 540 and 0 <= y0 < y1 <= 720


def test_both_renderers_show_the_crop_box(monkeypatch, tmp_path):
    """PDFium renders a page's CropBox; pdftoppm its MediaBox unless told: both show
    the same visible page."""
    pdf = _cropped(corpus_file(DOCS["resolution"]), tmp_path / "cropped.pdf").read_bytes()
    pdfium = render.render(pdf)
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    poppler = render.render(pdf)
    assert [(p.width, p.height) for p in pdfium] == [(p.width, p.height) for p in poppler] == \
        [(675, 900)] * 2


def test_an_invalid_output_is_reviewed_with_its_problems(batch):
    """A problem naming an element is placed on its page."""
    out, docs, _, _ = batch
    tree = _tree(out, docs["resolution"])
    layout = _sidecar(out, docs["resolution"])
    p = _paragraph(tree, KNOWN["resolution"][0])
    eid = p.get("eId")
    problem = Problem("test", "something is wrong", p.sourceline, "/akomaNtoso/…", "error", eid)
    page = review_page(tree, layout, corpus_file(DOCS["resolution"]).read_bytes(), [problem])
    data = json.loads(re.search(rb'<script id="data" type="application/json">(.*?)</script>',
                                page, re.S).group(1).replace(b"<\\/", b"</"))
    placed = [i for i in data["issues"] if i["kind"] == "error"]
    assert placed == [{"kind": "error", "about": "", "text": str(problem), "ref": eid,
                       "eId": eid, "page": 1, "whole": False}]
    assert b"invalid: 1 error(s)" in page


def test_a_page_read_by_ocr_shows_ocr_boxes_hatched(browser, tmp_path):
    """Page 1 of the scan A/45/696/Add.1, read by OCR: the boxes are OCR's (the sidecar
    says the page was read by OCR) and drawn hatched; the symbol's box is where the
    masthead prints "A/45/696/Add.1" (top right, as the page image shows)."""
    scan = tmp_path / "scan-p1.pdf"
    subprocess.run(["pdfseparate", "-f", "1", "-l", "1", str(corpus_file(DOCS["scan"])), str(scan)],
                   check=True)
    out = tmp_path / "scan.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(scan), "--ocr",
                          "--language", "eng", "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    layout = json.loads((tmp_path / "scan.layout.json").read_text())
    assert [p["ocr"] for p in layout["pages"]] == [True]
    page = tmp_path / "scan.html"
    run = subprocess.run([sys.executable, "-m", "converter", "review", str(out), "-o", str(page)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    browser.open(page)
    drawn = browser.js("document.querySelectorAll('.b').length")
    assert drawn > 5 and browser.js("document.querySelectorAll('.b.ocr').length") == drawn
    tree = etree.parse(str(out))
    symbol = next(p for p in tree.iterfind(".//a:coverPage/a:p", NS)
                  if (p.findtext("a:docNumber", namespaces=NS) or "").startswith("A/45/696/Add.1"))
    _, x0, y0, x1, y1 = next(e["boxes"][0] for e in layout["elements"] if e["eId"] == symbol.get("eId"))
    width, height = layout["pages"][0]["width"], layout["pages"][0]["height"]
    assert x0 > width / 2 and y0 > height * 0.75          # the masthead's right-hand corner


def test_a_right_to_left_page_has_its_boxes_where_they_are_printed(tmp_path):
    """An Arabic record (read mirrored, from the right: see extractor/layout/columns.py): each
    box is where poppler puts the words of its lines, not mirrored."""
    from pdfs import lines_pdf
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(lines_pdf([
        (535, "الأمم المتحدة"), None, (120, "A/79/PV.70"), (535, "الجمعية العامة"),
        (535, "الدورة التاسعة والسبعون"), None, (535, "الجلسة العامة 70", 12), None,
        (535, "الثلاثاء، 22 نيسان/أبريل 2025، الساعة 10:00"), None,
        (515, "افتتحت الجلسة الساعة 10:05."), None,
        (535, "الرئيس بالنيابة (تكلم بالإنكليزية): أعلن افتتاح الجلسة."),
    ], right_to_left=True))
    out = tmp_path / "record.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(pdf), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    layout = json.loads((tmp_path / "record.layout.json").read_text())
    height = layout["pages"][0]["height"]
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = [tuple(map(float, w)) for w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)]
    single = [e["boxes"][0] for e in layout["elements"] if len(e["boxes"]) == 1]
    assert len(single) >= 5
    for _, x0, y0, x1, y1 in single:
        inside = [w for w in words if y0 < height - (w[1] + w[3]) / 2 < y1]
        assert inside, (x0, y0, x1, y1)
        assert abs(min(w[0] for w in inside) - x0) < 1.5 and abs(max(w[2] for w in inside) - x1) < 1.5
