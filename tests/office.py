"""UN documents written as a word processor writes them, exported to PDF by LibreOffice.

The UN's Arabic and Chinese PDFs come out of a word processor: it shapes the Arabic
letters, lays out each right-to-left line by the bidirectional algorithm and writes its
glyphs in visual order, joins lam and alef, embeds subsets of the fonts. A PDF drawn
glyph by glyph in a test (reportlab, tests/pdfs.py) does none of that; LibreOffice does
it as Word does. So the test documents are written here as flat ODF text (FODT, the
XML of an .odt in one file) from the documents' own text (tests/office_documents.py),
and exported by ``soffice --headless --convert-to pdf`` (Debian: libreoffice-writer-nogui
with fonts-hosny-amiri and fonts-noto-cjk) once per test session.

Why export at test time rather than commit the PDFs: the source stays text that can be
read and changed in review, the test runs what LibreOffice really does on this machine,
and the export of the three documents takes a few seconds of the suite's time (one
soffice process for all of them).

A document is a list of blocks; a block's text is a list of pieces: plain strings,
:class:`Italic` runs and :class:`Note` calls (the note's text printed at the page foot).
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

SOFFICE_HINT = ("LibreOffice is needed to export the test documents: apt-get install "
                "libreoffice-writer-nogui fonts-hosny-amiri fonts-noto-core fonts-noto-cjk")


@dataclass(frozen=True)
class Italic:
    text: str


@dataclass(frozen=True)
class Note:
    text: str                  # the footnote's text; its call is numbered 1, 2, … as printed
    label: str | None = None   # a call printed as a sign instead ("*", "**"), as UN title notes


Piece = "str | Italic | Note"


@dataclass
class Block:
    """A paragraph: ``role`` names what it is in the document (formula, preambular,
    operative, point, title, heading, text …: the test compares the Akoma Ntoso element
    of that role with it), ``style`` how it is set (see _PARAGRAPH_STYLES)."""
    role: str
    pieces: list
    style: str = "body"
    # A part's heading: its number as printed ("أولا -", "（一）"), at the start of its
    # text, and its level (1 as "I.", 2 as "A.", 3 as "1.").
    num: str | None = None
    level: int | None = None
    new_page: bool = False      # printed at the top of a new page ("Annex")

    @property
    def heading(self) -> str:
        """A heading's text after its number."""
        assert self.num is not None and self.text.startswith(self.num), self.text
        return self.text[len(self.num):].strip()

    @property
    def text(self) -> str:
        """The printed text, note calls left out."""
        return "".join(p if isinstance(p, str) else p.text for p in self.pieces
                       if not isinstance(p, Note))

    @property
    def notes(self) -> list[str]:
        return [p.text for p in self.pieces if isinstance(p, Note)]


@dataclass
class Table:
    rows: list[list[str]]
    role: str = "table"
    ruled: bool = True          # False: no rules, as a treaty body's field block is set


@dataclass
class Document:
    name: str
    language: str              # "ara", "zho"
    symbol: str
    organ: str                 # the masthead's organ line
    distribution: list[str]    # the masthead's right-hand lines (distribution, date, languages)
    blocks: list = field(default_factory=list)

    @property
    def rtl(self) -> bool:
        return self.language == "ara"

    @property
    def notes(self) -> list[str]:
        return [n for b in self.blocks if isinstance(b, Block) for n in b.notes]


_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

# Paragraph styles: (text-align, margin at the line's start, first-line indent, size, bold).
# "Start" is the right edge in a right-to-left document.
_PARAGRAPH_STYLES = {
    "body": ("justify", "2.3cm", "1.2cm", "10pt", False),
    "hanging": ("justify", "2.3cm", "0cm", "10pt", False),       # a paragraph without indent
    "point": ("justify", "2.3cm", "1.9cm", "10pt", False),
    "heading": ("start", "2.3cm", "0cm", "10pt", True),
    "title": ("start", "2.3cm", "0cm", "14pt", True),
    "kind": ("start", "2.3cm", "0cm", "12pt", True),
    "masthead": ("start", "0cm", "0cm", "10pt", False),
    "end": ("end", "0cm", "0cm", "10pt", False),
    "latin": ("start", "0cm", "0cm", "10pt", False),
    "center": ("center", "0cm", "0cm", "10pt", False),
    "organ": ("start", "0cm", "0cm", "16pt", True),
    "un": ("start", "0cm", "0cm", "12pt", False),
    "cell": ("start", "0.1cm", "0cm", "9pt", False),     # no space after it: rows set tight
}


