"""UN document symbols cited in a text: where they are printed, which symbol they name,
and the adoption date printed beside a cited resolution.

Two kinds of citation:

* a full symbol, recognised by its grammar: a series prefix from :data:`SERIES`, then
  ``/``-separated parts (organ or body ``HRC``, ``C.3``, ``CN.4``, ``AC.109``; session
  ``76`` or year ``2025``; kind ``RES``, ``PRST``, ``PV.64``, ``SR.5``, ``L.17``,
  ``INF``; number; ``Add.1``, ``Corr.1``, ``Rev.1``), then an optional ``(2025)``,
  ``(Part I)`` or ``(Vol. II)``: ``A/RES/70/1``, ``S/RES/2772 (2025)``,
  ``A/CONF.157/24 (Part I)``, ``E/2025/43``, ``A/79/973-S/2025/450`` (two symbols);
* a short resolution number after the word "resolution" in the document's language
  ("resolution 70/1", "résolutions 70/1 et 75/180", "resolution 1591 (2005)"), whose series
  comes from the organ printed next to it ("la résolution 47/9 du Conseil des droits de
  l’homme" -> ``A/HRC/RES/47/9``), else from the number's shape and the citing organ.

The language tables (resolution words, organ names, date connectors) are data, one row
per UN language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates
from .languages import Language

# Series prefixes of UN document symbols (first part of the symbol). Anything else
# before a slash ("HIV/AIDS", "UNDP/UNFPA", "and/or") is not a symbol.
SERIES = ("A", "S", "E", "ST", "DP", "UNW", "TD", "UNCTAD", "UNEP", "FCCC", "ICCD", "ECE",
          "CAT", "CEDAW", "CERD", "CCPR", "CRC", "CRPD", "CED", "CMW", "HRI", "SPLOS",
          "ISBA", "JIU", "UNHCR", "DPI", "SG", "ESCAP", "LC", "HSP", "NPT", "CCW", "BWC",
          "APLC", "ATT")
# One part after the prefix: "HRC", "C.3", "ES-10", "PV.64", "L.17", "76", "6-7", "Add.1".
_PART = r"(?:[A-Z]{1,8}(?:[.\-]\d+)?|\d+(?:-\d+)?|(?:Add|Corr|Rev|Amend|Summary)\.\d+)"
_SUFFIX = r"(?:\s?\((?:\d{4}|Part\s?[IVXL]+|Vol\.\s?[IVXL]+)\))"
FULL_SYMBOL = re.compile(
    rf"(?<![\w/.])(?:{'|'.join(sorted(SERIES, key=len, reverse=True))})"
    rf"(?:/{_PART})+{_SUFFIX}?(?![\w/])")

_LANG_TAGS = {"ara": "ar", "zho": "zh", "eng": "en", "fra": "fr", "rus": "ru", "spa": "es"}

# A short resolution number: "70/1", "ES-10/19", "S-28/1" (special sessions), "2005/69"
# (ECOSOC, by year), "1591 (2005)" (Security Council).
_SHORT = re.compile(r"(?P<sc>\d{1,4}\s?[(（]\d{4}[)）])|(?P<num>(?:(?:ES|S)-\d{1,2}/|\d{1,4}/)\d{1,4})"
                    r"|(?P<old>\d{1,4}(?:\s?[A-Z])?\s?\((?:ES-|S-)?[IVXL]+\))"
                    r"(?![\w/])")
# A General Assembly number before 1976: "217 A (III)" (part A of resolution 217, third
# session), whose symbol is A/RES/217(III).
_OLD_NUMBER = re.compile(r"^(\d+)\s?[A-Z]?\s?(\(.+\))$")

APOSTROPHE = "[’'ʼ]"


@dataclass(frozen=True)
class CitationWords:
    """What one language prints around a short resolution number."""
    resolution: str                  # the word(s) "resolution(s)" as a regex
    organs: dict[str, str]           # series -> regex of the organ's printed name(s)
    # What every match of ``resolution`` holds: a text without it cites no resolution by
    # its number, and the pattern (opening with a word boundary, so tried at each place
    # of each block) is not run over it.
    resolution_stem: str = ""
    date_before_number: str = ""     # a connector before the adoption date ("of", "du")
    separators: str = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"   # between numbers of one list
    organ_connector: str = ""        # between a number and the organ after it ("of the")
    number_prefix: str = ""          # zh: "第"
    # Between an organ named before and the word: "Human Rights Council, in its resolution".
    organ_gap: str = ""
    # Another body named right before the word ("Commission on the Status of Women
    # resolution 60/2"): its numbers are not guessed.
    other_organ_before: str = ""


# Series, then the organ names as printed; a series maps to the symbol prefix of its
# resolutions (``A/HRC/RES/`` …).
RESOLUTION_PREFIX = {"ga": "A/RES/", "hrc": "A/HRC/RES/", "sc": "S/RES/",
                     "ecosoc": "E/RES/", "chr": "E/CN.4/RES/"}

WORDS: dict[str, CitationWords] = {
    "eng": CitationWords(
        resolution=r"\b[Rr]esolutions?", resolution_stem="esolution",
        organs={"ga": r"General\s+Assembly", "hrc": r"Human\s+Rights\s+Council",
                "sc": r"Security\s+Council", "ecosoc": r"Economic\s+and\s+Social\s+Council",
                "chr": r"Commission\s+on\s+Human\s+Rights"},
        date_before_number=r"(?:of|dated|adopted\s+on)",
        organ_connector=r"(?:of\s+the)",
        organ_gap=rf"(?:{APOSTROPHE}s|,?\s*(?:in|by|through)\s+(?:paragraph\s+\d+(?:\s?\([a-z]\))?"
                  rf"\s+of\s+)?its(?:\s+\w+)?)",
        other_organ_before=r"\b(?:Commission|Committee|Conference|Board|Council|Assembly|Forum|"
                           r"Parliament|Organization|Union)(?:\s+(?:on|of|for|the|and|"
                           rf"[A-Z][\w{APOSTROPHE[1:-1]}-]*))*(?:{APOSTROPHE}s)?\s*$"),
    "fra": CitationWords(
        resolution=r"\b[Rr]ésolutions?", resolution_stem="ésolution",
        organs={"ga": r"Assemblée\s+générale", "hrc": rf"Conseil\s+des\s+droits\s+de\s+l{APOSTROPHE}\s?homme",
                "sc": r"Conseil\s+de\s+sécurité", "ecosoc": r"Conseil\s+économique\s+et\s+social",
                "chr": rf"Commission\s+des\s+droits\s+de\s+l{APOSTROPHE}\s?homme"},
        date_before_number=r"(?:du|en\s+date\s+du|adoptée?s?\s+le)",
        separators=r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)",
        organ_connector=rf"(?:du|de\s+la|de\s+l{APOSTROPHE}\s?)",
        organ_gap=r"(?:,?\s*(?:dans|par)\s+sa)"),
    "spa": CitationWords(
        resolution=r"\b[Rr]esoluci(?:ón|ones)", resolution_stem="esoluci",
        organs={"ga": r"Asamblea\s+General", "hrc": r"Consejo\s+de\s+Derechos\s+Humanos",
                "sc": r"Consejo\s+de\s+Seguridad", "ecosoc": r"Consejo\s+Económico\s+y\s+Social",
                "chr": r"Comisión\s+de\s+Derechos\s+Humanos"},
        date_before_number=r"(?:de|del|de\s+fecha)",
        separators=r"\s*(?:,\s*(?:y\s+)?|\s+[ye]\s+)",
        organ_connector=r"(?:del|de\s+la)",
        organ_gap=r"(?:,?\s*en\s+su)"),
    "rus": CitationWords(
        resolution=r"(?<!\w)[Рр]езолюци(?:я|и|ю|ей|й|ям|ями|ях)", resolution_stem="езолюци",
        organs={"ga": r"Генеральн(?:ой|ая)\s+Ассамбле(?:и|я)",
                "hrc": r"Совет(?:а)?\s+по\s+правам\s+человека",
                "sc": r"Совет(?:а)?\s+Безопасности",
                "ecosoc": r"Экономическ(?:ого|ий)\s+и\s+Социальн(?:ого|ый)\s+Совет(?:а)?",
                "chr": r"Комисси(?:и|я)\s+по\s+правам\s+человека"},
        date_before_number=r"(?:от)",
        organ_gap=r"(?:,?\s*в\s+своей)",
        separators=r"\s*(?:,\s*(?:и\s+)?|\s+и\s+)"),
    "ara": CitationWords(
        # "بقرارها", "وقرار": a one-letter conjunction or preposition may lead the word.
        resolution=r"(?<!\w)[وبلف]?(?:ال)?قرار(?:ين|ات|ها|يها|اتها)?", resolution_stem="قرار",
        organs={"ga": r"الجمعية\s+العامة", "hrc": r"مجلس\s+حقوق\s+الإنسان",
                "sc": r"مجلس\s+الأمن", "ecosoc": r"المجلس\s+الاقتصادي\s+والاجتماعي",
                "chr": r"لجنة\s+حقوق\s+الإنسان"},
        date_before_number=r"(?:المؤرخ(?:ة|ين)?(?:\s+في)?)",
        separators=r"\s*(?:[،,]\s*(?:و\s*)?|\s+و\s*)"),
    "zho": CitationWords(
        resolution=r"决议", resolution_stem="决议",
        organs={"ga": r"大会", "hrc": r"人权理事会", "sc": r"安全理事会|安理会",
                "ecosoc": r"经济及社会理事会|经社理事会", "chr": r"人权委员会"},
        separators=r"\s*(?:号)?(?:、|和|及)\s*第?",
        number_prefix="第"),
}


@dataclass
class Citation:
    start: int
    end: int
    symbol: str              # canonical: "A/RES/70/1", "S/RES/1591 (2005)"
    named_organ: bool = False   # the series comes from an organ printed beside it
    date: str | None = None  # ISO adoption date printed beside it
    short: bool = False      # a short number ("70/1"), its series read from the context
    # The symbols a printed range stands for but does not print: "A/C.4/53/SR.3–6" prints
    # SR.3 and 6; SR.4 and SR.5 are implied (on the citation of the range's end).
    implied: tuple[str, ...] = ()


def canonical(printed: str) -> str:
    """One space at most, and one before a bracket: "S/RES/2772(2025)" -> "S/RES/2772 (2025)"."""
    text = re.sub(r"\s+", " ", printed.strip()).replace("（", "(").replace("）", ")")
    return re.sub(r"(?<=\S)\(", " (", text)


def url_symbol(symbol: str) -> str:
    """The symbol as UN document addresses write it: no spaces ("A/CONF.157/24(PartI)")."""
    return "".join(symbol.split())             # (\s as str.split knows it)


def document_href(symbol: str, lang: Language) -> str:
    """The UN's document address of ``symbol`` in the document's language."""
    return f"https://undocs.org/{_LANG_TAGS.get(lang.code, 'en')}/{url_symbol(symbol)}"


def same_symbol(a: str, b: str) -> bool:
    return url_symbol(a).upper() == url_symbol(b).upper()


# "A/52/364 and Add.1", "E/2025/15/Add.1, Add.2 et Add.3": the same document's parts,
# printed after it without its symbol (conjunctions of the six languages).
_MORE_PARTS = re.compile(r"(?:\s*,\s*(?:(?:and|et|y|и)\s+)?|\s+(?:and|et|y|и|و)\s*)"
                         r"(?P<part>(?:Add|Corr|Rev)\.\d+(?:/(?:Add|Corr|Rev)\.\d+)*)(?![\w/])")
_PARTS_AT_END = re.compile(r"(?:/(?:Add|Corr|Rev)\.\d+)+$")


# "A/C.4/53/SR.3–6", "A/AC.109/2071, 2072, 2074-2078 and 2080": more documents of the
# same series printed by their last number only, as a range (hyphen or en dash) or a list
# (conjunctions of the six languages). A list's number has as many digits as the symbol's
# and comes after it ("E/CN.6/2025/9, 10 March" is a date); it ends the list or goes on
# with another separator.
_LAST_NUMBER = re.compile(r"^(?P<head>.*?)(?P<n>\d+)$")
_RANGE_END = re.compile(r"[–-](?P<n>\d{1,5})(?![\w/.]|[–-]?[A-Z])")
_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:(?:and|et|y|и)\s+)?|\s+(?:and|et|y|и|و)\s+)(?P<n>\d{1,5})"
                        r"(?=[–-]\d|\s*(?:[,;:)\]]|\.(?!\d)|$)|\s+(?:and|et|y|и|و)\s+\d)")
_MAX_RANGE = 50             # a longer "range" is something else (a page range, years)


def _more_numbers(text: str, pos: int, symbol: str) -> list[Citation]:
    """The documents printed after ``symbol`` (at ``pos``) by their last number."""
    last = _LAST_NUMBER.match(symbol)
    if last is None or "(" in symbol:
        return []
    head, previous, digits = last.group("head"), int(last.group("n")), len(last.group("n"))
    found: list[Citation] = []
    while True:
        span = _RANGE_END.match(text, pos)
        if span is not None:
            end = int(span.group("n"))
            if not previous < end <= previous + _MAX_RANGE:
                break
            found.append(Citation(span.start("n"), span.end("n"), f"{head}{end}",
                                  implied=tuple(f"{head}{n}" for n in range(previous + 1, end))))
            previous, pos = end, span.end()
            continue
        item = _LIST_NEXT.match(text, pos)
        if item is None or len(item.group("n")) != digits or int(item.group("n")) <= previous:
            break
        previous = int(item.group("n"))
        found.append(Citation(item.start("n"), item.end("n"), f"{head}{previous}"))
        pos = item.end()
    return found


_DIGIT = re.compile(r"\d")


def full_symbols(text: str) -> list[Citation]:
    if "/" not in text:
        return []                        # (a symbol has one at least; most text has none)
    found = []
    for match in FULL_SYMBOL.finditer(text):
        if not _DIGIT.search(match.group(0)):
            continue                     # "ST/SGB": a series without a number is no document
        symbol = canonical(match.group(0))
        found.append(Citation(match.start(), match.end(), symbol))
        base = _PARTS_AT_END.sub("", symbol)
        pos = match.end()
        while (more := _MORE_PARTS.match(text, pos)) is not None:
            found.append(Citation(more.start("part"), more.end("part"),
                                  f"{base}/{more.group('part')}"))
            pos = more.end()
        if pos == match.end():
            found += _more_numbers(text, pos, symbol)
    return found


def default_series(number: str, citing_organ: str) -> str | None:
    """The series of a short number when no organ is printed beside it: a Security
    Council number has its year in brackets; "2005/69" (a year first) is the Economic and
    Social Council's; "47/9" is the citing organ's (a Human Rights Council text cites its
    own resolutions so), else the General Assembly's."""
    if "(" in number:
        return "sc"
    first = number.split("/")[0]
    if first.isdigit() and 1946 <= int(first) <= 2100:
        # Numbered by year: the Economic and Social Council's, but also its commissions'
        # and sub-commissions' (E/CN.4/Sub.2/RES/2000/22): guessed only in its own texts.
        return "ecosoc" if citing_organ == "ecosoc" else None
    if citing_organ == "commission":
        return None                 # a functional commission numbers its own so
    return citing_organ if citing_organ in ("hrc", "ga") else "ga"


