"""Adopted resolutions of the corpus: what each PDF prints (see ``Resolution``).

Read from ``pdftotext -layout`` and the rendered pages. Counting rules used throughout:
headings printed between paragraphs ("A. Targeted sanctions", "UNMISS Mandate") are not
paragraphs; "(a)", "(i)" and bullet items belong to the paragraph that introduces them;
a footnote referred to twice is one footnote; the "*" note of a reissued document counts.
"""
from __future__ import annotations

from . import Resolution

SC = "The Security Council,"
GA = "The General Assembly,"

RESOLUTIONS: list[Resolution] = [
    Resolution("pdf/S_RES_2768_(2025)-EN.pdf", "S/RES/2768 (2025)", "2025-01-15", "resolution",
               SC, preambular=5, operative=6, footnotes=0,
               first_preambular="Recalling all its relevant",
               last_operative="Decides to remain actively"),
    # Headings between operative paragraphs ("Arms Embargo", "Panel of Experts", ...);
    # paragraph 2 carries items (a)-(e).
    Resolution("pdf/S_RES_2769_(2025)-EN.pdf", "S/RES/2769 (2025)", "2025-01-16", "resolution",
               SC, preambular=18, operative=27, footnotes=0,
               first_preambular="Recalling the arms embargo,",
               last_operative="Decides to remain actively"),
    # One unnumbered operative paragraph ("Decides that the election ...").
    Resolution("pdf/S_RES_2770_(2025)-EN.pdf", "S/RES/2770 (2025)", "2025-01-24", "resolution",
               SC, preambular=3, operative=1, footnotes=0,
               first_preambular="Noting the resignation as",
               last_operative="Decides that the election"),
    Resolution("pdf/S_RES_2771_(2025)-EN.pdf", "S/RES/2771 (2025)", "2025-01-31", "resolution",
               SC, preambular=19, operative=24, footnotes=0,
               first_preambular="Welcoming the report of",
               last_operative="Decides to remain seized"),
    # The first operative paragraph runs over most of the page.
    Resolution("pdf/S_RES_2772_(2025)-EN.pdf", "S/RES/2772 (2025)", "2025-02-17", "resolution",
               SC, preambular=3, operative=2, footnotes=0,
               first_preambular="Recalling its previous resolutions",
               last_operative="Decides to remain seized"),
    Resolution("pdf/S_RES_2773_(2025)-EN.pdf", "S/RES/2773 (2025)", "2025-02-21", "resolution",
               SC, preambular=15, operative=18, footnotes=0,
               first_preambular="Recalling its previous resolutions",
               last_operative="Decides to remain actively"),
    # A single operative paragraph, numbered "1.".
    Resolution("pdf/S_RES_2774_(2025)-EN.pdf", "S/RES/2774 (2025)", "2025-02-24", "resolution",
               SC, preambular=2, operative=1, footnotes=0,
               first_preambular="Mourning the tragic loss",
               last_operative="Implores a swift end"),
    # Reissued: page 1 prints "S/RES/2776 (2025)*" with the note "* Reissued for technical
    # reasons on 12 March 2025." (counted; the "*" is not part of the symbol). A bold
    # heading stands inside the preamble (not counted); operative part in sections A.-I.;
    # Annexes A and B (numbered item lists, footnotes 1 and 2) are not operative paragraphs.
    Resolution("pdf/S_RES_2776_(2025)-EN.pdf", "S/RES/2776 (2025)", "2025-03-03", "resolution",
               SC, preambular=25, operative=50, footnotes=3,
               first_preambular="Recalling all its previous",
               last_operative="Decides to remain actively"),
    # Headings between operative paragraphs; long bullet lists inside paragraphs.
    Resolution("pdf/S_RES_2779_(2025)-EN.pdf", "S/RES/2779 (2025)", "2025-05-08", "resolution",
               SC, preambular=26, operative=25, footnotes=0,
               first_preambular="Recalling its previous resolutions,",
               last_operative="Decides to remain actively"),
    # Preambular paragraph 19 opens with "Recalls" (not a participle) but is preambular.
    # The last paragraph (16) stands alone on page 5.
    Resolution("pdf/S_RES_2782_(2025)-EN.pdf", "S/RES/2782 (2025)", "2025-06-30", "resolution",
               SC, preambular=21, operative=16, footnotes=0,
               first_preambular="Noting with concern that",
               last_operative="Requests the Secretary-General to"),
    Resolution("pdf/S_RES_2785_(2025)-EN.pdf", "S/RES/2785 (2025)", "2025-07-14", "resolution",
               SC, preambular=2, operative=5, footnotes=0,
               first_preambular="Recalling all its previous",
               last_operative="Decides to remain actively"),
    Resolution("pdf/S_RES_2788_(2025)-EN.pdf", "S/RES/2788 (2025)", "2025-07-22", "resolution",
               SC, preambular=14, operative=15, footnotes=0,
               first_preambular="Recalling its previous relevant",
               last_operative="Decides to remain seized"),
    # No preamble; the formula has no comma. The resolution is one unnumbered paragraph
    # ("Adopts the following political declaration ...:"); the declaration it adopts (its
    # own 53 numbered paragraphs, footnotes 1-7) follows as adopted text, not as
    # operative paragraphs of the resolution. All 7 footnotes are in the declaration.
    Resolution("pdf/A_RES_73_3-EN.pdf", "A/RES/73/3", "2018-10-10", "resolution",
               "The General Assembly", preambular=0, operative=1, footnotes=7,
               first_preambular=None,
               last_operative="Adopts the following political"),
    # Footnote 2 is referred to three times (preamble and paragraphs); counted once.
    Resolution("pdf/A_RES_73_6-EN.pdf", "A/RES/73/6", "2018-10-26", "resolution",
               GA, preambular=25, operative=14, footnotes=6,
               first_preambular="Recalling its resolutions 2453",
               last_operative="Invites Member States and"),
    # Footnotes 1 and 2 are each referred to twice; counted once.
    Resolution("pdf/A_RES_73_7-EN.pdf", "A/RES/73/7", "2018-10-29", "resolution",
               GA, preambular=13, operative=28, footnotes=9,
               first_preambular="Recalling its resolution 72/3",
               last_operative="Invites the International Criminal"),
    # The only footnote is printed on page 2, below the closing "30th plenary meeting".
    Resolution("pdf/A_RES_73_8-EN.pdf", "A/RES/73/8", "2018-11-01", "resolution",
               GA, preambular=8, operative=5, footnotes=1,
               first_preambular="Determined to encourage strict",
               last_operative="Decides to include in"),
    Resolution("pdf/A_RES_78_323-EN.pdf", "A/RES/78/323", "2024-08-13", "resolution",
               GA, preambular=8, operative=5, footnotes=13,
               first_preambular="Reaffirming the purposes and",
               last_operative="Requests the Secretary-General to"),
    # Spanish. The text layer maps some glyphs wrongly (pdftotext reads "uue" for "que",
    # "iin" for "fin"); the words below are free of those letters. Paragraph 18 ends with
    # questions a) and b), part of it.
    Resolution("pdf/A_RES_77_247-ES.pdf", "A/RES/77/247", "2022-12-30", "resolution",
               "La Asamblea General,", preambular=52, operative=19, footnotes=20,
               first_preambular="Recordando la Declaración Universal",
               last_operative="Solicita al Secretario General"),
    # Human Rights Council resolution under a "General Assembly" masthead; adopted
    # "on 8 July 2025" (closing "34th meeting / 8 July 2025", "[Adopted without a vote.]").
    Resolution("pdf/A_HRC_RES_59_25-EN.pdf", "A/HRC/RES/59/25", "2025-07-08", "resolution",
               "The Human Rights Council,", preambular=56, operative=27, footnotes=19,
               first_preambular="Guided by the Charter",
               last_operative="Decides to remain seized"),
]