def _fonts(doc: Document) -> tuple[str, str, str]:
    """(Latin, Asian, complex-script) font names."""
    return ("Amiri" if doc.rtl else "Noto Serif", "Noto Serif CJK SC", "Amiri")


def _paragraph_style(name: str, spec: tuple, doc: Document) -> str:
    align, margin, indent, size, bold = spec
    mode = "rl-tb" if doc.rtl else "lr-tb"
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' \
        if bold else ""
    # LibreOffice reads fo:margin-left as the margin at a line's start, the right one
    # in a right-to-left paragraph.
    side = "fo:margin-left"
    if name == "latin":                 # the masthead's symbol and distribution block
        mode = "lr-tb"
    # LibreOffice takes "start" for the left edge whatever the writing mode: the sides
    # are named.
    rtl = mode == "rl-tb"
    align = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(align, align)
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" {side}="{margin}" '
            f'fo:text-indent="{indent}" fo:margin-bottom="{"0cm" if name == "cell" else "0.2cm"}" '
            f'style:writing-mode="{mode}"/>'
            f'<style:text-properties fo:font-size="{size}" style:font-size-asian="{size}" '
            f'style:font-size-complex="{size}"{weight}/></style:style>')


def fodt(doc: Document) -> str:
    """The document as flat ODF text."""
    latin, asian, complex_ = _fonts(doc)
    mode = "rl-tb" if doc.rtl else "lr-tb"
    lang = ('fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN" '
            'style:language-complex="ar" style:country-complex="EG"')
    styles = "".join(_paragraph_style(n, s, doc) for n, s in _PARAGRAPH_STYLES.items())
    # Each style again as "…-page", starting a new page.
    styles += "".join(_paragraph_style(n, s, doc).replace(f'style:name="{n}"', f'style:name="{n}-page"')
                      .replace("<style:paragraph-properties ", '<style:paragraph-properties fo:break-before="page" ')
                      for n, s in _PARAGRAPH_STYLES.items())
    # A note's number at the line's start, spaces before its text (UN notes: a tab).
    notes = _paragraph_style("Footnote", ("justify", "0.6cm", "0cm", "8pt", False), doc)
    rule = _paragraph_style("rule", ("start", "0cm", "0cm", "4pt", False), doc).replace(
        'style:writing-mode', 'fo:border-bottom="0.08cm solid #000000" fo:padding="0cm" style:writing-mode')
    head = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="{latin}" svg:font-family="'{latin}'"/>
