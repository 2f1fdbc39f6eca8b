"""Language rules, one data table per UN official language.

Everything that depends on the language of a document (enacting formulas, document
types, months, operative-paragraph numbering, hyphenated prefixes, words that tell the
language apart) lives here as data; the pipeline code only looks things up.
Codes are ISO 639-2 (as FRBRlanguage wants): ara, zho, eng, fra, rus, spa.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

APOSTROPHES = "’'"


@dataclass(frozen=True)
class PartNumbers:
    """A report's part numbers as a language prints them in its own words or signs, where
    the other versions print "I." or "A.": the words in their order (the first stands for
    I or A), and the line they open, ``pattern`` holding NUMBER where a word stands, with
    groups num (the number as printed, its dash or comma with it) and text (the heading).
    Empty ``words``: the number is printed in digits (NUMBER is not used)."""
    level: int                          # 1 as "I.", 2 as "A.", 3 as "1."
    pattern: str
    words: tuple[str, ...] = ()
    # Marks a word is printed with or without ("أولاً" and "أولا": the tanween).
    optional_marks: str = ""
    # Other spellings of a word, (as printed, the word of ``words``): "الحادي والعشرون"
    # with the article for "حادي وعشرون", a full-width "Ａ" for "A".
    aliases: tuple[tuple[str, str], ...] = ()

    @cached_property
    def _spellings(self) -> str:
        """The words and their aliases as one alternation, longest first, each mark optional."""
        marks = f"[{self.optional_marks}]?" if self.optional_marks else ""
        spellings = set(self.words) | {printed for printed, _ in self.aliases}
        return "|".join(marks + "".join(re.escape(c) + marks for c in w)
                        for w in sorted(spellings, key=len, reverse=True))

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern.replace("NUMBER", f"(?P<word>{self._spellings})"))

    @cached_property
    def number_pattern(self) -> str:
        """The number alone, as a regex with no groups ("(?:أولا|…)\\s*[-–—]"): the num
        group of ``pattern``, for a list that prints numbers before other text (a
        table of contents: structurer/analysis/contents.py)."""
        start = self.pattern.index("(?P<num>") + len("(?P<num>")
        depth, end = 1, start
        while depth:
            depth += {"(": 1, ")": -1}.get(self.pattern[end], 0) if self.pattern[end - 1] != "\\" else 0
            end += 1
        return self.pattern[start:end - 1].replace("NUMBER", f"(?:{self._spellings})")

    def neutral(self, word: str) -> str | None:
        """The number the other language versions print for ``word``: the Roman numeral
        of its rank at level 1 ("ثانيا" -> "II"), the Latin letter at level 2 ("باء" ->
        "B"), so that eIds are the same in every version."""
        bare = "".join(c for c in word if c not in self.optional_marks)
        bare = dict(self.aliases).get(bare, bare)
        if bare not in self.words:
            return None
        rank = self.words.index(bare) + 1
        if self.level == 1:
            return roman(rank)
        return chr(ord("A") + rank - 1) if rank <= 26 else str(rank)


def roman(number: int) -> str:
    """12 -> "XII"."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


@dataclass(frozen=True)
class Language:
    code: str                       # ISO 639-2, e.g. "fra"
    name: str                       # the language's own name
    # Enacting formula -> organ id (TLC eId). Matched against a whole paragraph.
    formulas: dict[str, str]
    # Printed document types, longest first: text -> (AKN @name, TLC concept or None).
    doc_types: dict[str, tuple[str, str | None]]
    # Words that join the sponsors' names in "A, B et C : projet de résolution".
    sponsor_joiners: tuple[str, ...]
    months: tuple[str, ...]         # January..December as printed (lower case)
    # A full date as printed; named groups day, month, year.
    date_pattern: str
    # Operative paragraph number and sub-paragraph number, at the start of a paragraph.
    op_number: str = r"(?P<num>\d+)\.\s"
    point_number: str = r"(?P<num>\(?[a-z]\))\s"
    subpoint_number: str = r"(?P<num>\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\))\s"
    right_to_left: bool = False
    # Letters numbering sub-paragraphs in a non-Latin script, in order (for eIds).
    point_letters: str = ""
    # Words before a line-end hyphen that make a real compound ("non-" + "sélectivité").
    compound_prefixes: frozenset[str] = frozenset()
    # Words after a line-end hyphen that leave it suspended ("troop-" + "and police-
    # contributing countries"): the hyphen stays, then a space.
    suspended_hyphen_words: frozenset[str] = frozenset()
    # Its UN documents cut words at line ends by syllable ("миро-" + "строительством"):
    # two of its words either side of a line-end hyphen are no sign of a compound.
    cuts_words: bool = False
    # Frequent short words, to recognise the language of a text.
    stopwords: frozenset[str] = frozenset()
    # Opening words printed in italics: the participle of a preambular paragraph, the
    # verb of an operative one, possibly followed by an adverb ("Rappelant également").
    preamble_openings: tuple[str, ...] = ()
    operative_verbs: tuple[str, ...] = ()
    opening_adverbs: tuple[str, ...] = ()
    # A formula of a body the table above does not list, printed alone on its line,
    # sometimes without its comma: "The Executive Board" (UNICEF, UNDP boards' decisions).
    # Only taken as a formula right before a numbered or preambular paragraph.
    body_formula: str = r"^$"
    # A decision: one sentence in which the organ decides or takes note (no formula).
    decision_pattern: str = r"\b(?:decided|decides|took note|takes note|adopted|approved)\b"
    # "Annex", "Annex II", "Annex A – Items subject to …": an annex starts (a line of its own).
    annex_pattern: str = r"^Annex(?:\s+(?:[IVXL]+|[A-Z]))?(?:\s+[–—-]\s+.{1,140})?$"
    # "Annex to the letter dated …", "Enclosure": an annex of a doc (not of a resolution),
    # a title line of its own (no final full stop).
    annex_to_pattern: str = r"^(?:(?:Annex|Enclosure)\s+to\s+the\s+\S.{0,300}[^.]|Enclosures?(?:\s+[IVXL\d]+)?)$"
    # "Chapter IV", its heading after it or on the next line (reports in Official Records).
    chapter_pattern: str = r"^Chapter\s+(?P<num>[IVXL]+)\b\.?(?:\s+(?P<text>\S.{0,250}))?$"
    # Adopted resolutions: "Resolution adopted by the General Assembly on 15 December 2022",
    # and the closing "48th plenary meeting" (then the date).
    adoption_pattern: str = (r"^(?:Resolution adopted|Adopted) by (?:the )?(?P<organ>.+?)"
                             r"(?: at its .+?,)? on (?P<date>.+)$")
    # A resolution's number on a line of its own: "Resolution 2686 (2023)" (Security Council).
    resolution_heading: str = r"^Resolution (?P<number>\d+ \(\d{4}\))$"
    # "Draft resolution submitted by the Vice-President of the Council, …": a type, then
    # who submits it (group by) or, with group to, to whom. DOC_TYPES: the printed types.
    submitted_pattern: str = r"^(?P<type>DOC_TYPES)\s+submitted\s+(?:by|(?P<to>to))\s+(?P<by>.+)$"
    meeting_pattern: str = r"^\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting$"
    # The masthead of page 1 (see extractor/layout/masthead.py).
    un_name: str = ""                                  # "Nations Unies"
    session_pattern: str = r"^(?P<ordinal>.+?)\s+session$"
    agenda_pattern: str = r"^Agenda items?\s+(?P<item>.+)$"
    committees: dict[str, str] = field(default_factory=dict)   # printed name -> actor id
    language_names: dict[str, str] = field(default_factory=dict)  # "anglais" -> "eng"
    # Organ ids -> name, for the TLC showAs.
    organ_names: dict[str, str] = field(default_factory=dict)
    # Roles and concepts -> name, for the TLC showAs.
    concept_names: dict[str, str] = field(default_factory=dict)
    # Title lines of page 1 that say what kind of document it is: (kind, regex matched at
    # the start of a line, case ignored), first match wins: "Note verbale dated …" before
    # "Note by …". Kinds are those of structurer/analysis/kinds.py.
    kind_titles: tuple[tuple[str, str], ...] = ()
    # How a report's own text names it ("the present report"): a report printed with
    # no kind line is known by it (an inference, marked as a doubt).
    present_report: str = r"(?!)"
    # A report's parts numbered in the language's own words or signs ("أولا - مقدمة",
    # "一、导言"), looked for before the "I." / "A." / "1." every language may print.
    part_numbers: tuple[PartNumbers, ...] = ()

    def part_heading(self, text: str) -> tuple[PartNumbers, re.Match] | None:
        """The numbering of ``text`` when it opens with a part number of the table."""
        for numbers in self.part_numbers:
            match = numbers.regex.match(text)
            if match:
                return numbers, match
        return None

    def kind_title(self, text: str) -> str | None:
        """The kind a title line names ("Letter dated …" -> "letter"), if any."""
        # A kind line's note mark ("秘书长的报告*") is no part of it: the lines of scripts
        # that end a kind with its last word ("…的报告") are matched to their end.
        text = " ".join(text.split())[:400].rstrip("*").rstrip()
        return next((key for key, regex in self.kind_title_regexes if regex.match(text)), None)

    @cached_property
    def kind_title_regexes(self) -> tuple[tuple[str, re.Pattern], ...]:
        """``kind_titles`` compiled once: each page-1 line is tried against all of them."""
        return tuple((key, re.compile(pattern, re.IGNORECASE)) for key, pattern in self.kind_titles)

    @cached_property
    def regexes(self) -> "LanguageRegexes":
        """The line patterns of the table compiled once: the outline tries them on every
        block (~90,000 times over the corpus), and ``re.match(string, …)`` looks each up
        in the re module's cache on every call."""
        return LanguageRegexes(**{name: re.compile(getattr(self, name))
                                  for name in LanguageRegexes.__dataclass_fields__})

    @cached_property
    def formula_regexes(self) -> list[tuple[re.Pattern, str]]:
        """Each formula as a regex (any apostrophe matches any apostrophe)."""
        return [(re.compile(_flexible_apostrophes(f)), organ)
                for f, organ in self.formulas.items()]

    def formula_organ(self, paragraph: str) -> str | None:
        """The organ whose enacting formula is the whole of ``paragraph``, if any."""
        for regex, organ in self.formula_regexes:
            if regex.fullmatch(paragraph.strip()):
                return organ
        return None

    @cached_property
    def doc_type_regex(self) -> re.Pattern:
        alternatives = sorted(self.doc_types, key=len, reverse=True)
        return re.compile("|".join(re.escape(t) for t in alternatives), re.IGNORECASE)

    @cached_property
    def submitted_regex(self) -> re.Pattern:
        alternatives = "|".join(re.escape(t) for t in sorted(self.doc_types, key=len, reverse=True))
        return re.compile(self.submitted_pattern.replace("DOC_TYPES", alternatives), re.IGNORECASE)

    @cached_property
    def date_regex(self) -> re.Pattern:
        months = "|".join(sorted(self.months, key=len, reverse=True))
        return re.compile(self.date_pattern.replace("MONTHS", months), re.IGNORECASE)

    @cached_property
    def opening_regexes(self) -> tuple[re.Pattern | None, re.Pattern | None]:
        """(preambular, operative) regexes for the italic opening words, longest first."""
        def regex(words):
            if not words:
                return None
            heads = "|".join(_flexible_apostrophes(w) for w in sorted(set(words), key=len, reverse=True))
            adverbs = "|".join(re.escape(a) for a in sorted(self.opening_adverbs, key=len, reverse=True))
            tail = rf"(?:\s+(?:{adverbs}))?" if adverbs else ""
            return re.compile(rf"(?:{heads}){tail}(?=[\s,:;]|$)")
        return regex(self.preamble_openings), regex(self.operative_verbs)

    @cached_property
    def opening_initials(self) -> frozenset[str] | None:
        """The characters an opening word of either regex may start with (any apostrophe
        for one that starts with an apostrophe): a line starting otherwise opens with
        none. None if a word is empty (it would start anywhere)."""
        initials: set[str] = set()
        for word in (*self.preamble_openings, *self.operative_verbs):
            if not word:
                return None
            initials |= set(APOSTROPHES) if word[0] in APOSTROPHES else {word[0]}
        return frozenset(initials)

    def organ_name(self, actor: str) -> str:
        """showAs of an organ or committee TLC."""
        committees = {v: k for k, v in self.committees.items()}
        from .organs import organ_name
        return self.organ_names.get(actor) or committees.get(actor) or \
            organ_name(actor, self.code) or actor

    def organ_named(self, printed: str) -> str | None:
        """The id of the organ a cover-page line names, in this language: a principal
        organ ("Human Rights Council" -> "un-hrc"), a Main Committee, or a body of the
        organs table ("Commission on the Status of Women"); None when unknown."""
        key = " ".join(printed.replace("'", "’").casefold().split())
        for actor, name in {**self.organ_names, **{v: k for k, v in self.committees.items()}}.items():
            if " ".join(name.replace("'", "’").casefold().split()) == key and actor.startswith("un-"):
                return actor
        from .organs import organ_named
        return organ_named(printed, self.code)

    def month_number(self, printed: str) -> int:
        return self.months.index(printed.lower()) + 1


