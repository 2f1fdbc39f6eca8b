"""The AKN4UN metadata after ``identification``: ``publication``, ``classification``,
``lifecycle``, ``workflow`` and ``analysis``, in the order the AKN 3.0 XSD fixes inside
``meta``; and the concepts the cover page refers to (distribution, date, job number).

Plain functions over what a :class:`~.writer.Writer` holds (the masthead, the adoption
date, the organ) and over what the family already wrote (sponsors as ``docProponent``,
vote records and meeting lines as ``p``), so that no family writes metadata of its own.
Nothing is guessed: an element whose required values are not printed is left out (see
docs/markup.md, "AKN4UN metadata")."""
from __future__ import annotations

import re

from lxml import etree

from ...languages import MetaWords, meta_words
from .inline import akn
from ..analysis import basis

# Work dates (FRBRdate/@name) printed on the document (or given with --date): only these
# date an event; a guessed or provisional date (latestCitedDate, conversion …) dates none.
PRINTED_DATES = frozenset({"issuance", "adoption", "meeting"})
# A job number as the page footer prints it (the form of extractor/layout/furniture.py), without
# the date stamps after it: "18-16895 (E)    241018" -> "18-16895 (E)".
_JOB = re.compile(r"^\s*(?P<job>(?:[A-Z]{1,2}\.)?\d{2}-\d{5}X?\*?(?:\s*\([A-Z]\))?)")
_ITEM = re.compile(r"\d+(?:\s*\(\w{1,4}\))*")          # "5 (b)", "14", "3 (a) (ii)"
_DIGIT = re.compile(r"\d")


def write(w, top, meta) -> None:
    """Append the metadata elements after ``identification`` (already in ``meta``)."""
    words = meta_words(w.lang.code)
    work_date = meta.find(f"{akn('identification')}/{akn('FRBRWork')}/{akn('FRBRdate')}")
    date = work_date.get("date") if work_date is not None and \
        work_date.get("name") in PRINTED_DATES else None
    votes = _votes(w, top, words)
    for el in (publication(w), classification(w, words), lifecycle(w, meta, date),
               workflow(w, top, words, date, votes),
               analysis(votes, w.cited.implicit_references())):
        if el is not None:
            meta.append(el)


def concept(w, name: str) -> str:
    """``#name``, a TLCConcept the references will list (showAs in the language)."""
    words = meta_words(w.lang.code)
    w.tlc_kinds.setdefault(name, ("TLCConcept", "concept", words.concepts.get(name, name)))
    return f"#{name}"


# -- cover page ------------------------------------------------------------------------
def distribution_concept(w, text: str) -> str | None:
    """``#distributionGeneral`` … for the printed "Distr.: General" line, else None."""
    words = meta_words(w.lang.code)
    tail = re.sub(r"^\s*Distr\.\s*:?\s*", "", text, flags=re.IGNORECASE)
    for name, regex in words.distribution.items():
        if re.fullmatch(rf"(?:{regex})\.?", tail.strip(), re.IGNORECASE):
            return concept(w, name)
    return None


def job_number(printed: str) -> str | None:
    """The job number alone, without the date stamps printed after it."""
    match = _JOB.match(printed or "")
    return " ".join(match.group("job").split()) if match else None


# -- meta elements ---------------------------------------------------------------------
def publication(w) -> etree._Element | None:
    """The printed symbol and issuance date; nothing when either is not printed (the XSD
    requires both a date and a name)."""
    m = w.doc.masthead
    if not (m.symbol and m.date):
        return None
    return etree.Element(akn("publication"), date=m.date, name=m.symbol, showAs=m.symbol)


def classification(w, words: MetaWords) -> etree._Element | None:
    """The session and the agenda item(s) printed in the masthead, as keywords."""
    m = w.doc.masthead
    keywords = []
    lines = list(m.lines)
    organs = w.cover_organs(lines)       # the session of the organ named above it
    for k, (kind, text) in enumerate(lines):
        show = " ".join(text.split())
        if kind == "session":
            keywords.append(dict(value=str(m.session) if m.session else show, showAs=show,
                                 dictionary=concept(w, "session"), refersTo=f"#{organs[k]}"))
        elif kind == "agendaItem" or (kind == "other" and re.match(words.agenda_other, show)):
            match = w.lang.regexes.agenda_pattern.match(show) or re.match(words.agenda_other, show)
            items = _ITEM.findall(match.group("item")) if match else []
            title = lines[k + 1][1] if k + 1 < len(lines) and \
                lines[k + 1][0] == "agendaItemTitle" else None
            if title and len(items) == 1:
                show = f"{show}: {' '.join(title.split())}"
            for item in items:
                keywords.append(dict(value=" ".join(item.split()), showAs=show,
                                     dictionary=concept(w, "agendaItem")))
    if not keywords:
        return None
    el = etree.Element(akn("classification"), source="#converter")
    for attrs in keywords:
        etree.SubElement(el, akn("keyword"), attrs)
    return el


