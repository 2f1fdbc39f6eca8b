"""What a General Assembly resolution was adopted on, as its preface prints it under the
adoption line: "[on the report of the Third Committee (A/77/463/Add.2)]" or "[without
reference to a Main Committee (A/73/L.4)]". Each document named there becomes a
``workflow`` step (metadata.py): on the adoption date (the only one printed; the
committee's own meeting is not), ``by`` the committee that reported (the Assembly
itself when it acted without one; none when the committee's name is not known), ``refersTo`` the
concept, ``href`` the document's address.

The lines are language data, one row per UN language (``BASIS``): the bracketed line as a
regex with the groups ``organ`` (the reporting committee as printed) and ``docs`` (the
symbols), and the concepts' names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...citations import canonical, document_href, full_symbols
from ..writing.inline import akn

REPORT, PLENARY = "committeeReport", "withoutReferenceToMainCommittee"


@dataclass(frozen=True)
class BasisWords:
    on_report: str              # groups organ, docs
    without_committee: str      # group docs
    concepts: dict[str, str]    # showAs of the two concepts
    # Committees as the line prints them when the language tables' names differ (the
    # Russian genitive "Третьего комитета").
    committees: dict[str, str] = field(default_factory=dict)


_B = r"^\s*[\[［]\s*"
_E = r"\s*[\]］]\s*$"
BASIS: dict[str, BasisWords] = {
    "eng": BasisWords(
        rf"{_B}on the reports? of the (?P<organ>.+?)\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        rf"{_B}without reference to a Main Committee\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        {REPORT: "on the report of a Main Committee",
         PLENARY: "without reference to a Main Committee"}),
    "fra": BasisWords(
        rf"{_B}sur la base (?:du|des) rapports? de la (?P<organ>.+?)\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        rf"{_B}sans renvoi à une grande commission\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        {REPORT: "sur la base du rapport d’une grande commission",
         PLENARY: "sans renvoi à une grande commission"}),
    "spa": BasisWords(
        rf"{_B}sobre la base del? (?:los )?informes? de la (?P<organ>.+?)\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        rf"{_B}sin remisión previa a una Comisión Principal\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        {REPORT: "sobre la base del informe de una Comisión Principal",
         PLENARY: "sin remisión previa a una Comisión Principal"}),
    "rus": BasisWords(
        rf"{_B}по докладу (?P<organ>.+?)\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        rf"{_B}без передачи в главный комитет\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        {REPORT: "по докладу главного комитета", PLENARY: "без передачи в главный комитет"},
        committees={"Первого комитета": "un-ga-c1", "Второго комитета": "un-ga-c2",
                    "Третьего комитета": "un-ga-c3", "Четвертого комитета": "un-ga-c4",
                    "Пятого комитета": "un-ga-c5", "Шестого комитета": "un-ga-c6"}),
    "ara": BasisWords(
        rf"{_B}بناء على تقرير (?P<organ>.+?)\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        rf"{_B}دون الإحالة إلى لجنة رئيسية\s*\((?P<docs>[^()]*\d[^()]*)\){_E}",
        {REPORT: "بناء على تقرير لجنة رئيسية", PLENARY: "دون الإحالة إلى لجنة رئيسية"}),
    "zho": BasisWords(
        rf"{_B}根据(?P<organ>.+?)的报告\s*[(（](?P<docs>[^()（）]*\d[^()（）]*)[)）]\s*通过{_E}",
        rf"{_B}未经发交主要委员会而通过\s*[(（](?P<docs>[^()（）]*\d[^()（）]*)[)）]{_E}",
        {REPORT: "根据主要委员会的报告", PLENARY: "未经发交主要委员会"}),
}


def _committee(name: str, words: BasisWords, lang) -> str | None:
    """The reporting committee's id: "Third Committee", or "Special Political and
    Decolonization Committee (Fourth Committee)" by the name in brackets."""
    for printed in (name, *re.findall(r"\(([^()]+)\)", name)):
        printed = " ".join(printed.split())
        found = words.committees.get(printed) or lang.organ_named(printed)
        if found:
            return found
    return None


def steps(w, top, date: str | None) -> list[dict]:
    """The workflow steps of the basis lines of ``top``'s preface, dated ``date`` (the
    adoption's); none without a date."""
    words = BASIS.get(w.lang.code)
    preface = top.find(akn("preface"))
    if words is None or preface is None or not date:
        return []
    out = []
    for p in preface.iter(akn("p")):
        text = " ".join("".join(p.itertext()).split())
        report = re.match(words.on_report, text)
        plenary = None if report else re.match(words.without_committee, text)
        match = report or plenary
        if match is None:
            continue
        concept = REPORT if report else PLENARY
        w.tlc_kinds.setdefault(concept, ("TLCConcept", "concept", words.concepts[concept]))
        # The Assembly itself considered a text sent to no committee.
        by = _committee(match.group("organ"), words, w.lang) if report else w.organ
        for citation in full_symbols(match.group("docs")):
            out.append(dict(date=date, **({"by": f"#{by}"} if by else {}),
                            refersTo=f"#{concept}",
                            href=document_href(canonical(citation.symbol), w.lang)))
    return out

