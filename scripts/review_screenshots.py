"""The screenshots of docs/: review pages of a resolution and of a report, and a batch
index, taken in headless Chromium (tests/browser.py) from `akn batch --review` over
three corpus PDFs and the scan that fails without --ocr.

    python scripts/review_screenshots.py [OUTDIR]      # OUTDIR: where the batch goes
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import Browser  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
FILES = ["S_RES_2768_(2025)-EN.pdf", "A_80_44-EN.pdf", "S_2025_15-EN.pdf", "A_45_696_Add.1-EN.pdf",
         "E_CN.6_2025_NGO_125-EN.pdf", "A_79_794-EN.pdf"]
SIZE = (1200, 720)


def select(browser: Browser, ref: str) -> None:
    """A real click on the element's first box."""
    x, y = browser.js(f"""(() => {{ const d = document.querySelector('.b[data-ref="{ref}"]');
        d.scrollIntoView({{block: 'center'}}); const r = d.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
    browser.click(x, y)
    time.sleep(0.2)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="akn-shots-"))
    src = out / "in"
    src.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        link = src / name
        if not link.exists():
            link.symlink_to(CORPUS / name)
    # Run from OUTDIR, so that the index shows the inputs as "in/…".
    subprocess.run([sys.executable, "-m", "converter", "batch", "in", "-o", "out",
                    "--workers", "2", "--review", "--markup-date", "2026-01-01"], check=False,
                   cwd=out, env={**os.environ, "PYTHONPATH": str(ROOT)})
    entries = {Path(e["path"]).name: e for e in map(json.loads, (out / "out" / "manifest.jsonl").open())}
    docs = ROOT / "docs"
    browser = Browser(*SIZE)
    try:
        resolution = entries[FILES[0]]
        browser.open(out / "out" / resolution["review"])
        layout = json.loads((out / "out" / resolution["layout"]).read_text())
        select(browser, next(e["ref"] for e in layout["elements"] if e["role"] == "operative"))
        browser.screenshot(docs / "review-resolution.png")
        report = entries[FILES[1]]
        browser.open(out / "out" / report["review"])
        layout = json.loads((out / "out" / report["layout"]).read_text())
        # A page with a table and notes: a call selected.
        pages = {e["boxes"][0][0] for e in layout["elements"] if e["role"] == "table"}
        call = next(e["ref"] for e in layout["elements"] if e["role"] == "call" and e["boxes"][0][0] in pages)
        select(browser, call)
        browser.screenshot(docs / "review-report.png")
        browser.open(out / "out" / "index.html")
        browser.screenshot(docs / "review-index.png")
    finally:
        browser.close()
    for name in ("review-resolution.png", "review-report.png", "review-index.png"):
        print(f"docs/{name}: {(docs / name).stat().st_size / 1000:.0f} kB")


if __name__ == "__main__":
    main()
