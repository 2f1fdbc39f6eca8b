"""The structure of the documents of ``../shared/corpus/unlabelled/`` as printed (labels in
``tests/labels/structure.tsv``, read from the PDFs alone by the rules of
``tests/labels/STRUCTURE.md``) and what a batch's outputs say of it.

What is compared, per labelled document:

* ``headings_1`` … ``headings_3``: the main body's ``section``, ``subsection`` and
  ``division`` (with ``num``), the levels the report and letter writers give to "I.",
  "A." and "1." headings (``converter/structurer/families/report.py``); ``headings_other``: the
  ``hcontainer``s with a ``heading`` (unnumbered headings). A contents list or summary box
  (``toc``, ``hcontainer`` named ``contents`` or ``summary``) is left out, labels and
  output alike;
* ``paragraphs``: the main body's ``paragraph``s with a ``num``, how many and the highest
  number, those of a text embedded in a paragraph (``embeddedStructure``,
  ``quotedStructure``) and of a resolution or decision printed in the body (an
  ``hcontainer`` named by its kind, with its title as heading) left out;
* ``annexes``: each ``attachment``, in document order, nested ones after the one holding
  them: its heading (the first line of its ``preface``, or the first lines joined when
  the heading was printed over several) and its own numbered ``paragraph``s;
* ``signatories``: each ``signature``'s ``person``, in document order;
* ``footnotes``: the ``authorialNote``s, a note written twice (same marker, same text)
  counted once."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .unseen import manifest_entries

LABELS = Path(__file__).resolve().parents[1] / "labels" / "structure.tsv"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
FIELDS = ("headings_1", "headings_2", "headings_3", "headings_other", "paragraphs",
          "annexes", "annex_headings", "annex_paragraphs", "signatories", "footnotes")
# Heading elements of a doc's body and the level each stands for.
LEVELS = {"section": 1, "chapter": 1, "part": 1, "subsection": 2, "division": 3}
# Front matter the structure labels leave out (another measure's business): a contents
# list or summary box, by the container's name or by its heading.
FRONT = {"contents", "summary", "toc"}
FRONT_HEADINGS = re.compile(r"^(?:summary|contents|table of contents|résumé|resumen|"
                            r"table des matières|índice|резюме|содержание|موجز|المحتويات|摘要|目录)$",
                            re.IGNORECASE)
# Texts embedded in a paragraph: their paragraphs are theirs, not the document's.
EMBEDDED = {"embeddedStructure", "quotedStructure", "subFlow", "authorialNote"}
# A resolution or decision printed in a report's body (decisions.py writes it as an
# hcontainer named by its kind): its title and operative paragraphs are its own, not
# the report's (STRUCTURE.md). An annex that holds decisions has them as its paragraphs.
STATEMENTS = {"resolution", "resolutionDraft", "decision", "decisionDraft", "declaration",
              "declarationDraft"}


@dataclass(frozen=True)
class Structure:
    """The structure of one document: labelled, or read from an output."""
    headings: tuple[int, int, int, int]        # levels 1, 2, 3 and the others
    paragraphs: int
    last_paragraph: int
    annexes: tuple[tuple[str, int], ...]       # (heading, numbered paragraphs)
    signatories: tuple[str, ...]
    footnotes: int

    def values(self) -> dict[str, object]:
        """Each field as compared."""
        return {
            "headings_1": self.headings[0], "headings_2": self.headings[1],
            "headings_3": self.headings[2], "headings_other": self.headings[3],
            "paragraphs": (self.paragraphs, self.last_paragraph),
            "annexes": len(self.annexes),
            "annex_headings": tuple(normal(h) for h, _ in self.annexes),
            "annex_paragraphs": tuple(n for _, n in self.annexes),
            "signatories": tuple(normal(s) for s in self.signatories),
            "footnotes": self.footnotes,
        }


@dataclass(frozen=True)
class Label:
    file: str
    structure: Structure
    note: str


def labels() -> list[Label]:
    with LABELS.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        headings = [h for h in r["annexes"].split(" | ") if h.strip()]
        counts = [int(n) for n in r["annex_paragraphs"].split(",") if n.strip()]
        if len(headings) != len(counts):
            raise ValueError(f"{LABELS.name}: {r['file']}: {len(headings)} annex headings "
                             f"but {len(counts)} paragraph counts")
        out.append(Label(r["file"], Structure(
            headings=tuple(int(r[f"headings_{k}"]) for k in ("1", "2", "3", "other")),
            paragraphs=int(r["paragraphs"]), last_paragraph=int(r["last_paragraph"]),
            annexes=tuple(zip(headings, counts)),
            signatories=tuple(s.strip() for s in r["signatories"].split(";") if s.strip()),
            footnotes=int(r["footnotes"])), r["note"]))
    return out


def normal(text: str) -> str:
    """Text as compared: compatibility forms, quotes, dashes, spaces and case folded."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = re.sub(r"[‐‑‒–—]", "-", s)
    return re.sub(r"\s+", " ", s).strip().rstrip(" .*")