# The citing document's own series, from its symbol (first match) or its actor.
_CITING_SYMBOLS = (("A/HRC/", "hrc"), ("S/", "sc"), ("E/CN.", "commission"), ("E/", "ecosoc"),
                   ("A/", "ga"))
# "du Conseil", "the Council resolution": the citing council itself, when it is one.
_BARE_COUNCIL = re.compile(r"(?:Council|Conseil|Consejo|Совета?)(?!\s+[A-ZÀ-ÞА-ЯЁ])")
# "Assembly resolution 76/300", "de l’Assemblée": at the UN, the General Assembly.
_BARE_ASSEMBLY = re.compile(r"(?:Assembly|Assemblée|Asamblea|Ассамбле[ия])(?!\s+[A-ZÀ-ÞА-ЯЁ])")
_CITING_ACTORS = {"un-hrc": "hrc", "un-sc": "sc", "un-ecosoc": "ecosoc"}


def organ_series(actor: str, symbol: str | None = None) -> str:
    """The series of the citing document's own resolutions: its symbol's (an
    A/HRC/… report is the Human Rights Council's), else its actor's, else the Assembly's."""
    for prefix, series in _CITING_SYMBOLS:
        if symbol and symbol.upper().startswith(prefix):
            return series
    return _CITING_ACTORS.get(actor, "ga")