def lifecycle(w, meta, date: str | None) -> etree._Element | None:
    """The generation of the Work on its printed date (the event's source: the Work itself,
    an ``original`` reference); for a corrigendum, revision or addendum, the same day's
    event on the document it changes (source: its ``activeRef``, ``#parent``)."""
    if not date:
        return None
    uri = meta.find(f"{akn('identification')}/{akn('FRBRWork')}/{akn('FRBRuri')}")
    if uri is None:
        return None
    number = meta.find(f"{akn('identification')}/{akn('FRBRWork')}/{akn('FRBRnumber')}")
    show = w.doc.masthead.symbol or (number.get("showAs") if number is not None else uri.get("value"))
    original = etree.Element(akn("original"), eId=w.ids.claim("original"),
                             href=uri.get("value"), showAs=show)
    w.doc_refs.append(original)
    el = etree.Element(akn("lifecycle"), source="#converter")
    etree.SubElement(el, akn("eventRef"), eId=w.ids.claim("eventRef_1"), date=date,
                     source=f"#{original.get('eId')}", type="generation")
    if w.kind.parent:
        attrs = {"type": "amendment"} if w.kind.modifier in ("corrigendum", "revision") else {}
        etree.SubElement(el, akn("eventRef"), eId=w.ids.claim("eventRef_2"), date=date,
                         source="#parent", **attrs)
    return el


def workflow(w, top, words: MetaWords, date: str | None, votes) -> etree._Element | None:
    """A draft's submission by each sponsor (the ``docProponent``s of the preface, or
    the person who submits it), on its printed date; a text's adoption by its organ, at
    the meeting printed, with the outcome (adopted, without a vote, or the vote's)."""
    steps = []
    preface = top.find(akn("preface"))
    if preface is not None and date:
        seen = set()
        for el in preface.iter(akn("docProponent"), akn("person")):
            who, role = el.get("refersTo"), el.get("as")
            if not who or who in seen or (el.tag == akn("person") and w.element != "statement"):
                continue
            seen.add(who)
            steps.append(dict(date=date, by=who, **({"as": role} if role else {}),
                              refersTo=concept(w, "submission")))
        if not steps and w.element == "statement":
            # "Draft resolution submitted by the Chair": an office, no name. `by` must be
            # an agent, so the body the document comes from, in that role.
            role = preface.find(f".//{akn('role')}")
            if role is not None and role.get("refersTo"):
                steps.append(dict(date=date, by=f"#{w.actor()}", **{"as": role.get("refersTo")},
                                  refersTo=concept(w, "submission")))
    adopted = w.adoption_date()
    # What it was adopted on: "[on the report of the Third Committee (A/77/463/Add.2)]".
    steps += basis.steps(w, top, adopted)
    if adopted:
        refers = [concept(w, "adoption")]
        meeting = _meeting(w, top, words)
        if meeting:
            refers.append(meeting)
        outcome = next((v["outcome"] for v in votes if v["outcome"]), None)
        if outcome is None and _printed(top, words.without_vote):
            outcome = "adoptedWithoutVote"
        steps.append(dict(date=adopted, by=f"#{w.organ if w.organ != 'un' else w.actor()}",
                          refersTo=" ".join(refers), outcome=concept(w, outcome or "adopted")))
    if not steps:
        return None
    el = etree.Element(akn("workflow"), source="#converter")
    for k, attrs in enumerate(steps, start=1):
        etree.SubElement(el, akn("step"), eId=w.ids.claim(f"step_{k}"), **attrs)
    return el


def analysis(votes, other_references=None) -> etree._Element | None:
    """Each printed vote record: ``parliamentary/voting`` pointing to its paragraph, with
    the counts printed (in favour, against, abstentions); then the documents cited
    without being printed (``otherReferences``, :meth:`.cited.Cited.implicit_references`)."""
    if not votes and other_references is None:
        return None
    el = etree.Element(akn("analysis"), source="#converter")
    if other_references is not None:
        el.append(other_references)
    if not votes:
        return el
    parliamentary = etree.Element(akn("parliamentary"))
    el.insert(0, parliamentary)
    for vote in votes:
        voting = etree.SubElement(parliamentary, akn("voting"), eId=vote["eId"],
                                  href=f"#{vote['p']}",
                                  **({"outcome": vote["outcome_ref"]} if vote["outcome"] else {}))
        for k, (name, value) in enumerate(vote["counts"], start=1):
            etree.SubElement(voting, akn("count"), eId=f"{vote['eId']}__count_{k}",
                             value=str(value), refersTo=vote["refs"][name])
    return el