# -- reading an output -----------------------------------------------------------------

def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _text(el) -> str:
    """Visible text, notes left out."""
    parts = [el.text or ""]
    for child in el:
        if _local(child) != "authorialNote":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _front(el) -> bool:
    """A contents list or summary box, or inside one."""
    for node in [el, *el.iterancestors()]:
        name = _local(node)
        if name == "toc" or name == "hcontainer" and (
                node.get("name") in FRONT or _heading_text(node) and FRONT_HEADINGS.match(_heading_text(node))):
            return True
    return False


def _heading_text(el) -> str:
    heading = el.find(f"{{{AKN}}}heading")
    return _text(heading) if heading is not None else ""


def _inside(el, top, names: set[str], statements: bool = False) -> bool:
    """Whether ``el`` stands inside one of ``names`` (or, with ``statements``, a
    resolution or decision) within ``top``."""
    for node in [el, *el.iterancestors()]:
        if node is top:
            return False
        if node is not el and _local(node) in names or statements and \
                _local(node) == "hcontainer" and node.get("name") in STATEMENTS:
            return True
    return False


def _numbered(body, main: bool = False) -> list[str]:
    """The nums of a body's numbered paragraphs, in order (of the main body: not those
    of a resolution or decision printed in it)."""
    out = []
    for para in body.iter(f"{{{AKN}}}paragraph"):
        num = para.find(f"{{{AKN}}}num")
        if num is None or _front(para) or _inside(para, body, EMBEDDED, statements=main):
            continue
        out.append(_text(num))
    return out


def _highest(nums: list[str]) -> int:
    values = [int(m.group(0)) for n in nums for m in [re.match(r"\d+", n.strip("( "))] if m]
    return max(values, default=0)


def _headings(body) -> tuple[int, int, int, int]:
    counts = [0, 0, 0, 0]
    for el in body.iter():
        name = _local(el)
        if _front(el) or _inside(el, body, EMBEDDED, statements=True):
            continue
        if name in LEVELS and el.find(f"{{{AKN}}}num") is not None:
            counts[LEVELS[name] - 1] += 1
        elif name == "hcontainer" and el.find(f"{{{AKN}}}heading") is not None:
            counts[3] += 1
    return tuple(counts)


def _annex_heading(doc) -> tuple[str, ...]:
    """The first lines of an annex's preface, joined one more each time (a heading
    printed over several lines may be kept as several)."""
    preface = doc.find(f"{{{AKN}}}preface")
    lines = [_text(p) for p in preface.iter(f"{{{AKN}}}p")] if preface is not None else []
    return tuple(" ".join(lines[:k]) for k in range(1, len(lines) + 1))