class ShortCitations:
    """Finds short resolution numbers in one language's text."""

    def __init__(self, lang: Language, citing_actor: str, citing_symbol: str | None = None) -> None:
        self.lang = lang
        self.citing = organ_series(citing_actor, citing_symbol)
        self._last_text: str | None = None
        self._last_dates: list[tuple[int, int, str]] = []
        words = WORDS.get(lang.code)
        self.words = words
        if words is None:
            return
        organ = "|".join(f"(?P<{s}>{r})" for s, r in words.organs.items())
        gap = rf"(?:{words.organ_gap})?" if words.organ_gap else ""
        self.organ_before = re.compile(rf"(?:{organ}){gap}\s*$")
        self.organ_between = re.compile(rf"\s*(?:{organ})\s*")
        connector = rf"\s*{words.organ_connector}\s*" if words.organ_connector else r"\s*"
        self.organ_after = re.compile(rf"{connector}(?:{organ})")
        # A capitalised name right after the number (and its connector) that is none of
        # the organs above: another body's resolution.
        required = rf"\s*{words.organ_connector}\s*" if words.organ_connector else r"\s+"
        self.other_after = re.compile(rf"{required}(?=[A-ZÀ-ÞА-ЯЁ])") \
            if words.organ_connector or lang.code == "rus" else None
        self.other_before = re.compile(words.other_organ_before) \
            if words.other_organ_before else None
        self.word = re.compile(words.resolution)
        self.separator = re.compile(words.separators)
        self.dated = re.compile(rf"\s*,?\s*{words.date_before_number}\s+") \
            if words.date_before_number else None

    def _other(self, name: str) -> str:
        """A body the organ table does not name: the citing council itself when the name
        is a bare "Council" ("du Conseil"), the General Assembly for a bare "Assembly", else
        unknown ("?": nothing is guessed)."""
        if _BARE_COUNCIL.match(name) and self.citing in ("hrc", "sc", "ecosoc"):
            return self.citing
        if _BARE_ASSEMBLY.match(name):
            return "ga"
        return "?"

    def _organ(self, match: re.Match) -> str:
        return next(s for s, v in match.groupdict().items() if v)

    def find(self, text: str) -> list[Citation]:
        if self.words is None or self.words.resolution_stem not in text:
            return []
        words = list(self.word.finditer(text))
        if not words:
            return []             # (most blocks: no resolution word, no dates to read)
        found_dates = self.dates(text)
        dates = {start: (end, iso) for start, end, iso in found_dates}
        date_ends = {end: iso for _start, end, iso in found_dates}
        found: list[Citation] = []
        for word in words:
            if self.words.number_prefix:
                found += self._find_before_word(text, word, date_ends)
                continue
            before = self.organ_before.search(text, max(0, word.start() - 60), word.start())
            organ = self._organ(before) if before else None
            if organ is None and self.other_before:
                other = self.other_before.search(text, max(0, word.start() - 80), word.start())
                if other:
                    organ = self._other(other.group(0).strip())
            pos = word.end()
            between = self.organ_between.match(text, pos)
            if between and not organ:
                organ, pos = self._organ(between), between.end()
            group: list[Citation] = []
            while True:
                space = re.compile(r"\s*").match(text, pos)
                number = _SHORT.match(text, space.end())
                if not number:
                    break
                citation = Citation(number.start(), number.end(), canonical(number.group(0)))
                pos = number.end()
                pos = self._date_after(text, pos, citation, dates)
                after = self.organ_after.match(text, pos)
                if after:
                    organ = organ or self._organ(after)
                    pos = after.end()
                    pos = self._date_after(text, pos, citation, dates)
                elif self.other_after and self.other_after.match(text, pos):
                    name = text[self.other_after.match(text, pos).end():][:40]
                    organ = organ or self._other(name)
                    after = True
                group.append(citation)
                if after:
                    break             # the organ closes the list it names
                separator = self.separator.match(text, pos)
                if not separator or not _SHORT.match(text, separator.end()):
                    break
                pos = separator.end()
            for citation in group:
                self._resolve(citation, organ)
            found += [c for c in group if c.symbol]
        return found

    def _find_before_word(self, text: str, word: re.Match, date_ends) -> list[Citation]:
        """Chinese: "人权理事会2021年7月12日第47/9号决议": organ and date before the numbers."""
        head = text[max(0, word.start() - 80):word.start()]
        offset = word.start() - len(head)
        numbers = list(re.finditer(rf"第\s*({_SHORT.pattern})\s*号?", head))
        if not numbers or head[numbers[-1].end():].strip():
            return []
        group: list[Citation] = []
        first = numbers[-1]
        for n in reversed(numbers):                  # the list "第70/1号和第75/180号决议"
            if group and head[n.end():group[0].start - offset].strip(" 、和及") != "":
                break
            citation = Citation(offset + n.start(1), offset + n.end(1), canonical(n.group(1)))
            group.insert(0, citation)
            first = n
        lead = text[max(0, offset + first.start() - 40):offset + first.start()]
        organ_match = self.organ_before.search(re.sub(r"\d{4}\s*年.*$", "", lead).rstrip("的"))
        date = date_ends.get(offset + first.start()) or \
            date_ends.get(offset + first.start() - 1)            # "…日的第"
        for citation in group:
            citation.date = date if len(group) == 1 else None
            self._resolve(citation, self._organ(organ_match) if organ_match else None)
        return [c for c in group if c.symbol]

    def date_after(self, text: str, citation: Citation) -> None:
        """A full symbol's adoption date printed after it ("A/RES/70/1 of 25 September 2015")."""
        if self.words is not None:
            self._date_after(text, citation.end, citation,
                             {s: (e, iso) for s, e, iso in self.dates(text)})

    def dates(self, text: str) -> list[tuple[int, int, str]]:
        """The dates of ``text``, read once for the block being cited."""
        if self._last_text != text:
            self._last_text, self._last_dates = text, find_dates(text, self.lang)
        return self._last_dates

    def _date_after(self, text: str, pos: int, citation: Citation, dates) -> int:
        if self.dated is None:
            return pos
        connector = self.dated.match(text, pos)
        if connector and connector.end() in dates:
            end, citation.date = dates[connector.end()]
            return end
        return pos

    def _resolve(self, citation: Citation, organ: str | None) -> None:
        number = citation.symbol
        old = _OLD_NUMBER.match(number)
        if old and not re.search(r"\(\d{4}\)", number):
            series, number = "ga", f"{old.group(1)} {old.group(2)}"
        elif "(" in number:
            series = "sc"                     # "1591 (2005)" is a Security Council number
        else:
            series = organ or default_series(number, self.citing)
            if series == "?":
                series = None
        first = number.split("/")[0]
        if series in ("ecosoc", "chr", "ga", "hrc") and not old and "(" not in number and \
                (first.isdigit() and 1946 <= int(first) <= 2100) != (series in ("ecosoc", "chr")):
            # The Economic and Social Council and its Commission number by year ("1996/31"),
            # the Assembly and the Human Rights Council by session ("40/14"): a number of
            # the other shape is another body's ("Council resolution 40/14" in an ECOSOC text).
            series = None
        if series == "sc" and "(" not in number:
            # "резолюции 1325/2000 Совета Безопасности": the Council's number and year,
            # printed with a slash; a Council resolution has no other short form.
            year = re.fullmatch(r"(\d+)/((?:19|20)\d\d)", number)
            number = f"{year.group(1)} ({year.group(2)})" if year else ""
            series = "sc" if year else None
        citation.named_organ = organ not in (None, "?")
        citation.short = True
        citation.symbol = RESOLUTION_PREFIX[series] + number if series else ""


def series_of(symbol: str) -> str | None:
    """The resolution series of a symbol: "A/HRC/RES/47/9" -> "hrc"."""
    for series, prefix in sorted(RESOLUTION_PREFIX.items(), key=lambda kv: -len(kv[1])):
        if symbol.upper().startswith(prefix.upper()):
            return series
    return None


def short_number(symbol: str) -> str | None:
    """"A/HRC/RES/47/9" -> "47/9"; None for a symbol of no resolution series."""
    series = series_of(symbol)
    return symbol[len(RESOLUTION_PREFIX[series]):] if series else None
