"""The masthead of a UN document's first page: symbol, organ, distribution, date,
languages, session, committee, agenda item. Each printed line gets a kind; what the
lines say fills a :class:`~converter.model.Masthead`."""
from __future__ import annotations

import re

from ..dates import find_dates, is_full_date
from ..languages import Language
from ..model import Masthead
from ..ordinals import ordinal_value
from .furniture import is_symbol_line

DISTRIBUTION = re.compile(r"^Distr\.")
ORIGINAL = re.compile(r"^(?:Original|Оригинал|الأصل|原文)\s*[:：]\s*(?P<language>\S+)$")
ENGLISH_NAMES = {"english": "eng", "french": "fra", "spanish": "spa", "russian": "rus",
                 "arabic": "ara", "chinese": "zho"}


def line_kind(text: str, lang: Language, after_agenda: bool) -> str | None:
    """What a masthead line is, or None when it is not masthead text."""
    text = text.strip()
    if text == lang.un_name:
        return "authority"
    if is_symbol_line(text):
        return "symbol"
    if text in (lang.organ_names.get(o) for o in ("un-ga", "un-sc", "un-hrc", "un-ecosoc")):
        return "organ"
    if DISTRIBUTION.match(text):
        return "distribution"
    if is_full_date(text, lang):
        return "date"
    if text == lang.name:
        return "language"
    if ORIGINAL.match(text):
        return "original"
    if text in lang.committees:
        return "committee"
    if re.match(lang.agenda_pattern, text):
        return "agendaItem"
    if re.match(lang.session_pattern, text, re.IGNORECASE):
        return "session"
    return "agendaItemTitle" if after_agenda else None


def masthead_parts(text: str, lang: Language, after_agenda: bool) -> list[tuple[str, str]] | None:
    """A printed masthead line as (kind, text) parts: one part, or two when a text dump
    put two items on one line ("Nations Unies A/C.3/77/L.6"); None if it is no masthead."""
    text = text.strip()
    columns = re.split(r"\s{3,}", text)            # a layout-mode line: several columns
    if len(columns) > 1:
        parts = [masthead_parts(c, lang, after_agenda) for c in columns]
        return [x for part in parts for x in part] if all(parts) else None
    kind = line_kind(text, lang, False)
    if kind:
        return [(kind, text)]
    words = text.split(" ")
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        left_kind, right_kind = line_kind(left, lang, False), line_kind(right, lang, False)
        if left_kind and right_kind:
            return [(left_kind, left), (right_kind, right)]
    return [("agendaItemTitle", text)] if after_agenda else None


def read_masthead(lines: list[str], lang: Language, kinds: list[str | None] | None = None) -> Masthead:
    """A Masthead from its printed lines (``kinds`` may be given, else guessed)."""
    m = Masthead()
    after_agenda = False
    for k, text in enumerate(lines):
        text = text.strip()
        kind = kinds[k] if kinds else None
        kind = kind or line_kind(text, lang, after_agenda) or "other"
        if kind == "agendaItemTitle" and m.lines and m.lines[-1][0] == "agendaItemTitle":
            m.lines[-1] = (kind, f"{m.lines[-1][1]} {text}")     # the title goes on
        else:
            m.lines.append((kind, text))
        after_agenda = after_agenda or kind == "agendaItem"
        if kind == "symbol" and not m.symbol:
            m.symbol = text
        elif kind == "date" and not m.date:
            m.date = find_dates(text, lang)[0][2]
        elif kind == "original":
            m.original_language = ORIGINAL.match(text).group("language")
        elif kind == "session":
            ordinal = re.match(lang.session_pattern, text, re.IGNORECASE).group("ordinal")
            m.session = ordinal_value(ordinal, lang.code)
        elif kind == "committee":
            m.actor = lang.committees[text]
        elif kind == "organ" and not m.actor:
            m.actor = next(o for o, name in lang.organ_names.items() if name == text)
    return m


def original_language_code(printed: str | None, lang: Language) -> str | None:
    """ "anglais" -> "eng" (also English names in any version)."""
    if not printed:
        return None
    key = printed.strip().lower()
    return lang.language_names.get(key) or ENGLISH_NAMES.get(key)
