"""Typeset the sample draft resolution as a PDF in UN layout: samples/*.pdf.

    pip install reportlab && python scripts/make_sample_pdf.py

The words come from the text sample's conversion (so every word of the PDF is known),
italics included (the opening participles and operative verbs);
the layout imitates a UN draft: masthead with symbol, organ, distribution, date,
languages, session, committee and agenda item; italic participles and operative verbs;
superscript footnote markers with the notes at the page foot under a short rule; link
annotations over references; running header, page numbers, job number, barcode text.
reportlab is needed only to run this script, never by the converter.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import converter  # noqa: E402

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
SYMBOL = "A/C.3/77/L.6"
JOB = "22-23456 (F)"
MASTHEAD = {
    "distribution": "Distr. limitée",
    "date": "20 octobre 2022",
    "language": "Français",
    "original": "Original : anglais",
    "session": "Soixante-dix-septième session",
    "committee": "Troisième Commission",
    "agenda": "Point 68 b) de l’ordre du jour",
    "agenda_title": ("Promotion et protection des droits humains : questions relatives aux "
                     "droits humains, y compris les divers moyens de mieux assurer "
                     "l’exercice effectif des droits humains et des libertés fondamentales"),
}
PAGE_W, PAGE_H = A4
LEFT, RIGHT = 118.0, 500.0          # text column
INDENT = 36.0
BODY, LEADING = 10.0, 12.0
NOTE, NOTE_LEADING = 8.0, 9.5
TOP_FIRST, TOP = 600.0, 780.0
BOTTOM = 70.0
FONTS = {"r": "Times-Roman", "i": "Times-Italic", "b": "Times-Bold"}


@dataclass
class Piece:
    text: str
    style: str = "r"          # r, i, b, sup
    href: str | None = None
    note: tuple | None = None  # (marker, pieces) for a footnote call


def pieces_of(el, style="r", href=None) -> list[Piece]:
    out = [Piece(el.text, style, href)] if el.text else []
    for child in el:
        tag = child.tag.replace(NS, "")
        if tag == "authorialNote":
            note_pieces = pieces_of(child.find(f"{NS}p"))
            out.append(Piece(child.get("marker"), "sup", None, (child.get("marker"), note_pieces)))
        elif tag == "ref":
            out += pieces_of(child, style, child.get("href"))
        elif tag == "i":
            out += pieces_of(child, "i", href)
        else:
            out += pieces_of(child, style, href)
        if child.tail:
            out.append(Piece(child.tail, style, href))
    return out


def words(pieces: list[Piece]) -> list[list[Piece]]:
    """Split into words (lists of pieces); a compound may break after its hyphen."""
    out: list[list[Piece]] = [[]]
    for piece in pieces:
        if piece.style == "sup":
            out[-1].append(piece)
            continue
        parts = piece.text.split(" ")
        for k, part in enumerate(parts):
            if k > 0:
                out.append([])
            for j, chunk in enumerate(_hyphen_chunks(part)):
                if j > 0:
                    out.append([Piece("", "join")])      # a break allowed, no space
                if chunk:
                    out[-1].append(Piece(chunk, piece.style, piece.href))
    return [w for w in out if w]


def _hyphen_chunks(word: str) -> list[str]:
    if "-" in word[1:-1] and word.replace("-", "").isalpha():
        parts = word.split("-")
        return [p + "-" for p in parts[:-1]] + [parts[-1]]
    return [word]


class Typesetter:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)   # reproducible bytes
        self.c.setTitle(SYMBOL)
        self.c.setAuthor("United Nations (sample typeset by un-akn-converter)")
        self.page = 1
        self.y = TOP_FIRST
        self.notes: list[tuple[str, list[Piece]]] = []     # notes of this page
        self.notes_height = 0.0

    # -- page ------------------------------------------------------------------
    def masthead(self):
        c = self.c
        c.setFont("Helvetica", 9)
        c.drawString(56, 805, "Nations Unies")
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(540, 800, SYMBOL)
        c.setFont("Times-Bold", 17)
        c.drawString(118, 760, "Assemblée générale")
        c.setFont("Times-Roman", 9)
        for k, key in enumerate(("distribution", "date", "language", "original")):
            c.drawString(420, 770 - 11 * k, MASTHEAD[key])
        c.setLineWidth(2)
        c.line(56, 718, 540, 718)
        c.setFont("Times-Bold", 10)
        c.drawString(56, 700, MASTHEAD["session"])
        c.setFont("Times-Roman", 10)
        c.drawString(56, 688, MASTHEAD["committee"])
        c.drawString(56, 676, MASTHEAD["agenda"])
        c.setFont("Times-Bold", 10)
        y = 664
        for line in _wrap(MASTHEAD["agenda_title"], "Times-Bold", 10, 300):
            c.drawString(56, y, line)
            y -= 12

    def furniture(self, pages: int):
        c = self.c
        c.setFont("Times-Roman", 8)
        c.drawString(56, 40, JOB)
        if self.page == 1:
            c.setFont("Courier", 10)
            c.drawString(56, 28, "*2223456*")
            c.setFont("Times-Roman", 7)
            c.drawRightString(540, 30, "Merci de recycler")
        else:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(56, 810, SYMBOL)
            c.setFont("Times-Roman", 8)
            c.drawRightString(540, 40, f"{self.page}/{pages}")

    def finish_page(self, pages: int):
        if self.notes:
            y = BOTTOM + self.notes_height
            # UN PDFs print the footnote separator as a run of underscores.
            self.c.setFont(FONTS["r"], 8)
            self.c.drawString(LEFT, y + 2, "_" * 18)
            y -= NOTE_LEADING
            for marker, pieces in self.notes:
                y = self.note(marker, pieces, y)
        self.furniture(pages)
        self.c.showPage()
        self.page += 1
        self.y = TOP
        self.notes, self.notes_height = [], 0.0

    def note(self, marker, pieces, y):
        c = self.c
        c.setFont(FONTS["r"], NOTE)
        c.drawString(LEFT + 12, y, marker)
        lines = self.break_lines(words(pieces), RIGHT - LEFT - 24, NOTE, 0)
        for line in lines:
            self.draw_line(line, LEFT + 24, y, NOTE)
            y -= NOTE_LEADING
        return y

    # -- text ------------------------------------------------------------------
    def break_lines(self, word_list, width_avail, size, first_indent):
        """Greedy line breaking; a line is a list of (space before?, pieces)."""
        space = stringWidth(" ", FONTS["r"], size)
        lines, line, used = [], [], first_indent
        for word in word_list:
            joins = word[0].style == "join"         # the rest of a hyphenated compound
            body = word[1:] if joins else word
            w = sum(_w(p, size) for p in body)
            gap = 0 if (joins or not line) else space
            if line and used + gap + w > width_avail:
                lines.append(line)
                line, used, gap = [], 0, 0
            line.append((gap > 0, body))
            used += gap + w
        if line:
            lines.append(line)
        return lines

    def draw_line(self, line, x, y, size):
        c = self.c
        space = stringWidth(" ", FONTS["r"], size)
        for spaced, word in line:
            if spaced:
                x += space
            for piece in word:
                if piece.style == "join" or not piece.text:
                    continue
                if piece.style == "sup":
                    c.setFont(FONTS["r"], size * 0.65)
                    c.drawString(x, y + size * 0.35, piece.text)
                    x += stringWidth(piece.text, FONTS["r"], size * 0.65)
                    continue
                font = FONTS[piece.style]
                c.setFont(font, size)
                c.drawString(x, y, piece.text)
                w = stringWidth(piece.text, font, size)
                if piece.href:
                    c.linkURL(piece.href, (x, y - 2, x + w, y + size), relative=0, thickness=0)
                x += w

    def paragraph(self, pieces, pages, indent=INDENT, num=None, gap=6.0, size=BODY, style=None):
        if style:
            pieces = [Piece(p.text, style if p.style == "r" else p.style, p.href, p.note)
                      for p in pieces]
        word_list = words(pieces)
        if num:
            word_list.insert(0, [Piece(num)])
        lines = self.break_lines(word_list, RIGHT - LEFT, size, indent)
        self.y -= gap
        for k, line in enumerate(lines):
            calls = [p.note for _, w in line for p in w if p.note]
            need = sum(self.note_height(n) for n in calls)
            separator = 8 if (need or self.notes) else 0
            if self.y - LEADING < BOTTOM + self.notes_height + need + separator + 12:
                self.finish_page(pages)
            if need and not self.notes:
                self.notes_height += 8      # the separator rule
            self.notes += calls
            self.notes_height += need
            self.y -= LEADING
            self.draw_line(line, LEFT + (indent if k == 0 else 0), self.y, size)

    def note_height(self, note):
        marker, pieces = note
        return NOTE_LEADING * len(self.break_lines(words(pieces), RIGHT - LEFT - 24, NOTE, 0))


def _w(piece, size):
    if piece.style == "join":
        return 0
    if piece.style == "sup":
        return stringWidth(piece.text, FONTS["r"], size * 0.65)
    return stringWidth(piece.text, FONTS[piece.style], size)


def _wrap(text, font, size, width_avail):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > width_avail and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line]


def typeset(tree, out: Path, pages: int) -> int:
    t = Typesetter(out)
    t.masthead()
    s = tree.getroot()[0]
    preface = s.find(f"{NS}preface")
    sponsor, title = preface.findall(f"{NS}p")
    t.paragraph(pieces_of(sponsor), pages, indent=0, gap=0)
    t.paragraph(pieces_of(title), pages, indent=0, gap=18, size=12, style="b")
    t.y -= 10
    formula = s.find(f"{NS}preamble/{NS}formula/{NS}p")
    t.paragraph(pieces_of(formula), pages, gap=10)
    for p in s.findall(f"{NS}preamble/{NS}p"):
        t.paragraph(pieces_of(p), pages)
    for para in s.findall(f"{NS}mainBody/{NS}paragraph"):
        p = para.find(f"{NS}content/{NS}p")
        t.paragraph(pieces_of(p), pages, num=para.findtext(f"{NS}num"))
    t.finish_page(pages)
    t.c.save()
    return t.page - 1


def main() -> None:
    source = ROOT / "samples" / "cooperation-droits-humains-fr.txt"
    out = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"
    tree = converter.convert(source, symbol=SYMBOL, date="2022-10-20", markup_date="2022-10-20")
    pages = typeset(tree, out, 3)
    if pages != 3:                       # page numbers "k/N" need the real count
        typeset(tree, out, pages)
    print(f"{out} ({pages} pages)")


if __name__ == "__main__":
    main()