def read(path: Path) -> tuple[Structure, list[tuple[str, ...]]]:
    """The structure an output shows, and for each annex the candidate headings."""
    root = etree.parse(str(path)).getroot()
    top = next(c for c in root if isinstance(c.tag, str))
    body = top.find(f"{{{AKN}}}mainBody")
    nums = _numbered(body, main=True) if body is not None else []
    annexes, candidates = [], []
    for attachment in top.iter(f"{{{AKN}}}attachment"):
        doc = next((c for c in attachment if isinstance(c.tag, str)), None)
        if doc is None:
            continue
        inner = doc.find(f"{{{AKN}}}mainBody")
        heads = _annex_heading(doc)
        annexes.append((heads[0] if heads else "", len(_numbered(inner)) if inner is not None else 0))
        candidates.append(heads)
    people = [_text(person) for signature in top.iter(f"{{{AKN}}}signature")
              for person in signature.iter(f"{{{AKN}}}person")]
    # Each note printed is one authorialNote (a second call to it is a noteRef): two
    # notes of one text printed in two places (TPNW/MSP/2025/11's "Adopted by the Meeting
    # at its 10th plenary meeting …" under annexes I and II) are two, as labelled.
    notes = list(top.iter(f"{{{AKN}}}authorialNote"))
    return Structure(_headings(body) if body is not None else (0, 0, 0, 0), len(nums),
                     _highest(nums), tuple(annexes), tuple(people), len(notes)), candidates


@dataclass
class Observed:
    status: str
    structure: Structure | None = None
    annex_candidates: list[tuple[str, ...]] = field(default_factory=list)
    error: str | None = None


def observe(outdir: Path) -> dict[str, Observed]:
    """file name -> the structure the batch in ``outdir`` wrote."""
    found: dict[str, Observed] = {}
    for name, entry in manifest_entries(outdir):
        obs = Observed(entry["status"], error=entry.get("error"))
        if entry.get("output") and entry["status"] in ("ok", "skipped"):
            obs.structure, obs.annex_candidates = read(outdir / entry["output"])
        found[name] = obs
    return found


# -- scoring ---------------------------------------------------------------------------

@dataclass
class Score:
    total: int = 0
    right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    exact: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, field, label, output

    def share(self, name: str) -> float:
        return self.right[name] / self.total if self.total else 0.0

    @property
    def exact_share(self) -> float:
        return self.exact / self.total if self.total else 0.0

    def lines(self) -> list[str]:
        out = [f"unseen documents' structure: {self.total} labelled"]
        out += [f"  {name:<16} {self.right[name]:>3}/{self.total} = {100 * self.share(name):.1f} %"
                for name in FIELDS]
        out.append(f"  exactly right    {self.exact:>3}/{self.total} = {100 * self.exact_share:.1f} %")
        return out


def score(expected: list[Label], observed: dict[str, Observed]) -> Score:
    result = Score(total=len(expected))
    for label in expected:
        obs = observed.get(label.file, Observed("missing"))
        want = label.structure.values()
        if obs.structure is None:
            for name in FIELDS:
                result.misses.append((label.file, name, _show(want[name]),
                                      f"{obs.status}: {obs.error}"))
            continue
        got = obs.structure.values()
        if len(obs.annex_candidates) == len(label.structure.annexes):
            # A heading kept over several lines of the preface is the heading.
            got["annex_headings"] = tuple(
                w if w in {normal(c) for c in cands} else g
                for w, g, cands in zip(want["annex_headings"], got["annex_headings"],
                                       obs.annex_candidates))
        wrong = False
        for name in FIELDS:
            if got[name] == want[name]:
                result.right[name] += 1
            else:
                wrong = True
                result.misses.append((label.file, name, _show(want[name]), _show(got[name])))
        result.exact += not wrong
    return result


def _show(value) -> str:
    if isinstance(value, tuple):
        return " | ".join(map(str, value)) if value else "(none)"
    return str(value)