# -- reading what the family wrote -----------------------------------------------------
def _paragraphs(top, own_record: bool = False, with_digit: bool = False):
    """(eId, text without notes) of each ``p`` of the document's text, meta and cover
    page excluded (a note's own paragraphs come on their own). With ``own_record``, only
    where a statement prints its own adoption: preface, conclusions, unplaced lines (a
    vote recalled in a preambular paragraph is another text's). With ``with_digit``,
    only those whose text prints a digit (told from all its text, notes too, which lxml
    joins faster than the text without notes is read)."""
    for part in top:
        if not isinstance(part.tag, str) or part.tag in (akn("meta"), akn("coverPage")):
            continue
        if own_record and part.tag not in (akn("preface"), akn("conclusions")):
            if part.tag != akn("mainBody"):
                continue
            for container in part.findall(f"{akn('hcontainer')}[@name='unplaced']"):
                for p in container.iter(akn("p")):
                    if p.get("eId"):
                        yield p.get("eId"), _text(p)
            continue
        for p in part.iter(akn("p"), akn("narrative")):      # a record's narrative too
            if p.get("eId") and (not with_digit or _DIGIT.search("".join(p.itertext()))):
                yield p.get("eId"), _text(p)


_NOTES = (akn("authorialNote"), akn("noteRef"))


def _text(el) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _NOTES:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _printed(top, regex: str) -> bool:
    return any(re.search(regex, text, re.IGNORECASE)
               for _, text in _paragraphs(top, own_record=True))


def vote_records(text: str, words: MetaWords) -> list[tuple[str | None, list[tuple[str, int]]]]:
    """The vote records printed in ``text``: (outcome concept or None, [(count concept,
    value)…]); a count not printed is left out (not printed is not zero)."""
    records = []
    # Every vote record prints its count in favour (each pattern's group favour, \d+)
    # and the language's word for votes: a text without a digit or without the word
    # holds none (most paragraphs are read no further).
    if not _DIGIT.search(text) or words.vote_word not in text.lower():
        return records
    for regex in words.vote_regexes:
        for match in regex.finditer(text):
            counts = []
            for name, group in (("inFavour", "favour"), ("against", "against"),
                                ("abstentions", "abstentions")):
                printed = match.group(group)
                if printed is not None:
                    counts.append((name, 0 if printed.lower() in words.zero else int(printed)))
            records.append((_outcome(match.group("outcome"), words), counts))
    return records


def _votes(w, top, words: MetaWords) -> list[dict]:
    """The vote records printed in the text, in order, with the eId of their paragraph."""
    votes = []
    # (a vote record prints digits: see vote_records)
    for eid, text in _paragraphs(top, own_record=w.element == "statement", with_digit=True):
        for outcome, counts in vote_records(text, words):
            votes.append(dict(
                p=eid, eId=w.ids.claim(f"voting_{len(votes) + 1}"), counts=counts,
                outcome=outcome, outcome_ref=concept(w, outcome) if outcome else None,
                refs={name: concept(w, name) for name, _ in counts}))
    return votes


def _outcome(printed: str | None, words: MetaWords) -> str | None:
    if not printed:
        return None
    return next((c for stem, c in words.outcomes.items()
                 if printed.lower().startswith(stem.lower())), None)


def _meeting(w, top, words: MetaWords) -> str | None:
    """``#adoptionMeeting``, a TLCEvent for the meeting printed in the adoption line or
    the closing line ("18th plenary meeting"), when one is printed."""
    parts = [top.find(akn("preface")), top.find(akn("conclusions"))]
    body = top.find(akn("mainBody"))
    if body is not None:
        # A closing line the statement could not place ("34th meeting 8 July 2025").
        parts += body.findall(f"{akn('hcontainer')}[@name='unplaced']")
    for part in parts:
        if part is None:
            continue
        for p in part.iter(akn("p")):
            text = _text(p)
            for regex in words.meetings:
                match = re.search(regex, text, re.IGNORECASE)
                if not match:
                    continue
                show = match.group("meeting") if "meeting" in match.groupdict() \
                    and match.group("meeting") else match.group(0)
                actor = w.organ if w.organ != "un" else w.actor()
                session = w.doc.masthead.session
                iri = f"{actor}-{session}-meeting-{match.group('num')}" if session \
                    else f"{actor}-meeting-{match.group('num')}"
                w.tlc_kinds["adoptionMeeting"] = ("TLCEvent", "event", show)
                w.tlc_hrefs["adoptionMeeting"] = f"/akn/ontology/event/un/{iri}"
                return "#adoptionMeeting"
    return None
