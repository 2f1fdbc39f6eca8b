"""What the tests comparing the C and Python paths read: corpus files of every layout,
and a character as plain values."""
from __future__ import annotations

from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
# A resolution, a report with tables and notes, a letter, a verbatim record (two
# columns), a Russian document, a Spanish resolution.
FILES = ["A_RES_78_323-EN.pdf", "E_ICEF_2025_11-EN.pdf", "S_2025_320-EN.pdf",
         "A_79_PV.64-EN.pdf", "A_HRC_WG.6_34_ITA_3-RU.pdf", "A_RES_77_247-ES.pdf"]


def corpus_files() -> list[tuple[str, bytes]]:
    """FILES, each read; a missing one fails the test, saying which."""
    missing = [name for name in FILES if not (CORPUS / name).exists()]
    assert not missing, f"the corpus is missing {', '.join(missing)} (expected in {CORPUS})"
    return [(name, (CORPUS / name).read_bytes()) for name in FILES]


def char_fields(c) -> tuple:
    """A character's fields; a float by its repr (every digit and a zero's sign)."""
    return (c.text, c.font, repr(c.size), repr(c.x0), repr(c.x1), repr(c.y0), repr(c.y1),
            c.color)
