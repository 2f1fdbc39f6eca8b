"""Expectations for the draft resolutions and draft decisions of the corpus.

Every figure was read from the document itself (``pdftotext -layout`` and the rendered page;
for the text dump, the text), never from the converter's output. Counting conventions are
those of :class:`tests.corpus.Resolution`: a preambular paragraph ending in ":" with (a), (b)
items is one paragraph; sub-items of an operative paragraph do not count; a decision that is
one sentence ("The Economic and Social Council takes note …: (a) … (b) …") has no formula,
no preamble and one operative paragraph. Footnotes include the "*" notes on sponsor names.
"""
from __future__ import annotations

from tests.corpus import Resolution

DRAFTS: list[Resolution] = [
    Resolution(
        file="pdf/E_2025_L.9-EN.pdf", symbol="E/2025/L.9", date="2025-05-30",
        kind="resolutionDraft", formula="The Economic and Social Council,",
        preambular=13, operative=17, footnotes=5,
        first_preambular="Recalling General Assembly resolutions",
        last_operative="Encourages the Chair and,"),
    # "Iraq:* , ** draft resolution": two markers on one word, notes * and ** before 1-20.
    Resolution(
        file="pdf/E_2025_L.10-EN.pdf", symbol="E/2025/L.10", date="2025-05-30",
        kind="resolutionDraft", formula="The Economic and Social Council,",
        preambular=17, operative=34, footnotes=22,
        first_preambular="Recalling the Doha Programme",
        last_operative="Requests the Secretary-General to"),
    # One sentence "… takes note of the following reports, …:" followed by (a)-(c);
    # "Iraq:* , ** draft decision": two markers on one word.
    Resolution(
        file="pdf/E_2025_L.11-EN.pdf", symbol="E/2025/L.11", date="2025-06-02",
        kind="decisionDraft", formula=None,
        preambular=0, operative=1, footnotes=5,
        first_preambular=None,
        last_operative="The Economic and Social"),
    # Same one-sentence decision as L.11, followed by (a)-(c); no star notes.
    Resolution(
        file="pdf/E_2025_L.13-EN.pdf", symbol="E/2025/L.13", date="2025-06-03",
        kind="decisionDraft", formula=None,
        preambular=0, operative=1, footnotes=3,
        first_preambular=None,
        last_operative="The Economic and Social"),
    # Operative 10 ends "including by:" with sub-items (a)-(y) over four pages.
    Resolution(
        file="pdf/E_2025_L.14-EN.pdf", symbol="E/2025/L.14", date="2025-06-04",
        kind="resolutionDraft", formula="The Economic and Social Council,",
        preambular=23, operative=17, footnotes=19,
        first_preambular="Reaffirming its agreed conclusions",
        last_operative="Requests the Secretary-General to"),
    # 29 sponsors over six lines, "*" on many names, one "*" note printed once.
    Resolution(
        file="pdf/E_2025_L.20-EN.pdf", symbol="E/2025/L.20", date="2025-07-21",
        kind="resolutionDraft", formula="The Economic and Social Council,",
        preambular=5, operative=3, footnotes=2,
        first_preambular="Recalling its resolution 2024/20",
        last_operative="Requests the Ad Hoc"),
    # One sentence "The Economic and Social Council, recalling …:" followed by (a)-(b).
    Resolution(
        file="pdf/E_2025_L.22-EN.pdf", symbol="E/2025/L.22", date="2025-07-22",
        kind="decisionDraft", formula=None,
        preambular=0, operative=1, footnotes=1,
        first_preambular=None,
        last_operative="The Economic and Social"),
    Resolution(
        file="pdf/E_2025_L.26-EN.pdf", symbol="E/2025/L.26", date="2025-07-22",
        kind="resolutionDraft", formula="The Economic and Social Council,",
        preambular=2, operative=2, footnotes=4,
        first_preambular="Recalling its resolutions 2013/12",
        last_operative="Requests the Secretary-General to"),
    # Geneva layout; title "59/… Human rights and climate change"; markers glued to words.
    Resolution(
        file="pdf/A_HRC_59_L.17-EN.pdf", symbol="A/HRC/59/L.17", date="2025-07-02",
        kind="resolutionDraft", formula="The Human Rights Council,",
        preambular=56, operative=26, footnotes=19,
        first_preambular="Guided by the Charter",
        last_operative="Decides to remain seized"),
    # A recommendation line ("The Commission for Social Development recommends … the
    # following draft resolution:") precedes the title; the formula is the Council's.
    Resolution(
        file="pdf/E_CN.5_2025_L.6-EN.pdf", symbol="E/CN.5/2025/L.6", date="2025-02-10",
        kind="resolutionDraft", formula="The Economic and Social Council,",
        preambular=10, operative=17, footnotes=11,
        first_preambular="Recalling that, in the",
        last_operative="Also requests the Secretary-General"),
    Resolution(
        file="pdf/A_AC.109_2025_L.9-EN.pdf", symbol="A/AC.109/2025/L.9", date="2025-06-05",
        kind="resolutionDraft", formula="The General Assembly,",
        preambular=18, operative=24, footnotes=4,
        first_preambular="Having considered the item",
        last_operative="Requests the Special Committee"),
    # Board decision: numbered paragraphs, no preamble, formula without comma.
    Resolution(
        file="pdf/E_ICEF_2025_L.13-EN.pdf", symbol="E/ICEF/2025/L.13", date="2025-06-11",
        kind="decisionDraft", formula="The Executive Board",
        preambular=0, operative=9, footnotes=0,
        first_preambular=None,
        last_operative="Also requests UNICEF to"),
    # Text dump: numbers 1.-9. alone on a line, markers glued ("19904" = 1990 + note 4).
    Resolution(
        file="txt/A_C.1_80_L.1-EN.txt", symbol="A/C.1/80/L.1", date="2025-10-08",
        kind="resolutionDraft", formula="The General Assembly,",
        preambular=12, operative=12, footnotes=4,
        first_preambular="Recalling its resolutions 3263",
        last_operative="Decides to include in"),
]