@dataclass(frozen=True)
class LanguageRegexes:
    """A language's line patterns (the fields of the same name), compiled with no flags:
    ``lang.regexes.op_number.match(text)`` decides as ``re.match(lang.op_number, text)``."""
    op_number: re.Pattern
    point_number: re.Pattern
    subpoint_number: re.Pattern
    body_formula: re.Pattern
    annex_pattern: re.Pattern
    annex_to_pattern: re.Pattern
    chapter_pattern: re.Pattern
    meeting_pattern: re.Pattern
    agenda_pattern: re.Pattern


def _flexible_apostrophes(text: str) -> str:
    """Regex for ``text`` in which any apostrophe matches any apostrophe."""
    return "".join(f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in text)


_LATIN_DATE = r"\b(?P<day>\d{1,2})(?:er|º|°)?\s+(?:de\s+)?(?P<month>MONTHS)\s+(?:de\s+)?(?P<year>\d{4})\b"

FRENCH = Language(
    code="fra", name="Français",
    formulas={
        "L’Assemblée générale,": "un-ga",
        "Le Conseil de sécurité,": "un-sc",
        "Le Conseil des droits de l’homme,": "un-hrc",
        "Le Conseil économique et social,": "un-ecosoc",
    },
    body_formula=r"^(?:Le|La|L[’'])\s?(?:[\w’'-]+\s+){0,5}(?:Conseil d[’']administration|Conseil|Commission|Comité|Assemblée|Conférence|Forum)(?:\s+[\w’'-]+){0,4}\s*,?$",
    doc_types={
        "projet de résolution révisé": ("resolutionDraft", "draft"),
        "projet de résolution": ("resolutionDraft", "draft"),
        "projet de décision": ("decisionDraft", "draft"),
        "résolution": ("resolution", None),
        "décision": ("decision", None),
    },
    sponsor_joiners=(",", "et"),
    suspended_hyphen_words=frozenset({"et", "ou", "à"}),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
    date_pattern=_LATIN_DATE,
    point_number=r"(?P<num>[a-z]\))\s",
    compound_prefixes=frozenset({
        "non", "quasi", "vice", "ex", "sous", "contre", "demi", "semi", "mi", "après",
        "avant", "arrière", "grand", "grande", "haut", "haute", "nord", "sud", "est",
        "ouest", "dix", "vingt", "trente", "quarante", "cinquante", "soixante",
        "quatre", "cent", "porte", "chef", "lui", "elle", "eux", "elles", "celui",
        "celle", "ceux", "celles", "c'est", "peut", "vis", "au", "là", "ci"}),
    stopwords=frozenset({"le", "la", "les", "des", "du", "et", "de", "une", "dans",
                         "pour", "que", "qui", "sur", "au", "aux", "est", "sont"}),
    preamble_openings=(
        "Agissant", "Désireuse", "Désireux", "Ayant examiné",
        "Réaffirmant", "Rappelant", "Considérant", "Soulignant", "Insistant sur", "Insistant",
        "Reconnaissant", "Notant", "Prenant note", "Se félicitant", "Accueillant", "Exprimant",
        "Convaincue", "Consciente", "Profondément préoccupée", "Gravement préoccupée",
        "Préoccupée", "Ayant examiné", "Guidée par", "Tenant compte", "Ayant à l’esprit",
        "Déplorant", "Condamnant", "Affirmant", "Estimant", "Constatant", "Sachant", "Résolue",
        "Déterminée", "Alarmée", "Saluant", "Réitérant", "Prenant acte", "Mettant l’accent",
        "Rappelant", "Sachant gré", "Tenant compte"),
    operative_verbs=(
        "Convient", "Exige", "Regrette",
        "Réaffirme", "Estime", "Exhorte", "Souligne", "Demande", "Invite", "Engage", "Prie",
        "Décide", "Prend note", "Prend acte", "Se félicite", "Accueille", "Condamne",
        "Encourage", "Recommande", "Approuve", "Adopte", "Déclare", "Affirme", "Reconnaît",
        "Note", "Rappelle", "Exprime", "Salue", "Insiste", "Considère", "Constate", "Déplore",
        "Appelle", "Lance un appel", "Charge", "Autorise", "Proclame", "Réitère", "Souhaite",
        "Se déclare", "Remercie", "Sait gré", "Fait sienne", "Met l’accent", "Engage vivement"),
    opening_adverbs=("également", "en outre", "de nouveau", "aussi", "instamment", "vivement",
                     "avec satisfaction", "avec préoccupation", "avec inquiétude", "à nouveau",
                     "par ailleurs", "enfin"),
    adoption_pattern=(r"^(?:Résolution adoptée|Adoptée) par (?:l[’']|le |la )?(?P<organ>.+?)"
                      r"(?: à sa .+?,)? le (?P<date>.+)$"),
    submitted_pattern=r"^(?P<type>DOC_TYPES)\s+(?:présentée?|soumise?)\s+(?:par|(?P<to>à))\s+(?P<by>.+)$",
    resolution_heading=r"^Résolution (?P<number>\d+ \(\d{4}\))$",
    meeting_pattern=r"^\d+e séance(?: plénière)?$",
    annex_to_pattern=r"^(?:(?:Annexe|Pièce\s+jointe)\s+(?:à|de)\s+la\s+\S.{0,300}[^.]|Pièces?\s+jointes?(?:\s+[IVXL\d]+)?)$",
    chapter_pattern=r"^Chapitre\s+(?P<num>[IVXL]+)\b\.?(?:\s+(?P<text>\S.{0,250}))?$",
    annex_pattern=r"^Annexe(?:\s+(?:[IVXL]+|[A-Z]))?(?:\s+[–—-]\s+.{1,140})?$",
    decision_pattern=r"\b(?:a décidé|décide|a pris note|prend note|a adopté|a approuvé)\b",
    un_name="Nations Unies",
    agenda_pattern=r"^Points?\s+(?P<item>.+?)\s+de l[’']ordre du jour(?: provisoire)?$",
    committees={"Première Commission": "un-ga-c1", "Deuxième Commission": "un-ga-c2",
                "Troisième Commission": "un-ga-c3", "Quatrième Commission": "un-ga-c4",
                "Cinquième Commission": "un-ga-c5", "Sixième Commission": "un-ga-c6"},
    language_names={"anglais": "eng", "français": "fra", "espagnol": "spa", "russe": "rus",
                    "arabe": "ara", "chinois": "zho"},
    organ_names={
        "un": "Organisation des Nations Unies",
        "un-ga": "Assemblée générale",
        "un-sc": "Conseil de sécurité",
        "un-hrc": "Conseil des droits de l’homme",
        "un-ecosoc": "Conseil économique et social",
        "un-dgacm": "Département de l’Assemblée générale et de la gestion des conférences",
        "converter": "Convertisseur UN vers Akoma Ntoso",
    },
    concept_names={"sponsor": "auteur du projet", "draft": "projet",
                   "symbol": "cote du document"},
    present_report=r"\ble\s+présent\s+rapport\b",
    kind_titles=(
        # A treaty body's finding on an individual communication ("Constatations adoptées par
        # le Comité au titre de l’article 5 (par. 4) du Protocole facultatif, concernant la
        # communication no 2708/2015"; a decision of inadmissibility or discontinuance;
        # the old layout's bare "Communication no 1840/2008" line, weak: the next line says
        # which).
        ("views", r"constatations\s+adoptées\s+par\s+le\s+comité\b"),
        ("communicationOpinion", r"opinion\s+adoptée\s+par\s+le\s+comité\b.{0,300}?\bcommunications?\s+n"),
        ("communicationDecision", r"décision\s+adoptée\s+par\s+le\s+comité\b.{0,300}?\bcommunications?\s+n"),
        ("communication", r"communications?\s+n[o°º]\s*\.?\s*\d+/\d{4}$"),
        # Amendments to a draft ("France : amendements au projet de résolution A/C.3/80/L.8").
        ("amendment", r"(?:[^:]{1,400}:\s*)?(?:projet\s+d[’']\s*)?amendements?\s+(?:au|à\s+la|aux|à\s+l[’'])\s"),
        ("listOfParticipants", r"(?:liste\s+(?:provisoire\s+|finale\s+)?des\s+(?:participants|délégations|délégués))\b"),
        ("letter", r"(?:lettres?\s+identiques|lettres?)\s+(?:datées?\s+du|du\s+\d|adressées?)\b"),
        ("noteVerbale", r"notes?\s+verbales?\b"),
        ("ngoStatement", r"(?:déclaration|exposé)(?:\s+écrit)?(?:\s+conjoint)?\s+(?:présentée?|soumise?)\s+par\b.{0,300}non\s+gouvernementale"),
        ("informationCircular", r"circulaire\s+d[’']information\b"),
        ("summaryRecord", r"(?:procès-verbal|compte\s+rendu)\s+analytique\b"),
        ("verbatimRecord", r"(?:procès-verbal|compte\s+rendu)\s+(?:officiel|in\s+extenso)\b"),
        ("agenda", r"(?:ordre\s+du\s+jour\s+(?:provisoire|annoté|préliminaire)|ordre\s+du\s+jour$)"
                   r"|annotations\s+(?:de|à)\s+l[’']ordre\s+du\s+jour\b"
                   r"|liste\s+(?:préliminaire\s+)?des\s+questions\s+à\s+inscrire\s+à\s+l[’']ordre\s+du\s+jour\b"),
        ("agenda", r"liste\s+préliminaire\s+des\s+questions\b"),
        ("agenda", r"ordre\s+du\s+jour\s+et\s+annotations\b"),
        ("note", r"note\s+(?:du|de\s+la|de\s+l[’']|des)\s"),
        ("report", r"(?:[\w-]+\s+)?rapport\s+(?:du|de|des|sur|présenté|national|annuel|intérimaire|final|de\s+synthèse)\b"),
        ("report", r"projet\s+de\s+rapport\b"),           # "Projet de rapport" (a draft report)
        ("report", r"observations\s+finales\b"),
        # A State party's report to a treaty body: "Cinquième rapport périodique soumis par …".
        ("report", r"(?:[\w’'-]+\s+){0,6}rapports?\s+(?:périodiques?|initial|initiaux)\b"),
        ("report", r"résumé\s+(?:du|de\s+la|des)\s+(?:président|présidente|coprésident|coprésidente|coprésidents|facilitat)"),
    ),
)

