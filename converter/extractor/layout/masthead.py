"""The masthead of a UN document's first page: symbol, organ, distribution, date,
languages, session, committee, agenda item. Each printed line gets a kind; what the
lines say fills a :class:`~converter.model.Masthead`."""
from __future__ import annotations

import re
from typing import Collection

from ...dates import find_dates, is_full_date
from ...languages import Language
from ...model import Masthead
from ...ordinals import ordinal_value
from .furniture import is_symbol_line

DISTRIBUTION = re.compile(r"^Distr\.|^(?:GENERAL|LIMITED|RESTRICTED|GÉNÉRALE|LIMITÉE|RESTREINTE"
                          r"|LIMITADA|RESERVADA|ОБЩИЙ|ОГРАНИЧЕННЫЙ)$")   # old: "Distr." over "GENERAL"
# A meeting record's masthead: "General Assembly   Official Records".
OFFICIAL_RECORDS = re.compile(r"^(?:Official Records|Documents officiels|Documentos Oficiales"
                              r"|Официальные отчеты|الوثائق الرسمية|正式记录)$", re.IGNORECASE)
# A text dump's symbol with a space after its series letters ("A /79/PV.64").
_SPACED_SERIES = re.compile(r"^([A-Z]{1,6}) /(?=\S)")
ORIGINAL = re.compile(r"^(?:Original|Оригинал|الأصل|原文)\s*[:：]\s*(?P<language>\S+)$", re.IGNORECASE)
NOTE_MARKER = re.compile(r"\s*(?P<marker>\*{1,3})$")     # "S/RES/2776 (2025)*": a note on the symbol
# A scanned page's text layer reads the digit 1 as I or l ("A/39/36I").
_OCR_ONE = re.compile(r"(?<=\d)[Il]|[Il](?=\d)")
_SPLIT_YEAR = re.compile(r"\b(1[89]|20) (\d\d)$")           # "25 July 19 84"
ENGLISH_NAMES = {"english": "eng", "french": "fra", "spanish": "spa", "russian": "rus",
                 "arabic": "ara", "chinese": "zho"}


# The symbol printed in the masthead is the document's whatever its series: any series
# letters ("GEGN.2", "TPNW", "ICCD", "TRANS"), "/"-separated parts with a digit among them,
# a part or volume after it ("(Part II)", "(Première partie)"), and joint symbols printed
# together ("A/79/843-S/2025/201", "A/79/963–S/2025/438", "A/80/62*−E/2025/12*" with a
# minus sign). Only masthead lines are read
# so: in running text a symbol is a citation (converter/citations.py).
_ONE_SYMBOL = r"[A-Z][A-Za-z0-9.()\-]*(?:/[A-Za-z0-9.()\-]+)+(?:\s?\([^()/]{1,25}\))?"
ANY_SYMBOL = re.compile(rf"^{_ONE_SYMBOL}(?:\s*[-–—−]\s*{_ONE_SYMBOL})*$")
# Between two symbols of a joint symbol (not inside "ES-10"): one hyphen.
_JOINT = re.compile(r"\s*[-–—−]\s*(?=[A-Z]{1,8}[./(])")
# A scan's speck between the series and its slash ("A./47/435").
_SERIES_SPECK = re.compile(r"^([A-Z]{1,6})[.,]/")


def printed_symbol(text: str) -> str | None:
    """The symbol a masthead line prints, without a note marker after it and with a
    scan's I or l next to a digit read as 1; None if the line is no symbol."""
    text = _SPACED_SERIES.sub(r"\1/", _OCR_ONE.sub("1", NOTE_MARKER.sub("", text.strip())))
    text = _SERIES_SPECK.sub(r"\1/", text)
    # A version named in brackets after it ("JIU/REP/2025/1 [Expanded report]").
    text = re.sub(r"\s*\[[^\]]{1,30}\]$", "", text)
    if is_symbol_line(text):
        return text
    # Each symbol of a joint one may carry its own note marker ("E/2025/26*-E/CN.5/2025/6*").
    text = re.sub(r"\*+(?=\s*[-–—−]\s*[A-Z])", "", text)
    if ANY_SYMBOL.match(text) and any(c.isdigit() for c in text):
        return _JOINT.sub("-", text)
    return None


def printed_date(text: str) -> str:
    """A masthead date line as a date: a scan's "25 July 19 84" is 1984."""
    return _SPLIT_YEAR.sub(r"\1\2", text.strip())


def masthead_dates(text: str, lang: Language) -> list[tuple[int, int, str]]:
    """The date of a masthead line: in the document's language, or in English, as the
    Russian and other versions print their masthead ("Distr.: General / 11 March 2024")."""
    text = printed_date(text)
    return find_dates(text, lang) or (find_dates(text, _english()) if lang.code != "eng" else [])


def _english() -> Language:
    from ...languages import get
    return get("eng")