<style:font-face style:name="{asian}" svg:font-family="'{asian}'"/>
<style:font-face style:name="{complex_}" svg:font-family="'{complex_}'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}"/>
<style:text-properties style:font-name="{latin}" style:font-name-asian="{asian}" style:font-name-complex="{complex_}" fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt" {lang}/>
</style:default-style>
{notes}
</office:styles>
<office:automatic-styles>
{styles}{rule}
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15cm" table:align="center" style:writing-mode="{mode}"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="0.03pt solid #000000" style:writing-mode="{mode}"/></style:style>
<style:style style:name="MastTbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins" style:writing-mode="{mode}"/></style:style>
<style:style style:name="MastCol" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
<style:style style:name="Mast" style:family="table-cell"><style:table-cell-properties fo:padding="0cm" fo:border="none" style:writing-mode="{mode}"/></style:style>
<style:page-layout style:name="PM"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="{mode}">
<style:footnote-sep style:width="0.02cm" style:distance-before-sep="0.2cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="{'right' if doc.rtl else 'left'}" style:rel-width="25%" style:color="#000000"/>
</style:page-layout-properties></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM"/></office:master-styles>
<office:body><office:text>
"""
    body = [_masthead(doc)]
    calls = iter(range(1, 1000))
    for block in doc.blocks:
        body.append(_table(block, "Cell" if block.ruled else "Mast") if isinstance(block, Table)
                    else _paragraph(block, calls))
    return head + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


def _paragraph(block: Block, calls) -> str:
    out = []
    for piece in block.pieces:
        if isinstance(piece, Italic):
            out.append(f'<text:span text:style-name="I">{escape(piece.text)}</text:span>')
        elif isinstance(piece, Note):
            # A sign of its own ("*") is the note's label; else LibreOffice numbers it.
            citation = f'<text:note-citation text:label="{escape(piece.label)}">{escape(piece.label)}' \
                       '</text:note-citation>' if piece.label else ""
            out.append(f'<text:note text:id="ftn{next(calls)}" text:note-class="footnote">{citation}<text:note-body>'
                       f'<text:p text:style-name="Footnote"><text:s text:c="2"/>{escape(piece.text)}</text:p>'
                       '</text:note-body></text:note>')
        else:
            # A tab after a paragraph's number ("2.1<tab>The author …"), as the UN sets it.
            out.append(escape(piece).replace("\t", "<text:tab/>"))
    style = f"{block.style}-page" if block.new_page else block.style
    return f'<text:p text:style-name="{style}">{"".join(out)}</text:p>'


def _table(table: Table, style: str = "Cell") -> str:
    columns = max(len(r) for r in table.rows)
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="{style}" office:value-type="string">'
        + "".join(f'<text:p text:style-name="cell">{escape(line)}</text:p>' for line in cell.split("\n"))
        + "</table:table-cell>" for cell in row) + "</table:table-row>" for row in table.rows)
    # A blank line under the table, as the UN sets one.
    return (f'<table:table table:name="T{id(table)}" table:style-name="Tbl">'
            f'<table:table-column table:number-columns-repeated="{columns}"/>{rows}</table:table>'
            '<text:p text:style-name="body"/>')


def _masthead(doc: Document) -> str:
    """The first page's head as the UN prints it: the Organization's name over the organ's
    on the start side, the symbol over the distribution block on the other, a thick rule
    under both."""
    un = {"ara": "الأمم المتحدة", "zho": "联合国", "eng": "United Nations",
          "fra": "Nations Unies"}[doc.language]
    # The block in Latin type is set left to right, at the page's left edge in an Arabic
    # document (the far side of its masthead), at the right edge in a Chinese one.
    latin = "latin" if doc.rtl else "end"

    def cell(paragraphs):
        return ('<table:table-cell table:style-name="Mast" office:value-type="string">' +
                "".join(f'<text:p text:style-name="{s}">{escape(t)}</text:p>' for s, t in paragraphs) +
                "</table:table-cell>")
    rows = ("<table:table-row>" + cell([("un", un)]) + cell([(latin, doc.symbol)]) + "</table:table-row>"
            "<table:table-row>" + cell([("organ", doc.organ)]) +
            cell([(latin, line) for line in doc.distribution]) + "</table:table-row>")
    return ('<table:table table:name="Masthead" table:style-name="MastTbl">'
            '<table:table-column table:style-name="MastCol" table:number-columns-repeated="2"/>' + rows + "</table:table>"
            '<text:p text:style-name="rule"/>')


def export(documents: list[Document], folder: Path) -> dict[str, Path]:
    """Each document written as FODT and exported to PDF by one LibreOffice process."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise AssertionError(SOFFICE_HINT)
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for doc in documents:
        path = folder / f"{doc.name}.fodt"
        path.write_text(fodt(doc), encoding="utf-8")
        sources.append(path)
    # A profile of its own: a user's running LibreOffice or another session's is not
    # disturbed, and none of their settings changes the layout.
    profile = (folder / "profile").as_uri()
    run = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                          "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
                         capture_output=True, text=True, timeout=300)
    pdfs = {doc.name: folder / f"{doc.name}.pdf" for doc in documents}
    missing = [name for name, pdf in pdfs.items() if not pdf.is_file()]
    if missing:
        raise AssertionError(f"soffice exported no PDF for {missing}: {run.stderr.strip()[:500]}")
    return pdfs