ENGLISH = Language(
    code="eng", name="English",
    formulas={
        "The General Assembly,": "un-ga",
        "The Security Council,": "un-sc",
        "The Human Rights Council,": "un-hrc",
        "The Economic and Social Council,": "un-ecosoc",
    },
    body_formula=r"^The\s+(?:[A-Z][\w’'-]*\s+){0,5}(?:Board|Council|Commission|Committee|Assembly|Conference|Forum)\s*,?$",
    doc_types={
        "revised draft resolution": ("resolutionDraft", "draft"),
        "draft resolution": ("resolutionDraft", "draft"),
        "draft decision": ("decisionDraft", "draft"),
        "resolution": ("resolution", None),
        "decision": ("decision", None),
    },
    sponsor_joiners=(",", "and"),
    suspended_hyphen_words=frozenset({"and", "or", "to"}),
    months=("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"),
    date_pattern=_LATIN_DATE,
    compound_prefixes=frozenset({
        "non", "co", "self", "ex", "cross", "well", "long", "short", "follow", "high",
        "low", "mid", "multi", "inter", "post", "pre", "anti", "sub", "north", "south",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "end", "un", "so", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"}),
    stopwords=frozenset({"the", "of", "and", "to", "in", "on", "for", "that", "with",
                         "its", "by", "all", "as", "is", "are", "an"}),
    preamble_openings=(
        "Acting", "Determining", "Desirous", "Having examined", "Emphasising", "Recognising", "Commending", "Taking note", "Further recalling", "Further reiterating",
        "Reaffirming", "Recalling", "Considering", "Stressing", "Emphasizing", "Recognizing",
        "Noting", "Taking note", "Welcoming", "Expressing", "Convinced", "Conscious",
        "Deeply concerned", "Gravely concerned", "Concerned", "Having considered", "Guided by",
        "Bearing in mind", "Acknowledging", "Underlining", "Reiterating", "Affirming",
        "Deploring", "Condemning", "Determined", "Alarmed", "Mindful", "Aware", "Believing",
        "Taking into account", "Appreciating", "Highlighting", "Underscoring", "Acknowledging"),
    operative_verbs=(
        "Recalls", "Agrees", "Calls", "Directs", "Requires", "Expresses", "Further requests", "Further decides", "Emphasises", "Recognises", "Regrets",
        "Reaffirms", "Decides", "Requests", "Calls upon", "Calls on", "Urges", "Invites",
        "Encourages", "Welcomes", "Notes", "Takes note", "Stresses", "Emphasizes", "Recognizes",
        "Recommends", "Expresses", "Condemns", "Reiterates", "Affirms", "Acknowledges",
        "Underlines", "Endorses", "Approves", "Adopts", "Declares", "Appeals", "Authorizes",
        "Considers", "Deplores", "Proclaims", "Requests", "Highlights", "Underscores",
        "Commends", "Reminds", "Demands", "Strongly condemns", "Strongly encourages"),
    opening_adverbs=("also", "further", "again", "once again", "with appreciation",
                     "with satisfaction", "with concern", "with deep concern", "strongly",
                     "in this regard", "moreover"),
    un_name="United Nations",
    committees={"First Committee": "un-ga-c1", "Second Committee": "un-ga-c2",
                "Third Committee": "un-ga-c3", "Fourth Committee": "un-ga-c4",
                "Fifth Committee": "un-ga-c5", "Sixth Committee": "un-ga-c6"},
    language_names={"english": "eng", "french": "fra", "spanish": "spa", "russian": "rus",
                    "arabic": "ara", "chinese": "zho"},
    organ_names={
        "un": "United Nations",
        "un-ga": "General Assembly",
        "un-sc": "Security Council",
        "un-hrc": "Human Rights Council",
        "un-ecosoc": "Economic and Social Council",
        "un-dgacm": "Department for General Assembly and Conference Management",
        "converter": "UN to Akoma Ntoso converter",
    },
    concept_names={"sponsor": "sponsor", "draft": "draft", "symbol": "document symbol"},
    present_report=r"\b(?:the\s+present|this)\s+report\b|^(?:the|this)\s+report\s+(?:pertains|provides|contains|covers|describes|presents|summarizes|reviews)\b",
    kind_titles=(
        # A treaty body's finding on an individual communication ("Views adopted by the
        # Committee under article 5 (4) of the Optional Protocol, concerning communication
        # No. 2500/2014", "Views adopted by the Committee at its 115th session"; a decision
        # of inadmissibility or discontinuance; CERD's "Opinion"; the old layout's bare
        # "Communication No. 2019/2010" line, weak: the next line says which).
        ("views", r"views\s+adopted\s+by\s+the\s+committee\b.{0,300}?\b(?:communications?\s+no|at\s+its\b)"),
        ("communicationOpinion", r"opinion\s+adopted\s+by\s+the\s+committee\b.{0,300}?\bcommunications?\s+no"),
        ("communicationDecision", r"decision\s+adopted\s+by\s+the\s+committee\b.{0,300}?\bcommunications?\s+no"),
        ("communication", r"communications?\s+no\s*\.?\s*\d+/\d{4}$"),
        # Amendments to a draft ("Russian Federation: amendment to the draft resolution …").
        ("amendment", r"(?:[^:]{1,400}:\s*)?(?:revised\s+|proposed\s+)?amendments?\s+to\s"),
        ("listOfParticipants", r"(?:provisional\s+|final\s+|revised\s+)?list\s+of\s+(?:participants|delegations|delegates|attendees)\b"),
        ("letter", r"(?:identical\s+)?letters?\s+(?:dated|from)\b"),
        ("noteVerbale", r"(?:identical\s+)?notes?\s+verbales?\b"),
        ("ngoStatement", r"(?:joint\s+)?(?:written\s+)?statement\s+submitted\s+by\b.{0,300}non-?governmental"),
        ("informationCircular", r"information\s+circular\b"),
        ("summaryRecord", r"(?:provisional\s+)?summary\s+record\b"),
        ("verbatimRecord", r"(?:provisional\s+)?verbatim\s+record\b"),
        ("agenda", r"(?:(?:provisional|annotated|preliminary|revised)\s+)+agenda\b|agenda$|agenda\s+(?:of|for)\s+the\b"
                   r"|annotations\s+to\s+the\s+(?:provisional\s+)?agenda\b"
                   r"|(?:preliminary\s+)?list\s+of\s+items\s+to\s+be\s+included\s+in\s+the\s+(?:provisional\s+)?agenda\b"),
        ("agenda", r"(?:annotated\s+)?preliminary\s+list\s+of\s+items\b"),
        ("agenda", r"agenda\s+and\s+annotations\b"),
        ("note", r"note\s+by\s+the\b"),
        # "Report of …", "Twentieth report of …", "Annual report for 2024 …", "Biennial
        # Report (19 April 2023 …)", "Progress report", "UNOPS: Report on …", "Draft report".
        # (Not a sentence about a report: "In the report, …", "The present report …".)
        ("report", r"(?!(?:in|on|to|of|by|for|with|from|at|as|the|this|that|a|an)\s)"
                   r"(?:[\w-]{1,12}:\s+)?(?:[\w-]+\s+){0,2}report(?:\s+(?:of|on|by|for|submitted)\b|\s*\(|,\s*\d{4}|$)"),
        ("report", r"summary\s+statement\s+by\b"),
        ("report", r"(?:chair|co-chairs?|president|facilitators?|moderator)[’']s?\s+summary\b"),
        ("report", r"concluding\s+observations\b"),
        # A State party's report to a treaty body: "Combined fifth and sixth periodic reports
        # submitted by …", "Initial report of …".
        ("report", r"(?:[\w-]+\s+){0,6}periodic\s+reports?\b|(?:[\w-]+\s+)?initial\s+reports?\b"),
        # Kind lines of documents of no kind above: they say what sort of paper it is, the
        # line beside them what it is about (its title).
        ("document", r"management\s+response\s+to\b|submission\s+(?:from|by)\b"
                     r"|working\s+paper\s+(?:submitted\s+)?by\b|review\s+highlights\b"),
    ),
)

SPANISH = Language(
    code="spa", name="Español",
    formulas={
        "La Asamblea General,": "un-ga",
        "El Consejo de Seguridad,": "un-sc",
        "El Consejo de Derechos Humanos,": "un-hrc",
        "El Consejo Económico y Social,": "un-ecosoc",
    },
    body_formula=r"^(?:El|La)\s+(?:Junta Ejecutiva|Junta|Consejo|Comisión|Comité|Asamblea|Conferencia|Foro)(?:\s+[\w-]+){0,5}\s*,?$",
    doc_types={
        "proyecto de resolución revisado": ("resolutionDraft", "draft"),
        "proyecto de resolución": ("resolutionDraft", "draft"),
        "proyecto de decisión": ("decisionDraft", "draft"),
        "resolución": ("resolution", None),
        "decisión": ("decision", None),
    },
    sponsor_joiners=(",", "y", "e"),
    suspended_hyphen_words=frozenset({"y", "e", "o", "u", "a"}),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    date_pattern=_LATIN_DATE,
    point_number=r"(?P<num>[a-z]\))\s",
    compound_prefixes=frozenset({"no", "ex", "vice", "norte", "sur", "sur-sur"}),
    stopwords=frozenset({"el", "la", "los", "las", "de", "del", "y", "en", "que", "por",
                         "con", "para", "su", "sus", "una"}),
    preamble_openings=(
        "Actuando", "Determinando", "Deseosa", "Deseoso",
        "Reafirmando", "Recordando", "Considerando", "Reconociendo", "Observando",
        "Tomando nota", "Acogiendo con beneplácito", "Destacando", "Subrayando",
        "Poniendo de relieve", "Expresando", "Convencida", "Consciente",
        "Profundamente preocupada", "Gravemente preocupada", "Preocupada", "Teniendo presente",
        "Teniendo en cuenta", "Guiada por", "Habiendo examinado", "Afirmando", "Reiterando",
        "Deplorando", "Condenando", "Decidida", "Alarmada", "Insistiendo"),
    operative_verbs=(
        "Recuerda", "Conviene", "Exige", "Lamenta",
        "Reafirma", "Decide", "Solicita", "Pide", "Exhorta", "Invita", "Alienta",
        "Acoge con beneplácito", "Toma nota", "Destaca", "Subraya", "Reconoce", "Recomienda",
        "Expresa", "Condena", "Insta", "Observa", "Afirma", "Reitera", "Pone de relieve",
        "Aprueba", "Hace suyo", "Hace suya", "Hace suyos", "Hace suyas", "Declara", "Considera", "Deplora", "Exhorta encarecidamente"),
    opening_adverbs=("también", "además", "asimismo", "nuevamente", "una vez más",
                     "encarecidamente", "con satisfacción", "con preocupación", "con aprecio"),
    adoption_pattern=(r"^(?:Resolución aprobada|Aprobada) por (?:la |el )?(?P<organ>.+?)"
                      r"(?: en su .+?,)? el (?P<date>.+)$"),
    submitted_pattern=r"^(?P<type>DOC_TYPES)\s+presentad[oa]\s+(?:por|(?P<to>a))\s+(?P<by>.+)$",
    resolution_heading=r"^Resolución (?P<number>\d+ \(\d{4}\))$",
    meeting_pattern=r"^\d+a sesión(?: plenaria)?$",
    annex_to_pattern=r"^(?:Anexo\s+de\s+la\s+\S.{0,300}[^.]|Documentos?\s+adjuntos?(?:\s+[IVXL\d]+)?)$",
    chapter_pattern=r"^Capítulo\s+(?P<num>[IVXL]+)\b\.?(?:\s+(?P<text>\S.{0,250}))?$",
    annex_pattern=r"^Anexo(?:\s+(?:[IVXL]+|[A-Z]))?(?:\s+[–—-]\s+.{1,140})?$",
    decision_pattern=r"\b(?:decidió|decide|tomó nota|toma nota|aprobó)\b",
    un_name="Naciones Unidas",
    session_pattern=r"^(?P<ordinal>.+?)\s+período de sesiones$",
    agenda_pattern=r"^Temas?\s+(?P<item>.+?)\s+del programa(?: provisional)?$",
    committees={"Primera Comisión": "un-ga-c1", "Segunda Comisión": "un-ga-c2",
                "Tercera Comisión": "un-ga-c3", "Cuarta Comisión": "un-ga-c4",
                "Quinta Comisión": "un-ga-c5", "Sexta Comisión": "un-ga-c6"},
    language_names={"inglés": "eng", "francés": "fra", "español": "spa", "ruso": "rus",
                    "árabe": "ara", "chino": "zho"},
    organ_names={
        "un": "Naciones Unidas",
        "un-ga": "Asamblea General",
        "un-sc": "Consejo de Seguridad",
        "un-hrc": "Consejo de Derechos Humanos",
        "un-ecosoc": "Consejo Económico y Social",
        "un-dgacm": "Departamento de la Asamblea General y de Gestión de Conferencias",
        "converter": "Conversor de la ONU a Akoma Ntoso",
    },
    concept_names={"sponsor": "patrocinador", "draft": "proyecto",
                   "symbol": "signatura del documento"},
    present_report=r"\b(?:el\s+presente|este)\s+informe\b",
    kind_titles=(
        # A treaty body's finding on an individual communication ("Dictamen aprobado por el
        # Comité … relativo a la comunicación núm. …"; a decision of inadmissibility).
        ("views", r"dictamen\s+aprobado\s+por\s+el\s+comité\b.{0,300}?\bcomunicaci[oó]n"),
        ("communicationDecision", r"decisi[oó]n\s+adoptada\s+por\s+el\s+comité\b.{0,300}?\bcomunicaci[oó]n"),
        ("communication", r"comunicaci[oó]n\s+(?:n\.?[º°o]|núm\.)\s*\d+/\d{4}$"),
        ("amendment", r"(?:[^:]{1,400}:\s*)?enmiendas?\s+(?:al|a\s+la|a\s+los|a\s+las)\s"),
        ("listOfParticipants", r"lista\s+(?:provisional\s+|final\s+)?de\s+(?:participantes|delegaciones|delegados)\b"),
        ("letter", r"cartas?\s+(?:idénticas\s+)?de\s+fecha\b"),
        ("noteVerbale", r"notas?\s+verbal(?:es)?\b"),       # "Nota verbal", "Notas verbales"
        ("ngoStatement", r"(?:declaración|exposición)(?:\s+conjunta)?(?:\s+escrita)?\s+presentada\s+por\b.{0,300}no\s+gubernamental"),
        ("informationCircular", r"circular\s+informativa\b"),
        ("summaryRecord", r"acta\s+resumida\b"),
        ("verbatimRecord", r"acta\s+literal\b"),
        ("agenda", r"programa\s+(?:provisional|anotado)\b|programa$"),
        ("agenda", r"lista\s+preliminar\s+de\s+(?:los\s+)?temas\b"),
        ("agenda", r"programa\s+y\s+anotaciones\b"),
        ("note", r"nota\s+(?:del|de\s+la|de\s+los)\s"),
        ("report", r"(?:[\w-]+\s+)?informe\s+(?:del|de|sobre|nacional|presentado|anual|final)\b"),
        ("report", r"proyecto\s+de\s+informe\b"),         # "Proyecto de informe" (a draft report)
        ("report", r"observaciones\s+finales\b"),
        # "Informes periódicos quinto y sexto combinados que …", "Informe inicial de …".
        ("report", r"(?:[\w-]+\s+){0,6}informes?\s+(?:periódicos?|inicial|iniciales)\b"),
    ),
)

RUSSIAN = Language(
    code="rus", name="Русский",
    formulas={
        "Генеральная Ассамблея,": "un-ga",
        "Совет Безопасности,": "un-sc",
        "Совет по правам человека,": "un-hrc",
        "Экономический и Социальный Совет,": "un-ecosoc",
    },
    body_formula=r"^(?:[А-Я][\w-]*\s+){0,4}(?:совет|Совет|комиссия|Комиссия|комитет|Комитет|конференция|Конференция)(?:\s+[\w-]+){0,4}\s*,?$",
    doc_types={
        "пересмотренный проект резолюции": ("resolutionDraft", "draft"),
        "проект резолюции": ("resolutionDraft", "draft"),
        "проект решения": ("decisionDraft", "draft"),
        "резолюция": ("resolution", None),
        "решение": ("decision", None),
    },
    sponsor_joiners=(",", "и"),
    suspended_hyphen_words=frozenset({"и", "или"}),
    cuts_words=True,
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"),
    date_pattern=r"\b(?P<day>\d{1,2})\s+(?P<month>MONTHS)\s+(?P<year>\d{4})\s*(?:года|г\.)?",
    point_number=r"(?P<num>[а-я]\))\s",
    point_letters="абвгдежзиклмнопрстуфхцчшщэюя",
    compound_prefixes=frozenset({"северо", "юго", "социально", "военно", "научно"}),
    stopwords=frozenset({"и", "в", "на", "по", "с", "о", "что", "для", "его", "её",
                         "всех", "прав", "как"}),
    preamble_openings=(
        "действуя", "определяя", "желая",
        "вновь подтверждая", "подтверждая", "ссылаясь", "учитывая", "признавая", "отмечая",
        "принимая к сведению", "приветствуя", "подчеркивая", "выражая", "будучи убеждена",
        "сознавая", "будучи глубоко обеспокоена", "будучи обеспокоена", "рассмотрев",
        "руководствуясь", "памятуя", "считая", "осуждая", "заявляя", "напоминая"),
    operative_verbs=(
        "соглашается", "требует", "сожалеет",
        "вновь подтверждает", "подтверждает", "постановляет", "просит", "призывает",
        "настоятельно призывает", "предлагает", "приветствует", "принимает к сведению",
        "подчеркивает", "признает", "рекомендует", "выражает", "осуждает", "отмечает",
        "одобряет", "заявляет", "считает", "напоминает", "рекомендует"),
    opening_adverbs=("также", "далее", "вновь", "с удовлетворением", "с обеспокоенностью"),
    adoption_pattern=r"^(?:Резолюция, принятая|Принята) (?P<organ>.+?) (?P<date>\d.+)$",
    submitted_pattern=r"^(?P<type>DOC_TYPES),?\s+(?:представленный|внесенный)\s+(?P<by>.+)$",
    resolution_heading=r"^Резолюция (?P<number>\d+ \(\d{4}\))$",
    meeting_pattern=r"^\d+-е пленарное заседание$",
    annex_to_pattern=r"^(?:Приложение\s+к\s+\S.{0,300}[^.]|Вложение(?:\s+[IVXL\d]+)?)$",
    chapter_pattern=r"^Глава\s+(?P<num>[IVXL]+)\b\.?(?:\s+(?P<text>\S.{0,250}))?$",
    annex_pattern=r"^Приложение(?:\s+(?:[IVXL]+|[А-Я]))?(?:\s+[–—-]\s+.{1,140})?$",
    decision_pattern=r"(?:постановила|постановляет|приняла к сведению|утвердила)",
    un_name="Организация Объединенных Наций",
    session_pattern=r"^(?P<ordinal>.+?)\s+сессия$",
    agenda_pattern=r"^Пункты?\s+(?P<item>.+?)\s+(?:предварительной\s+)?повестки дня$",
    committees={"Первый комитет": "un-ga-c1", "Второй комитет": "un-ga-c2",
                "Третий комитет": "un-ga-c3", "Четвертый комитет": "un-ga-c4",
                "Пятый комитет": "un-ga-c5", "Шестой комитет": "un-ga-c6"},
    language_names={"английский": "eng", "французский": "fra", "испанский": "spa",
                    "русский": "rus", "арабский": "ara", "китайский": "zho"},
    organ_names={
        "un": "Организация Объединенных Наций",
        "un-ga": "Генеральная Ассамблея",
        "un-sc": "Совет Безопасности",
        "un-hrc": "Совет по правам человека",
        "un-ecosoc": "Экономический и Социальный Совет",
        "un-dgacm": "Департамент по делам Генеральной Ассамблеи и конференционному управлению",
        "converter": "Конвертер ООН в Akoma Ntoso",
    },
    concept_names={"sponsor": "автор", "draft": "проект", "symbol": "условное обозначение"},
    present_report=r"\bнастоящ\w+\s+доклад",
    kind_titles=(
        # A treaty body's finding on an individual communication ("Соображения, принятые
        # Комитетом … в отношении сообщения № …"; a decision of inadmissibility).
        ("views", r"соображения,?\s+принятые\s+комитетом\b.{0,300}?\bсообщени"),
        ("communicationDecision", r"решение,?\s+принятое\s+комитетом\b.{0,300}?\bсообщени"),
        ("amendment", r"(?:[^:]{1,400}:\s*)?поправк[аи]\s+к\s"),
        ("listOfParticipants", r"(?:предварительный\s+)?список\s+(?:участников|делегаций)\b"),
        ("letter", r"(?:идентичные\s+)?письм[ао]\b"),
        ("noteVerbale", r"вербальн(?:ая|ые)\s+нот[аы]\b"),
        ("ngoStatement", r"(?:совместное\s+)?(?:письменное\s+)?заявление,?\s+представленное\b.{0,300}неправительственн"),
        ("informationCircular", r"информационный\s+циркуляр\b"),
        ("summaryRecord", r"краткий\s+отчет\b"),
        ("verbatimRecord", r"стенографический\s+отчет\b"),
        ("agenda", r"(?:(?:предварительная|аннотированная)\s+)+повестка\s+дня\b|повестка\s+дня$"),
        ("agenda", r"предварительный\s+перечень\s+пунктов\b"),
        ("agenda", r"повестка\s+дня\s+и\s+аннотации\b"),
        ("note", r"записка\b"),
        ("report", r"(?:[\w-]+\s+)?доклад\b"),
        ("report", r"проект\s+доклада\b"),               # "Проект доклада" (a draft report)
        # A State party's report to a treaty body: "Пятый периодический доклад, представленный
        # …", "Объединенные пятый и шестой периодические доклады …", "Первоначальный доклад …".
        ("report", r"(?:[\w-]+\s+){0,6}(?:периодическ\w+|первоначальн\w+)\s+доклад"),
        ("report", r"заключительные\s+замечания\b"),
    ),
)

# Arabic ordinals as parts are numbered, one to ninety-nine: "أولا" … "عاشرا" (with the
# tanween), then "حادي عشر" … "تاسع عشر", "عشرون", "حادي وعشرون" (21) … "تسعة وتسعون".
_ARABIC_FIRST_TEN = ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا",
                     "تاسعا", "عاشرا")
_ARABIC_UNIT_ORDINALS = ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
_ARABIC_TENS = ("عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_ARABIC_ORDINALS = (_ARABIC_FIRST_TEN
                    + tuple(f"{unit} عشر" for unit in _ARABIC_UNIT_ORDINALS)
                    + tuple(number for tens in _ARABIC_TENS
                            for number in (tens, *(f"{unit} و{tens}" for unit in _ARABIC_UNIT_ORDINALS))))
# The compound ordinals printed with the article, on each word or on the tens only
# ("الحادي والعشرون", "حادي والعشرون", "الحادي عشر"), as some documents print them.
_ARABIC_ORDINAL_ARTICLES = tuple(
    (variant, word) for word in _ARABIC_ORDINALS[10:] if " " in word
    for unit, rest in [word.split(" ", 1)]
    for variant in ((f"ال{unit} {rest}",) if not rest.startswith("و")
                    else (f"ال{unit} وال{rest[1:]}", f"{unit} وال{rest[1:]}")))

ARABIC = Language(
    code="ara", name="العربية", right_to_left=True,
    formulas={
        "إن الجمعية العامة،": "un-ga",
        "إن مجلس الأمن،": "un-sc",
        "إن مجلس حقوق الإنسان،": "un-hrc",
        "إن المجلس الاقتصادي والاجتماعي،": "un-ecosoc",
    },
    body_formula=r"^إن\s+(?:المجلس|اللجنة|المؤتمر|مجلس|لجنة|مؤتمر)(?:\s+\S+){0,5}\s*[،,]?$",
    doc_types={
        "مشروع قرار منقح": ("resolutionDraft", "draft"),
        "مشروع قرار": ("resolutionDraft", "draft"),
        "مشروع مقرر": ("decisionDraft", "draft"),
        "قرار": ("resolution", None),
        "مقرر": ("decision", None),
    },
    sponsor_joiners=("،", "و"),
    months=("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
            "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر",
            "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
    date_pattern=r"(?P<day>\d{1,2})\s+(?P<month>MONTHS)\s+(?P<year>\d{4})",
    op_number=r"(?P<num>\d+)\s*-\s",
    point_number=r"(?P<num>\([\u0621-\u064A]\))\s",
    point_letters="أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
    stopwords=frozenset({"في", "من", "على", "إلى", "أن", "التي", "الذي", "مع", "عن"}),
    submitted_pattern=r"^(?P<type>DOC_TYPES)\s+(?:مقدم|مقدمة)\s+من\s+(?P<by>.+)$",
    adoption_pattern=r"^قرار اتخذته (?P<organ>.+?) في (?P<date>.+)$",
    meeting_pattern=r"^الجلسة العامة \d+$",
    annex_to_pattern=r"^مرفق\s+ال(?:رسالة|مذكرة)\s+\S.{0,300}[^.]$",
    chapter_pattern=r"^الفصل\s+(?P<num>\S+)(?:\s+(?P<text>\S.{0,250}))?$",
    annex_pattern=r"^المرفق(?:\s+\S+)?(?:\s+[–—-]\s+.{1,140})?$",
    decision_pattern=r"(?:قررت|تقرر|أحاطت علما|اعتمدت)",
    un_name="الأمم المتحدة",
    session_pattern=r"^الدورة\s+(?P<ordinal>.+)$",
    agenda_pattern=r"^البند\s+(?P<item>.+?)\s+من جدول الأعمال(?: المؤقت)?$",
    committees={"اللجنة الأولى": "un-ga-c1", "اللجنة الثانية": "un-ga-c2",
                "اللجنة الثالثة": "un-ga-c3", "اللجنة الرابعة": "un-ga-c4",
                "اللجنة الخامسة": "un-ga-c5", "اللجنة السادسة": "un-ga-c6"},
    language_names={"الإنكليزية": "eng", "الفرنسية": "fra", "الإسبانية": "spa",
                    "الروسية": "rus", "العربية": "ara", "الصينية": "zho"},
    organ_names={
        "un": "الأمم المتحدة",
        "un-ga": "الجمعية العامة",
        "un-sc": "مجلس الأمن",
        "un-hrc": "مجلس حقوق الإنسان",
        "un-ecosoc": "المجلس الاقتصادي والاجتماعي",
        "un-dgacm": "إدارة شؤون الجمعية العامة والمؤتمرات",
        "converter": "UN to Akoma Ntoso converter",
    },
    concept_names={"sponsor": "مقدم المشروع", "draft": "مشروع", "symbol": "رمز الوثيقة"},
    present_report=r"هذا\s+التقرير",
    kind_titles=(
        # A treaty body's finding on an individual communication ("آراء اعتمدتها اللجنة …
        # بشأن البلاغ رقم …"; a decision of inadmissibility).
        ("views", r"آراء\s+اعتمدتها\s+اللجنة\b.{0,300}?البلاغ"),
        ("communicationDecision", r"قرار\s+اعتمدته\s+اللجنة\b.{0,300}?البلاغ"),
        ("amendment", r"(?:[^:]{1,400}:\s*)?تعديل(?:ات)?\s+على\s"),     # "تعديل على", "تعديلات على"
        ("listOfParticipants", r"قائمة\s+(?:المشاركين|الوفود)"),
        ("letter", r"رسال(?:ة|تان)\s+(?:متطابقتان\s+)?مؤرخ"),
        ("noteVerbale", r"مذكرة\s+شفوية"),
        ("ngoStatement", r"بيان\s+(?:خطي\s+)?(?:مشترك\s+)?مقدم\s+من.{0,300}غير\s+حكومية"),
        ("informationCircular", r"تعميم\s+إعلامي"),
        ("summaryRecord", r"محضر\s+موجز"),
        ("verbatimRecord", r"محضر\s+حرفي"),
        ("agenda", r"جدول\s+الأعمال\s+المؤقت"),
        ("agenda", r"القائمة\s+الأولية\s+للبنود"),
        ("note", r"مذكرة\s+من"),
        ("report", r"تقرير\b"),
        ("report", r"مشروع\s+(?:ال)?تقرير"),               # "مشروع التقرير" (a draft report)
        # A State party's report to a treaty body: "التقرير الدوري الخامس المقدم من …",
        # "التقريران الدوريان …", "التقرير الأولي …" (the article first).
        ("report", r"(?:ال)?تقرير(?:ان)?\s+(?:ال)?(?:دوري|أولي)"),
        ("report", r"الملاحظات\s+الختامية"),
    ),
    part_numbers=(
        # "أولا - مقدمة" (I.), "ثانياً - …" with its tanween or without.
        PartNumbers(1, r"^(?P<num>NUMBER\s*[-–—])(?:\s*(?P<text>[^\s\d].{0,200}))?$",
                    _ARABIC_ORDINALS, optional_marks="\u064b", aliases=_ARABIC_ORDINAL_ARTICLES),
        # "ألف - …" (A.), "باء - …": the letters' names in the order of point_letters.
        PartNumbers(2, r"^(?P<num>NUMBER\s*[-–—])(?:\s*(?P<text>[^\s\d].{0,200}))?$",
                    ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
                     "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء",
                     "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد", "ظاء", "غين")),
        # "1 - الحالة السياسية" (1.): a heading, not a paragraph (no final punctuation).
        PartNumbers(3, r"^(?P<num>\d{1,2}\s*[-–—])\s*(?P<text>[^\W\d_].{0,120})$"),
    ),
)

_CHINESE_DIGITS = "一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """1 to 99 as Chinese writes them: 9 -> "九", 10 -> "十", 12 -> "十二", 21 -> "二十一",
    30 -> "三十"."""
    tens, units = divmod(number, 10)
    return ((_CHINESE_DIGITS[tens - 1] if tens > 1 else "") + ("十" if tens else "")
            + (_CHINESE_DIGITS[units - 1] if units else ""))


# Chinese numerals one to ninety-nine, as parts are numbered ("一、", "（十二）", "二十一、").
_CHINESE_NUMBERS = tuple(chinese_numeral(n) for n in range(1, 100))
# Latin capitals, as the Chinese version prints them where the others print "A.": "A．",
# "Ａ．" (a full-width letter or stop).
_LATIN_CAPITALS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_FULL_WIDTH_CAPITALS = tuple((chr(ord("Ａ") + k), letter) for k, letter in enumerate(_LATIN_CAPITALS))

CHINESE = Language(
    code="zho", name="中文",
    formulas={
        "大会，": "un-ga",
        "大会,": "un-ga",
        "安全理事会，": "un-sc",
        "人权理事会，": "un-hrc",
        "经济及社会理事会，": "un-ecosoc",
    },
    body_formula=r"^\S{0,12}(?:执行局|理事会|委员会|会议|论坛)\s*[，,]?$",
    doc_types={
        "订正决议草案": ("resolutionDraft", "draft"),
        "决议草案": ("resolutionDraft", "draft"),
        "决定草案": ("decisionDraft", "draft"),
        "决议": ("resolution", None),
        "决定": ("decision", None),
    },
    sponsor_joiners=("、", "和"),
    months=("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
    date_pattern=r"(?P<year>\d{4})\s*年\s*(?P<month>MONTHS)\s*月\s*(?P<day>\d{1,2})\s*日",
    # "1." and, full width, "１．"; "(a)" and "（a）" (digits of any width: \d).
    op_number=r"(?P<num>\d+)[.．]\s*",
    point_number=r"(?P<num>[(（][a-zａ-ｚ][)）])\s*",
    stopwords=frozenset({"的", "和", "在", "与", "国", "会", "权", "人"}),
    submitted_pattern=r"^(?P<by>.+?)提交的(?P<type>DOC_TYPES)$",
    adoption_pattern=r"^(?P<organ>.+?)(?P<date>\d{4}\s*年.+日)通过的决议$",
    meeting_pattern=r"^第\d+次全体会议$",
    annex_to_pattern=r"^.{4,300}(?:的附件|附文)$",
    chapter_pattern=r"^第(?P<num>[一二三四五六七八九十]+)章(?:\s*(?P<text>\S.{0,250}))?$",
    annex_pattern=r"^附件(?:\s*[一二三四五六七八九十]+)?(?:\s*[–—-]\s*.{1,140})?$",
    decision_pattern=r"(?:决定|注意到|通过了)",
    un_name="联合国",
    session_pattern=r"^第(?P<ordinal>.+)届会议$",
    agenda_pattern=r"^(?:临时)?议程项目\s*(?P<item>.+)$",
    committees={"第一委员会": "un-ga-c1", "第二委员会": "un-ga-c2", "第三委员会": "un-ga-c3",
                "第四委员会": "un-ga-c4", "第五委员会": "un-ga-c5", "第六委员会": "un-ga-c6"},
    language_names={"英文": "eng", "法文": "fra", "西班牙文": "spa", "俄文": "rus",
                    "阿拉伯文": "ara", "中文": "zho"},
    organ_names={
        "un": "联合国",
        "un-ga": "大会",
        "un-sc": "安全理事会",
        "un-hrc": "人权理事会",
        "un-ecosoc": "经济及社会理事会",
        "un-dgacm": "大会和会议管理部",
        "converter": "UN to Akoma Ntoso converter",
    },
    concept_names={"sponsor": "提案国", "draft": "草案", "symbol": "文件编号"},
    present_report=r"本报告",
    kind_titles=(
        # A treaty body's finding on an individual communication ("委员会根据《任择议定书》
        # 第五条第4款通过的关于第…号来文的意见"; a decision of inadmissibility: "…的决定").
        ("views", r"委员会.{0,120}通过的关于第.{0,40}号来文的意见"),
        ("communicationDecision", r"委员会.{0,120}通过的关于第.{0,40}号来文的决定"),
        ("amendment", r".{0,400}[:：]\s*对.{0,80}的修正案$|.{0,80}修正案$"),
        ("listOfParticipants", r".{0,80}(?:与会者|代表团)名单$"),
        ("letter", r".{0,200}(?:的|致).{0,80}(?:同文)?信$"),
        ("noteVerbale", r".{0,200}普通照会$"),
        ("ngoStatement", r".{0,200}非政府组织.{0,100}提交的(?:书面)?(?:联合)?陈述$"),
        ("informationCircular", r"情况通报"),
        ("summaryRecord", r".{0,40}简要记录"),
        ("verbatimRecord", r".{0,40}逐字记录"),
        ("agenda", r"(?:附加说明的)?临时议程(?!项目)"),     # not the masthead's "临时议程项目 3"
        ("note", r".{0,40}的说明$"),
        ("report", r".{0,120}(?:的)?报告$"),
        ("report", r".{0,120}报告草稿$"),                   # "报告草稿" (a draft report)
        ("report", r".{0,80}结论性意见$"),
    ),
    part_numbers=(
        # "一、导言" (I.); "一." and "一．" as some print it.
        PartNumbers(1, r"^(?P<num>NUMBER\s*[、.．])(?:\s*(?P<text>[^\s\d].{0,200}))?$", _CHINESE_NUMBERS),
        # "（一）背景" or "(一) 背景" (A.).
        PartNumbers(2, r"^(?P<num>[(（]NUMBER[)）])(?:\s*(?P<text>[^\s\d].{0,200}))?$", _CHINESE_NUMBERS),
        # "A．背景", "Ａ．背景", "A. 背景" (A.): a Latin capital, its stop, a heading in
        # Chinese (a CJK character first: "A. Smith" is no heading).
        PartNumbers(2, r"^(?P<num>NUMBER\s*[.．])(?:\s*(?P<text>[\u3400-\u9fff\uf900-\ufaff（(《“].{0,200}))?$",
                    _LATIN_CAPITALS, aliases=_FULL_WIDTH_CAPITALS),
        # "1. 政治局势", "１．政治局势" (1.): no space needed after a full-width stop.
        PartNumbers(3, r"^(?P<num>\d{1,2}[.．])\s*(?P<text>[^\W\d_].{0,120})$"),
    ),
)

LANGUAGES: dict[str, Language] = {
    lang.code: lang for lang in (ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH)
}


def get(code: str) -> Language:
    try:
        return LANGUAGES[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}; expected one of "
                         f"{', '.join(sorted(LANGUAGES))}") from None


# Letters of each script, counted by regular expression (a whole document's text is
# searched: a per-character loop in Python costs as much as reading a page).
_SCRIPT_LETTERS = {
    "ara": re.compile(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]"),
    "rus": re.compile(r"[\u0400-\u04FF]"),
    "zho": re.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF]"),
}
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F]")


def guess(text: str) -> Language | None:
    """The language whose enacting formula, or failing that whose frequent words,
    occur in ``text``; None when nothing matches well enough."""
    for lang in LANGUAGES.values():
        for regex, _organ in lang.formula_regexes:
            if regex.search(text):
                return lang
    # The script tells Arabic, Russian and Chinese apart even when a PDF stores the
    # letters in visual order (reversed words defeat the frequent-word count).
    counts = {code: len(regex.findall(text)) for code, regex in _SCRIPT_LETTERS.items()}
    script = max(counts, key=counts.get)
    if counts[script] >= 10 and counts[script] > len(_LATIN_LETTERS.findall(text)):
        return LANGUAGES[script]
    words = re.findall(r"\w+", text.lower())
    if not words:
        return None
    # (each word counted once, in C; then each language's few stopwords looked up)
    counted = Counter(words)
    scores = {code: sum(counted[w] for w in lang.stopwords if w in counted)
              for code, lang in LANGUAGES.items()}
    # Chinese has no spaces: count characters instead of words (each stopword that is
    # one character, as often as the text prints it).
    scores["zho"] = sum(text.count(c) for c in CHINESE.stopwords if len(c) == 1)
    best = max(scores, key=scores.get)
    if scores[best] >= 3:
        return LANGUAGES[best]
    # Too few words to count (a cover page: "United Nations", "General Assembly",
    # "Official Records"): the UN's and its organs' names as printed in each language.
    named = {code: sum(text.count(name) for name in
                       {lang.un_name, *(n for k, n in lang.organ_names.items() if k != "converter")}
                       if name)
             for code, lang in LANGUAGES.items()}
    best = max(named, key=named.get)
    return LANGUAGES[best] if named[best] and list(named.values()).count(named[best]) == 1 \
        else None


# -- Meeting records (verbatim and summary records: structurer/families/debate.py) -------------
@dataclass(frozen=True)
class RecordWords:
    """How a language's meeting records print their speakers and proceedings. Each
    pattern is a regex; ``speaker_titles`` and ``speaker_roles`` are alternatives put
    together by :func:`speaker_regex`."""
    # "Mr." "Ms." … printed before a speaker's name, itself followed by "(Country)".
    speaker_titles: tuple[str, ...]
    # A speaker named by office alone: "The Acting President", "The Chair".
    speaker_roles: str
    # What a summary record prints after its speaker instead of a colon: "said".
    said: str
    # "(spoke in French)", after the speaker or alone between a speech's paragraphs.
    spoke_in: str
    # "Agenda item 13 (continued)": a new item of the meeting.
    agenda_item: str
    # Lines telling what happened (third person), matched with re.search.
    procedural: tuple[str, ...]
    # "In favour:", "Against:", "Abstaining:": the next paragraph is the list of States.
    vote_headings: str
    # "The meeting rose at 1 p.m.": the meeting ends (written as adjournment).
    adjournment: str
    # The notice at the foot of page 1: "This record contains the text of speeches…".
    notice: str
    # "Contents": the agenda items after it, on page 1, are a table of contents.
    contents: str
    # The chair of the meeting in the masthead: "President: Mr. Yang … (Cameroon)".
    chair_line: str
    # The title of the record: "64th plenary meeting", "Summary record of the 10th meeting".
    title: str
    # The line telling that someone else presides from there on ("In the absence of the
    # President, Mr. Kössler (Austria), Vice-President, took the Chair."), searched in a
    # procedural line; the person is the one named in it ("Mr. Kössler (Austria)").
    took_chair: str = r"(?!)"
    # The chair of the meeting presides again ("The President returned to the Chair.").
    resumed_chair: str = r"(?!)"
    # Offices that preside over the meeting: a speaker printed so ("The Acting President")
    # is the person presiding at that point (fullmatch on the office as printed).
    presiding: str = r"(?!)"
    # Titles printed after the name ("杨先生"), where the language does so.
    speaker_suffixes: tuple[str, ...] = ()
    # The language writes no spaces between words (the summary record's "said" follows
    # the speaker directly: "主席说").
    spaceless: bool = False


RECORD_WORDS: dict[str, RecordWords] = {
    "eng": RecordWords(
        speaker_titles=(r"Mr\.", r"Ms\.", r"Mrs\.", r"Miss", r"Mx\.", r"Sir", r"Dame", r"Lord",
                        r"Lady", r"Dr\.", r"Prince", r"Princess", r"Sheikh", r"Sheikha",
                        r"Archbishop", r"Cardinal", r"Monsignor", r"Bishop", r"Father",
                        r"Sister", r"Reverend", r"Rabbi", r"King", r"Queen", r"Crown Prince",
                        r"His Excellency", r"Her Excellency", r"His Royal Highness",
                        r"Her Royal Highness", r"His Majesty", r"Her Majesty", r"President",
                        r"Prime Minister", r"Vice-President"),
        speaker_roles=(r"The (?:Acting |Temporary |Interim )?(?:Vice-)?(?:President|Chair|"
                       r"Chairperson|Chairman|Chairwoman|Co-Chair|Secretary-General|"
                       r"Deputy Secretary-General|Under-Secretary-General|"
                       r"Assistant Secretary-General|Secretary|Rapporteur|High Commissioner|"
                       r"Legal Counsel|Executive Secretary|Executive Director|Administrator|"
                       r"Director|Ombudsperson)"
                       r"(?: (?:of|for) (?:the )?[A-Z][^:;,()]{0,80}?)?"),
        said=r"said|asked|noted|recalled|stressed|introduced|proposed|suggested|requested",
        spoke_in=r"\((?:spoke in|interpretation from) [A-Z][a-z]+\)",
        agenda_item=r"^Agenda items? \d+",
        procedural=(r"^The meeting (?:was called to order|rose|was suspended|was resumed|"
                    r"was adjourned|was closed)\b",
                    r"^(?:A recorded vote|A vote|A vote by secret ballot) was taken",
                    r"^(?:In favour|Against|Abstaining):",
                    r"^It was so decided\.$",
                    r"^In the absence of the (?:President|Chair)\b",
                    r"\btook the [Cc]hair\.$",
                    r"\bobserved a minute of (?:silence|silent prayer or meditation)\b",
                    r"\bwas escorted (?:into|from) the\b",
                    r"^(?:The )?(?:[Dd]raft |[Rr]evised draft )?(?:resolution|decision|amendment|"
                    r"amendments|motion|agenda|report|proposal)s?\b(?:[^.]|\.(?=\S)){0,200}?\bw(?:as|ere) "
                    r"(?:adopted|rejected|withdrawn)\b",
                    r"^\[.*\]$"),
        vote_headings=r"^(?:In favour|Against|Abstaining):$",
        adjournment=r"^The meeting (?:rose|was adjourned|was closed) at\b",
        notice=r"^(?:This record contains the text of speeches|This record is subject to "
               r"correction|Corrections (?:to this record )?should be submitted)",
        contents=r"^Contents$",
        chair_line=(r"^(?P<role>(?:Acting |Temporary )?(?:President|Chair|Chairperson|Chairman|"
                    r"Co-Chairs?))\s*:\s*(?P<person>\S.*?)(?:\s+\.(?:\s*\.)*)?\s*\((?P<body>[^()]+)\)$"),
        title=(r"^(?:\d+(?:st|nd|rd|th) (?:plenary )?meeting|(?:Provisional )?(?:summary|verbatim) "
               r"record of the .+ meeting)$"),
        took_chair=r"\btook the [Cc]hair\.$",
        resumed_chair=r"^The (?:President|Chair|Chairperson|Chairman|Chairwoman) (?:returned to|resumed) the [Cc]hair\.$",
        presiding=r"The (?:Acting |Temporary |Interim )?(?:President|Chair|Chairperson|Chairman|Chairwoman)",
    ),
    "fra": RecordWords(
        speaker_titles=(r"M\.", r"Mme", r"Mlle", r"MM\.", r"Mmes", r"Sir", r"Dame", r"Lord",
                        r"Lady", r"Dr", r"Prince", r"Princesse", r"Cheikh", r"Cheikha",
                        r"Mgr", r"Monseigneur", r"Cardinal", r"Archevêque", r"Roi", r"Reine",
                        r"Son Excellence", r"S\. E\.", r"Son Altesse Royale", r"Sa Majesté",
                        r"Président", r"Présidente", r"Premier Ministre", r"Première Ministre"),
        speaker_roles=(r"(?:Le |La |L[’'])(?:Président|Présidente|Coprésident|Coprésidente|"
                       r"Vice-Président|Vice-Présidente|Secrétaire générale? adjointe?|"
                       r"Secrétaire générale?|Sous-Secrétaire générale?|Secrétaire|Rapporteur|"
                       r"Rapporteuse|Haut-Commissaire|Haute-Commissaire|Conseiller juridique|"
                       r"Conseillère juridique|Directeur exécutif|Directrice exécutive|"
                       r"Administrateur|Administratrice)(?: par intérim)?"
                       r"(?: (?:de l[’']|de la |du |des |de |pour )[A-ZÉ][^:;,()]{0,80}?)?"),
        said=r"dit|demande|rappelle|souligne|présente|propose|fait observer",
        spoke_in=r"\(parle en [a-zé]+\)",
        agenda_item=r"^Points? \d+ de l[’']ordre du jour",
        procedural=(r"^La séance (?:est|a été) (?:ouverte|levée|suspendue|reprise)\b",
                    r"^Il est procédé au vote",
                    r"^(?:Votent pour|Votent contre|S[’']abstiennent|Ont voté pour|"
                    r"Ont voté contre|Se sont abstenus)\s?:",
                    r"^Il en est ainsi décidé\.$",
                    r"^En l[’']absence d(?:u|e la) Présidente?\b",
                    r"\bassume la présidence\.$",
                    r"\bobservent une minute de (?:silence|prière ou de méditation)\b",
                    r"\best escortée? (?:jusqu[’']à|hors de)\b",
                    r"^(?:Le |La |L[’'])?(?:projet de |)(?:résolution|décision|amendement|"
                    r"motion|ordre du jour|rapport|proposition)s?\b(?:[^.]|\.(?=\S)){0,200}?\b(?:est|sont|a été|"
                    r"ont été) (?:adoptée?s?|rejetée?s?|retirée?s?)\b",
                    r"^\[.*\]$"),
        vote_headings=(r"^(?:Votent pour|Votent contre|S[’']abstiennent|Ont voté pour|"
                       r"Ont voté contre|Se sont abstenus)\s?:$"),
        adjournment=r"^La séance (?:est|a été) levée\b",
        notice=(r"^(?:Le présent compte rendu|Les rectifications (?:au présent compte rendu )?"
                r"doivent)"),
        contents=r"^(?:Table des matières|Sommaire)$",
        chair_line=(r"^(?P<role>(?:Présidente?|Coprésidente?s?)(?: par intérim)?)\s*:\s*"
                    r"(?P<person>\S.*?)(?:\s+\.(?:\s*\.)*)?\s*\((?P<body>[^()]+)\)$"),
        title=(r"^(?:\d+e séance(?: plénière)?|(?:Compte rendu (?:analytique|sténographique|"
               r"provisoire)) de la .+ séance)$"),
        took_chair=r"\bassume la présidence\.$",
        resumed_chair=r"^(?:Le Président|La Présidente) reprend la présidence\.$",
        presiding=r"(?:Le Président|La Présidente)(?: par intérim)?",
    ),
    "spa": RecordWords(
        speaker_titles=(r"Sr\.", r"Sra\.", r"Srta\.", r"Sir", r"Dame", r"Lord", r"Lady",
                        r"Dr\.", r"Dra\.", r"Jeque", r"Príncipe", r"Princesa", r"Monseñor",
                        r"Arzobispo", r"Cardenal", r"Rey", r"Reina", r"Su Excelencia",
                        r"Presidente", r"Presidenta", r"Primer Ministro", r"Primera Ministra"),
        speaker_roles=(r"(?:El|La) (?:Presidente|Presidenta|Copresidente|Copresidenta|"
                       r"Vicepresidente|Vicepresidenta|Secretario General Adjunto|"
                       r"Secretaria General Adjunta|Vicesecretario General|Vicesecretaria General|"
                       r"Secretario General|Secretaria General|Secretario|Secretaria|Relator|"
                       r"Relatora|Alto Comisionado|Alta Comisionada|Asesor Jurídico|"
                       r"Asesora Jurídica)(?: interin[oa]| en funciones| Interin[oa])?"
                       r"(?: (?:de la |del |de |para )[A-ZÁÉÍÓÚ][^:;,()]{0,80}?)?"),
        said=r"dice|pregunta|señala|recuerda|destaca|presenta|propone",
        spoke_in=r"\(habla en [a-zé]+\)",
        agenda_item=r"^Temas? \d+ del programa",
        procedural=(r"^Se (?:abre|levanta|suspende|reanuda) la sesión\b",
                    r"^Se procede a (?:votación|una votación)",
                    r"^(?:Votos a favor|Votos en contra|Abstenciones):",
                    r"^Así queda acordado\.$",
                    r"^En ausencia del? (?:Presidente|Presidenta)\b",
                    r"\bocupa la Presidencia\.$",
                    r"\bguardan un minuto de silencio\b",
                    r"^(?:Queda|Quedan) (?:aprobad|rechazad|retirad)[oa]s?\b",
                    r"^\[.*\]$"),
        vote_headings=r"^(?:Votos a favor|Votos en contra|Abstenciones):$",
        adjournment=r"^Se levanta la sesión\b",
        notice=(r"^(?:La presente acta contiene|La presente acta está sujeta|"
                r"Las correcciones (?:a la presente acta )?deben)"),
        contents=r"^Índice$",
        chair_line=(r"^(?P<role>(?:President[ae]|Copresident[ae]s?)(?: interin[oa])?)\s*:\s*"
                    r"(?P<person>\S.*?)(?:\s+\.(?:\s*\.)*)?\s*\((?P<body>[^()]+)\)$"),
        title=(r"^(?:\d+a sesión(?: plenaria)?|Acta (?:resumida|literal) de la .+ sesión)$"),
        took_chair=r"\bocupa la Presidencia\.$",
        resumed_chair=r"^(?:El Presidente|La Presidenta) vuelve a ocupar la Presidencia\.$",
        presiding=r"(?:El Presidente|La Presidenta)(?: interin[oa]| en funciones| Interin[oa])?",
    ),
    "rus": RecordWords(
        speaker_titles=(r"Г-н", r"Г-жа", r"Гн", r"Гжа", r"Сэр", r"Дама", r"Лорд", r"Д-р",
                        r"Шейх", r"Принц", r"Принцесса", r"Архиепископ", r"Кардинал",
                        r"Король", r"Королева", r"Президент", r"Премьер-министр"),
        speaker_roles=(r"(?:Исполняющая обязанности Председателя|Исполняющий обязанности "
                       r"Председателя|Председательствующий|Председательствующая|Председатель|"
                       r"Сопредседатель|Заместитель Председателя|Первый заместитель Генерального "
                       r"секретаря|Заместитель Генерального секретаря|Генеральный секретарь|"
                       r"Секретарь|Докладчик|Верховный комиссар|Юрисконсульт)"),
        said=r"говорит|спрашивает|отмечает|напоминает|подчеркивает|предлагает",
        spoke_in=r"\(говорит по-[а-я]+\)",
        agenda_item=r"^Пункты? \d+ повестки дня",
        procedural=(r"^Заседание (?:открывается|закрывается|прерывается|возобновляется)\b",
                    r"^Проводится (?:заносимое в отчет о заседании )?голосование",
                    r"^(?:Голосовали за|Голосовали против|Воздержались):",
                    r"^Решение принимается\.$",
                    r"^В отсутствие Председателя\b",
                    r"\bминутой молчания\b",
                    r"^(?:Проекты? (?:резолюций|резолюции|решений|решения)|Поправк[аи]|Повестка дня|"
                    r"Доклад)\b(?:[^.]|\.(?=\S)){0,200}?\b(?:принимается|принимаются|отклоняется|"
                    r"отклоняются|снимается|снимаются)\b",
                    r"^\[.*\]$"),
        vote_headings=r"^(?:Голосовали за|Голосовали против|Воздержались):$",
        adjournment=r"^Заседание закрывается в\b",
        notice=r"^(?:В настоящем отчете содержатся|В настоящий отчет могут вноситься|Поправки)",
        contents=r"^Содержание$",
        chair_line=(r"^(?P<role>Председатель|Исполняющий обязанности Председателя|"
                    r"Исполняющая обязанности Председателя)\s*:\s*(?P<person>\S.*?)(?:\s+\.(?:\s*\.)*)?\s*"
                    r"\((?P<body>[^()]+)\)$"),
        title=(r"^(?:\d+-е (?:пленарное )?заседание|(?:Краткий|Стенографический) отчет о .+ "
               r"заседании)$"),
        took_chair=r"^В отсутствие Председателя\b.*\bзанимает\b",
        presiding=(r"Председатель|Председательствующий|Председательствующая|"
                   r"Исполняющий обязанности Председателя|Исполняющая обязанности Председателя"),
    ),
    # Arabic records print the speaker as in the other languages, title first
    # ("السيد نيبينزيا (الاتحاد الروسي) (تكلم بالروسية):"); "ُ" (damma) is printed on
    # some passive verbs and not on others.
    "ara": RecordWords(
        speaker_titles=(r"السيد", r"السيدة", r"الآنسة", r"السير", r"الدكتور", r"الدكتورة",
                        r"الشيخ", r"الشيخة", r"الأمير", r"الأميرة", r"الملك", r"الملكة",
                        r"صاحب السمو الملكي", r"صاحبة السمو الملكي", r"سعادة"),
        speaker_roles=(r"(?:الرئيس|الرئيسة)(?: المشاركة?)?(?: بالنيابة)?|نائبة? الرئيس|"
                       r"(?:نائبة?|وكيلة?) الأمين العام|الأمين العام|الأمينة العامة|"
                       r"الأمينة?|المقررة?|المفوضة? السامية?|المستشارة? القانونية?"),
        said=r"(?!)",
        spoke_in=r"\(تكلمت? (?:باللغة ال|بال)[\u0621-\u064A]+\)",
        agenda_item=r"^(?:البند|البندان|البنود) \d+",
        procedural=(r"^(?:افتُ?تحت|رُ?فعت|عُ?لِّ?قت|استُ?ؤنفت) الجلسة\b",
                    r"^أُ?جري تصويت",
                    r"^(?:المؤيدون|المعارضون|الممتنعون(?: عن التصويت)?)\s*:",
                    r"^تقرر ذلك\.$",
                    r"^في غياب الرئيس",
                    r"\bتول[ىت] (?:الرئاسة|رئاسة الجلسة)\b",
                    r"^(?:اعتُ?مد|اعتُ?مدت|رُ?فض|رُ?فضت|سُ?حب|سُ?حبت) (?:مشروع|مشاريع|التعديل|"
                    r"التعديلات|الاقتراح|جدول الأعمال|التقرير)\b",
                    r"^\[.*\]$"),
        vote_headings=r"^(?:المؤيدون|المعارضون|الممتنعون(?: عن التصويت)?)\s*:$",
        adjournment=r"^رُ?فعت الجلسة\b",
        notice=(r"^(?:يتضمن هذا المحضر|هذا المحضر قابل للتصويب|و?(?:ينبغي|يجب) ألا تقدم "
                r"التصويبات)"),
        contents=r"^المحتويات$",
        chair_line=(r"^(?P<role>(?:الرئيس|الرئيسة)(?: المشاركة?)?(?: بالنيابة)?)\s*:\s*"
                    r"(?P<person>\S.*?)(?:\s+\.(?:\s*\.)*)?\s*\((?P<body>[^()]+)\)$"),
        title=r"^(?:الجلسة العامة \d+|الجلسة \d+|(?:ال)?محضر (?:ال)?موجز للجلسة .+)$",
        took_chair=r"\bتول[ىت] (?:الرئاسة|رئاسة الجلسة)\b",
        presiding=r"(?:الرئيس|الرئيسة)(?: بالنيابة)?",
    ),
    # Chinese records print the title after the name ("马卡亚特-萨富埃斯先生（刚果）
    # （以法语发言）："), full-width brackets and colon, no spaces.
    "zho": RecordWords(
        speaker_titles=(),
        speaker_suffixes=(r"先生", r"女士", r"夫人", r"小姐", r"博士", r"阁下"),
        speaker_roles=(r"代理主席|临时主席|共同主席|副主席|主席|常务副秘书长|副秘书长|"
                       r"助理秘书长|秘书长|秘书|报告员|高级专员|法律顾问"),
        said=r"说|问|指出|表示|强调",
        spaceless=True,
        spoke_in=r"[（(]以[\u4e00-\u9fff]{1,6}发言[）)]",
        agenda_item=r"^议程项目\s?\d+",
        procedural=(r"^(?:上午|下午|晚上)\d{1,2}时(?:\d{1,2}分)?(?:开会|散会|休会|复会)",
                    r"^进行(?:记录|无记录|秘密)?表决",
                    r"^(?:赞成|反对|弃权)\s*[:：]",
                    r"^就这样决定。$",
                    r"^主席缺席",
                    r"主持会议。$",
                    r"^(?:经订正的|经口头订正的)?(?:决议草案|决定草案|修正案|议程|报告|提案)"
                    r".{0,200}?(?:获得通过|被否决|被撤回)",
                    r"^[\[［].*[\]］]$"),
        vote_headings=r"^(?:赞成|反对|弃权)\s*[:：]$",
        adjournment=r"^(?:上午|下午|晚上)\d{1,2}时(?:\d{1,2}分)?散会",
        notice=r"^(?:本记录包括|本记录可以更正|更正应)",
        contents=r"^目录$",
        chair_line=(r"^(?P<role>(?:代理)?主席)\s*[:：]\s*(?P<person>\S.*?)"
                    r"(?:\s*[.．…](?:\s*[.．…])*)?\s*[（(](?P<body>[^()（）]+)[）)]$"),
        title=r"^(?:第\d+次(?:全体)?会议|第\d+次会议简要记录)$",
        took_chair=r"主持会议。$",
        presiding=r"(?:代理)?主席",
    ),
}


def record_words(code: str) -> RecordWords:
    """The record words of language ``code`` (English where none are written)."""
    return RECORD_WORDS.get(code, RECORD_WORDS["eng"])


@dataclass(frozen=True)
class MetaWords:
    """Words the AKN4UN metadata is read from or shown with (structurer/writing/metadata.py)."""
    # Distribution printed after "Distr.": TLC concept -> regex of its word (case ignored).
    distribution: dict[str, str]
    # The meeting at which a text was adopted, with its number (group num): the adoption
    # line ("Adopted by the Security Council at its 9836th meeting") and the closing line
    # ("18th plenary meeting").
    meetings: tuple[str, ...]
    # A vote record: groups favour, against, abstentions (a count, or a word of ``zero``),
    # outcome (its first letters mapped by ``outcomes``). Case ignored.
    votes: tuple[str, ...]
    without_vote: str                      # "[Adopted without a vote.]"
    zero: tuple[str, ...]                  # "to none", "no abstentions"
    outcomes: dict[str, str]               # printed stem -> concept: "adopt" -> adopted
    # showAs of the concepts the metadata refers to.
    concepts: dict[str, str]
    # An agenda item line the masthead keeps as "other" (the Geneva and boards' form,
    # "Item 2 of the provisional agenda"); group item. Read for the keywords only.
    agenda_other: str = r"^$"
    # A word every vote record of ``votes`` prints ("vote", "voix", "票"), in small
    # letters: a paragraph without it (case ignored) is not searched for one.
    vote_word: str = ""

    @cached_property
    def vote_regexes(self) -> tuple[re.Pattern, ...]:
        """``votes`` compiled once (case ignored): tried on each paragraph with digits."""
        return tuple(re.compile(v, re.IGNORECASE) for v in self.votes)


_META_CONCEPTS_ENG = {
    "distributionGeneral": "Distribution: General", "distributionLimited": "Distribution: Limited",
    "distributionRestricted": "Distribution: Restricted", "issuanceDate": "date of issuance",
    "adopted": "adopted", "rejected": "rejected", "adoptedWithoutVote": "adopted without a vote",
    "submission": "submission of the draft", "adoption": "adoption",
    "inFavour": "in favour", "against": "against", "abstentions": "abstentions",
    "agendaItem": "agenda item", "session": "session", "jobNumber": "job number",
    "communicationDate": "date of communication", "adoptionDate": "date of adoption",
}

# English words stay recognised in every language: the Russian, Chinese and Arabic
# mastheads print "Distr.: General" in English.
_DISTR_ENG = {"distributionGeneral": r"general", "distributionLimited": r"limited",
              "distributionRestricted": r"restricted"}

META_WORDS: dict[str, MetaWords] = {
    "eng": MetaWords(
        distribution=_DISTR_ENG,
        meetings=(r"\bat its (?P<meeting>(?P<num>\d+)(?:st|nd|rd|th) (?:plenary )?meeting)\b",
                  r"^(?P<num>\d+)(?:st|nd|rd|th) (?:plenary )?meeting\b"),
        votes=(r"\b(?:(?P<outcome>adopted|rejected) )?by a recorded vote of (?P<favour>\d+) to "
               r"(?P<against>\d+|none)(?:,? with (?P<abstentions>\d+|no) abstentions?)?",
               r"\b(?P<outcome>adopted|rejected) by (?P<favour>\d+) votes? to (?P<against>\d+|none)"
               r"(?:,? with (?P<abstentions>\d+|no) abstentions?)?"),
        vote_word="vote",
        without_vote=r"\badopted without a vote\b",
        agenda_other=r"^Items?\s+(?P<item>\d.{0,60}?)\s+of\s+the\s+(?:provisional\s+)?agenda$",
        zero=("none", "no"),
        outcomes={"adopt": "adopted", "reject": "rejected"},
        concepts=_META_CONCEPTS_ENG),
    "fra": MetaWords(
        distribution={"distributionGeneral": r"générale|general", "distributionLimited":
                      r"limitée|limited", "distributionRestricted": r"restreinte|restricted"},
        meetings=(r"\bà sa (?P<meeting>(?P<num>\d+)e séance(?: plénière)?)", r"^(?P<num>\d+)e séance\b"),
        votes=(r"\b(?P<outcome>adopté|rejeté)e?s?\b.{0,100}?\bpar (?P<favour>\d+) voix contre "
               r"(?P<against>\d+|zéro)(?:,? avec (?P<abstentions>\d+) abstentions?)?",),
        vote_word="voix",
        without_vote=r"\badoptée? sans (?:vote|mise aux voix)\b",
        zero=("zéro",),
        outcomes={"adopt": "adopted", "rejet": "rejected"},
        concepts={**_META_CONCEPTS_ENG,
                  "distributionGeneral": "Distribution générale",
                  "distributionLimited": "Distribution limitée",
                  "distributionRestricted": "Distribution restreinte",
                  "issuanceDate": "date de publication", "adopted": "adopté",
                  "rejected": "rejeté", "adoptedWithoutVote": "adopté sans vote",
                  "submission": "présentation du projet", "adoption": "adoption",
                  "inFavour": "pour", "against": "contre", "abstentions": "abstentions",
                  "agendaItem": "point de l’ordre du jour", "session": "session",
                  "jobNumber": "numéro de référence",
                  "communicationDate": "date de la communication",
                  "adoptionDate": "date d’adoption"}),
    "spa": MetaWords(
        distribution={"distributionGeneral": r"general", "distributionLimited":
                      r"limitada|limited", "distributionRestricted": r"reservada|restricted"},
        meetings=(r"\ben su (?P<meeting>(?P<num>\d+)\s?[ªa] sesión(?: plenaria)?)", r"^(?P<num>\d+)\s?[ªa] sesión(?: plenaria)?"),
        votes=(r"\b(?P<outcome>aprobad|rechazad)[oa]s?\b.{0,100}?\bpor (?P<favour>\d+) votos? "
               r"contra (?P<against>\d+|ninguno)(?:,? y (?P<abstentions>\d+) abstenciones?)?",),
        vote_word="voto",
        without_vote=r"\baprobad[oa]s? sin (?:votación|someterse a votación)\b",
        zero=("ninguno",),
        outcomes={"aprobad": "adopted", "rechazad": "rejected"},
        concepts={**_META_CONCEPTS_ENG,
                  "distributionGeneral": "Distribución general",
                  "distributionLimited": "Distribución limitada",
                  "distributionRestricted": "Distribución reservada",
                  "issuanceDate": "fecha de publicación", "adopted": "aprobado",
                  "rejected": "rechazado", "adoptedWithoutVote": "aprobado sin votación",
                  "submission": "presentación del proyecto", "adoption": "aprobación",
                  "inFavour": "a favor", "against": "en contra", "abstentions": "abstenciones",
                  "agendaItem": "tema del programa", "session": "período de sesiones",
                  "jobNumber": "número de referencia"}),
    "rus": MetaWords(
        distribution={**_DISTR_ENG, "distributionGeneral": r"general|общая",
                      "distributionLimited": r"limited|ограниченная"},
        meetings=(r"\bна (?:его|своем) (?P<meeting>(?P<num>\d+)-м (?:пленарном )?заседании)",
                  r"^(?P<num>\d+)-е (?:пленарное )?заседание\b"),
        votes=(r"\b(?P<outcome>приня|принима|отклон)\w*\b.{0,100}?\b(?P<favour>\d+) голос\w* против "
               r"(?P<against>\d+)(?: при (?P<abstentions>\d+) воздержавш\w*)?",),
        vote_word="голос",
        without_vote=r"\bпринят\w* без голосования\b",
        zero=(),
        outcomes={"приня": "adopted", "принима": "adopted", "отклон": "rejected"},
        concepts={**_META_CONCEPTS_ENG, "adopted": "принято", "rejected": "отклонено",
                  "adoptedWithoutVote": "принято без голосования",
                  "submission": "представление проекта", "adoption": "принятие",
                  "inFavour": "за", "against": "против", "abstentions": "воздержались",
                  "agendaItem": "пункт повестки дня", "session": "сессия"}),
    "zho": MetaWords(
        distribution=_DISTR_ENG,
        meetings=(r"第\s*(?P<num>\d+)\s*次(?:全体)?会议",),
        # "以155票赞成、1票反对获得通过" (records); "以23票对15票、9票弃权的记录表决通过" (HRC).
        votes=(r"(?P<favour>\d+)\s*票赞成、\s*(?P<against>\d+)\s*票反对(?:、\s*(?P<abstentions>\d+)"
               r"\s*票弃权)?.{0,30}?(?P<outcome>通过|否决)",
               r"(?P<favour>\d+)\s*票对\s*(?P<against>\d+)\s*票(?:、\s*(?P<abstentions>\d+)\s*票弃权)?"
               r".{0,30}?(?P<outcome>通过|否决)"),
        vote_word="票",
        without_vote=r"未经表决(?:获得)?通过",
        zero=(),
        outcomes={"通过": "adopted", "否决": "rejected"},
        concepts={**_META_CONCEPTS_ENG, "adopted": "通过", "rejected": "否决",
                  "adoptedWithoutVote": "未经表决通过", "adoption": "通过",
                  "inFavour": "赞成", "against": "反对", "abstentions": "弃权",
                  "agendaItem": "议程项目", "session": "届会"}),
    "ara": MetaWords(
        distribution=_DISTR_ENG,
        meetings=(r"في جلسته\s*(?P<num>\d+)", r"^الجلسة العامة\s*(?P<num>\d+)"),
        # "اعتُمد بتصويت مسجل بأغلبية 23 صوتاً مقابل 15 وامتناع 9 أعضاء عن التصويت"; a count
        # printed in words ("صوت واحد", one vote) is not read.
        votes=(r"(?P<outcome>اعت[ُ]?مد|ر[ُ]?فض)\S*.{0,100}?بأغلبية\s+(?P<favour>\d+)\s+(?:صوت|أصوات)\S*"
               r"\s+مقابل\s+(?P<against>\d+)(?:\s+(?:صوت|أصوات)\S*)?\s*،?"
               r"(?:\s*و?امتناع\s+(?P<abstentions>\d+))?",),
        vote_word="مقابل",
        without_vote=r"اعت[ُ]?مد(?:ت)? دون تصويت",
        zero=(),
        outcomes={"اعت": "adopted", "ر": "rejected"},
        concepts={**_META_CONCEPTS_ENG, "agendaItem": "بند جدول الأعمال", "session": "الدورة"}),
}


def meta_words(code: str) -> MetaWords:
    """The metadata words of language ``code`` (English where none are written)."""
    return META_WORDS.get(code, META_WORDS["eng"])


# The heading over a list of endnotes (numbered notes gathered at the end of the
# document, called by raised numbers in the text), as each version prints it.
ENDNOTE_HEADINGS: dict[str, tuple[str, ...]] = {
    "eng": ("Notes", "Endnotes"),
    "fra": ("Notes",),
    "spa": ("Notas",),
    "rus": ("Примечания",),
    "ara": ("ملاحظات", "الحواشي"),
    "zho": ("注", "注释"),
}


# -- Front matter: the summary box and the printed table of contents ----------------
@dataclass(frozen=True)
class FrontWords:
    """What a language's UN documents print in their front matter (structurer/analysis/contents.py,
    outline.py). Each is a regex matched against a whole line (case ignored) unless said."""
    # The heading of the table of contents: "Contents", "Table des matières".
    contents: str
    # The heading printed again at the head of the next page: "CONTENTS (continued)".
    continued: str
    # The heading of the summary box printed under the title on page 1.
    summary: str
    # The column labels printed over the entries (each a word of a label line): the
    # paragraphs column, the page column, the numbering column ("Chapter", "Item").
    paragraphs: str
    page: str
    numbering: str
    # An entry naming an annex: "Annex", "Annex II", "Annexes", "Appendix" (at its start).
    annex: str
    # The word an annex's own heading starts with ("Annex I"): the number, in the text, of
    # an entry listed under "Annexes" ("I.").
    annex_word: str
    # The number an entry starts with, beyond "I.", "A.", "1.", "1.1", "a)", "(i)" (which
    # every language prints): a language's own letters or numerals ("Б.", "باء -", "一、").
    entry_number: str = r"(?!)"


FRONT_WORDS: dict[str, FrontWords] = {
    "eng": FrontWords(contents=r"(?:Table of )?Contents", continued=r"\(continued\)",
                      summary=r"Summary", paragraphs=r"Paragraphs?|Paras?\.",
                      page=r"Pages?", numbering=r"Chapters?|Sections?|Items?|Titles?",
                      annex=r"Annex(?:es)?|Appendix|Appendices|Enclosure", annex_word="Annex"),
    "fra": FrontWords(contents=r"Table des matières|Sommaire", continued=r"\(suite\)",
                      summary=r"Résumé", paragraphs=r"Paragraphes?",
                      page=r"Pages?", numbering=r"Chapitres?|Sections?|Points?",
                      annex=r"Annexes?|Appendices?|Pièces? jointes?", annex_word="Annexe"),
    "spa": FrontWords(contents=r"Índice", continued=r"\(continuación\)",
                      summary=r"Resumen", paragraphs=r"Párrafos?",
                      page=r"Páginas?", numbering=r"Capítulos?|Secciones|Sección|Temas?",
                      annex=r"Anexos?|Apéndices?", annex_word="Anexo"),
    "rus": FrontWords(contents=r"Содержание", continued=r"\(продолжение\)",
                      summary=r"Резюме", paragraphs=r"Пункты|Пункт|Пп\.",
                      page=r"Стр\.|Страница|Страницы", numbering=r"Глава|Главы|Раздел|Разделы",
                      annex=r"Приложени[ея]", annex_word="Приложение",
                      entry_number=r"[А-Я]\.|[а-я]\)"),
    "ara": FrontWords(contents=r"المحتويات", continued=r"\(تابع\)",
                      summary=r"موجز", paragraphs=r"الفقرات",
                      page=r"الصفحة", numbering=r"الفصل|الفرع|البند",
                      annex=r"المرفقات|المرفق", annex_word="المرفق"),
    "zho": FrontWords(contents=r"目录", continued=r"[(（]续[)）]",
                      summary=r"摘要", paragraphs=r"段次",
                      page=r"页次", numbering=r"章次|章|节|项目",
                      annex=r"附件", annex_word="附件"),
}


def front_words(code: str) -> FrontWords:
    """The front-matter words of language ``code`` (English where none are written)."""
    return FRONT_WORDS.get(code, FRONT_WORDS["eng"])


@lru_cache(maxsize=None)
def column_labels(code: str) -> re.Pattern:
    """A line of a contents list's column labels naming its figures: "Page", "Paragraphs
    Page", "Chapter Page", "الصفحة", "الفقرات الصفحة", "Стр.", "页次" (a numbering
    label alone, "Chapter", is no such line)."""
    w = front_words(code)
    label = rf"(?:{w.paragraphs}|{w.page}|{w.numbering})"
    figures = rf"(?:{w.paragraphs}|{w.page})"
    return re.compile(rf"^(?:{label}\s+)*{figures}(?:\s+{label})*$", re.IGNORECASE)