def line_kind(text: str, lang: Language, after_agenda: bool) -> str | None:
    """What a masthead line is, or None when it is not masthead text."""
    text = text.strip()
    if text == lang.un_name or (lang.un_name and text.lower() == lang.un_name.lower()):
        return "authority"
    if printed_symbol(text):
        return "symbol"
    # Older mastheads print the organ in capitals ("HUMAN RIGHTS COUNCIL").
    if text.casefold() in (lang.organ_names.get(o, "").casefold()
                           for o in ("un-ga", "un-sc", "un-hrc", "un-ecosoc")):
        return "organ"
    if DISTRIBUTION.match(text):
        return "distribution"
    if is_full_date(printed_date(text), lang) or lang.code != "eng" \
            and is_full_date(printed_date(text), _english()):
        return "date"
    if text == lang.name or ENGLISH_NAMES.get(text.lower()) == lang.code:
        return "language"
    if ORIGINAL.match(text):
        return "original"
    if OFFICIAL_RECORDS.match(text):
        return "records"
    if _session_period(text, lang):
        return "sessionPeriod"
    if text in lang.committees:
        return "committee"
    if re.match(lang.agenda_pattern, text):
        return "agendaItem"
    if re.match(lang.session_pattern, text, re.IGNORECASE) and not lang.kind_title(text):
        return "session"            # ("Agenda of the substantive session" is a title)
    return "agendaItemTitle" if after_agenda else None


# Two masthead items a text dump put on one line ("Nations Unies A/C.3/77/L.6",
# "Distr. générale 20 octobre 2022") make a short line; a longer one is text.
_TWO_ITEMS = 160


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
    if len(text) > _TWO_ITEMS:
        # Each cut would read both halves again: on a line of n words, n times the line.
        return [("agendaItemTitle", text)] if after_agenda else None
    words = text.split(" ")
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        left_kind, right_kind = line_kind(left, lang, False), line_kind(right, lang, False)
        if left_kind and right_kind:
            return [(left_kind, left), (right_kind, right)]
    return [("agendaItemTitle", text)] if after_agenda else None


def _session_period(text: str, lang: Language) -> bool:
    """ECOSOC's session period under "2025 session": "25 July 2024–30 July 2025"."""
    halves = re.split(r"\s*[–—-]\s*", text)
    return len(halves) == 2 and all(is_full_date(h, lang) or lang.code != "eng"
                                    and is_full_date(h, _english()) for h in halves)


def read_masthead(lines: list[str], lang: Language, kinds: list[str | None] | None = None,
                  apart: Collection[int] = ()) -> Masthead:
    """A Masthead from its printed lines (``kinds`` may be given, else guessed).
    ``apart``: lines set apart from the line before by a blank line's space (the second
    agenda item's title under "Agenda items 117 and 18" starts a title of its own)."""
    m = Masthead()
    after_agenda = False
    for k, text in enumerate(lines):
        text = text.strip()
        kind = kinds[k] if kinds else None
        kind = kind or line_kind(text, lang, after_agenda) or "other"
        if kind == "agendaItemTitle" and m.lines and m.lines[-1][0] == "agendaItemTitle" \
                and k not in apart:
            m.lines[-1] = (kind, f"{m.lines[-1][1]} {text}")     # the title goes on
        else:
            m.lines.append((kind, text))
        after_agenda = after_agenda or kind == "agendaItem"
        if kind == "symbol" and not m.symbol:
            m.symbol = printed_symbol(text) or text
        elif kind == "symbol" and m.lines[-2][0] == "symbol":
            # A joint symbol printed on two lines ("E/2025/37" over "E/ECE/1512").
            m.symbol = f"{m.symbol}-{printed_symbol(text) or text}"
        elif kind == "date" and not m.date:
            dates = masthead_dates(text, lang)
            m.date = dates[0][2] if dates else None
        elif kind == "original":
            m.original_language = ORIGINAL.match(text).group("language")
        elif kind == "session":
            ordinal = re.match(lang.session_pattern, text, re.IGNORECASE).group("ordinal")
            m.session = ordinal_value(ordinal, lang.code)
        elif kind == "committee":
            m.actor = lang.committees[text]
        elif kind == "organ" and not m.actor:
            m.actor = next(o for o, name in lang.organ_names.items()
                       if name.casefold() == text.casefold())
    return m


# A symbol at the end of page 1's first line, beside its heading ("Review Highlights
# JIU/NOTE/2022/1/Rev.1"), in a document printed without a masthead.
_TRAILING_SYMBOL = re.compile(rf"(?:^|\s)({_ONE_SYMBOL})$")


def symbol_elsewhere(foot_lines: list[str], first_lines: list[str]) -> tuple[str | None, str | None]:
    """(symbol, why it is in doubt) for a page 1 whose masthead prints none: a symbol line
    among page 1's furniture (an older layout prints it at the foot, by the job number),
    else one ending one of the first lines; (None, None) when neither."""
    for text in foot_lines:
        symbol = printed_symbol(text)
        if symbol:
            return symbol, "not printed in a masthead: read at the foot of page 1"
    for text in first_lines:
        match = _TRAILING_SYMBOL.search(text.strip())
        symbol = printed_symbol(match.group(1)) if match else None
        if symbol:
            return symbol, "not printed in a masthead: read beside the first line of page 1"
    return None, None


def symbol_note_markers(m: Masthead) -> list[str]:
    """Note markers printed after the symbol ("S/RES/2776 (2025)*": a reissue note)."""
    return [match.group("marker") for kind, text in m.lines if kind == "symbol"
            for match in [NOTE_MARKER.search(text)] if match]


def original_language_code(printed: str | None, lang: Language) -> str | None:
    """ "anglais" -> "eng" (also English names in any version)."""
    if not printed:
        return None
    key = printed.strip().lower()
    return lang.language_names.get(key) or ENGLISH_NAMES.get(key)
