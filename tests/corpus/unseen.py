"""The documents of ``../shared/corpus/unlabelled/`` that no rule was written for: their
labels (``tests/labels/unlabelled.tsv``, read from the PDFs alone by the rules of
``tests/labels/RULES.md``) and the score of a batch's outputs against them.

What is scored, per document: the type, the symbol, the Work's date and the title, as a
repository shows them first (the manifest's ``type`` and ``symbol``, ``FRBRWork``'s
``FRBRdate`` and ``FRBRalias name="title"``), and whether a wrong answer carried a doubt
(``doubts`` in the manifest line). A document the converter refused scores on nothing but
a label that says it is no document (``type`` ``none``)."""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import CORPUS

LABELS = Path(__file__).resolve().parents[1] / "labels" / "unlabelled.tsv"
FOLDER = CORPUS / "unlabelled"
FIELDS = ("kind", "symbol", "date", "title")     # the doubts' names too
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
# A Work date the document prints (the others are borrowed: the file's creation, the
# conversion day).
PRINTED_DATES = {"issuance", "adoption"}


@dataclass(frozen=True)
class Label:
    file: str
    type: str
    kind_line: str
    symbol: str
    issued: str
    adopted: str
    title: str
    language: str
    paragraphs: int
    footnotes: int
    annexes: int
    signatories: tuple[str, ...]
    note: str

    @property
    def date(self) -> str:
        """The Work's date: the adoption of what was adopted, else the date of issue."""
        return self.adopted or self.issued


def labels() -> list[Label]:
    with LABELS.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Label(file=r["file"], type=r["type"], kind_line=r["kind_line"], symbol=r["symbol"],
                  issued=r["issued"], adopted=r["adopted"], title=r["title"],
                  language=r["language"], paragraphs=int(r["paragraphs"] or 0),
                  footnotes=int(r["footnotes"] or 0), annexes=int(r["annexes"] or 0),
                  signatories=tuple(s.strip() for s in r["signatories"].split(";") if s.strip()),
                  note=r["note"]) for r in rows]


def normal_symbol(symbol: str | None) -> str:
    """Joint symbols joined by one hyphen whatever dash was printed, spaces folded."""
    s = re.sub(r"\s*[-–—−]\s*(?=[A-Z]{1,8}[/-])", "-", symbol or "")
    return re.sub(r"\s+", " ", s).strip()


def normal_title(title: str | None) -> str:
    """A title as compared: case, quotes, dashes, spaces and final punctuation folded,
    note marks left out."""
    s = unicodedata.normalize("NFKC", title or "").casefold()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = re.sub(r"[‐‑‒–—]", "-", s)
    s = s.replace("*", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(" .,;:")


@dataclass
class Observed:
    """What a batch wrote for one document."""
    status: str
    type: str | None = None
    symbol: str | None = None          # None: provisional identity
    date: str | None = None            # None: no printed date (borrowed or none)
    title: str | None = None
    doubts: tuple[str, ...] = ()
    error: str | None = None


def manifest_entries(outdir: Path):
    """(file name, manifest entry) for each line of the manifest a batch wrote in ``outdir``."""
    for line in (outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        yield Path(entry["path"]).name, entry


def observe(outdir: Path) -> dict[str, Observed]:
    """file name -> what the batch in ``outdir`` wrote (its manifest and outputs)."""
    found: dict[str, Observed] = {}
    for name, entry in manifest_entries(outdir):
        obs = Observed(entry["status"], error=entry.get("error"),
                       doubts=tuple(entry.get("doubts") or ()))
        if entry.get("output") and entry["status"] in ("ok", "skipped"):
            tree = etree.parse(str(outdir / entry["output"]))
            obs.type = entry.get("type")
            if entry.get("identity") != "provisional":
                obs.symbol = _first(tree, "//a:FRBRWork/a:FRBRalias[@name='symbol']/@value") \
                    or entry.get("symbol")
            work_date = tree.xpath("//a:FRBRWork/a:FRBRdate", namespaces=NS)
            if work_date and work_date[0].get("name") in PRINTED_DATES:
                obs.date = work_date[0].get("date")
            obs.title = _first(tree, "//a:FRBRWork/a:FRBRalias[@name='title']/@value")
        found[name] = obs
    return found


def _first(tree, path: str) -> str | None:
    values = tree.xpath(path, namespaces=NS)
    return str(values[0]) if values else None


@dataclass
class Score:
    """Right answers per field over the labelled documents, and the misses."""
    total: int = 0
    right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    misses: list[tuple[str, str, str, str, bool]] = field(default_factory=list)  # file, field, expected, got, doubted
    valid: int = 0                     # born-digital documents written valid
    statements_wrong: list[str] = field(default_factory=list)   # a statement for no statement
    wrong_doubted: int = 0
    wrong_documents: int = 0

    def share(self, name: str) -> float:
        return self.right[name] / self.total if self.total else 0.0

    def lines(self) -> list[str]:
        out = [f"unseen documents: {self.total} labelled"]
        out += [f"  {name:<6} {self.right[name]:>3}/{self.total} = {100 * self.share(name):.1f} %"
                for name in FIELDS]
        out.append(f"  valid  {self.valid}/{self.total}")
        out.append(f"  documents with a wrong answer: {self.wrong_documents}, of which with a "
                   f"doubt on it: {self.wrong_doubted}")
        out.append(f"  statements written for no statement: {len(self.statements_wrong)}")
        return out


def score(expected: list[Label], observed: dict[str, Observed]) -> Score:
    result = Score(total=len(expected))
    for label in expected:
        obs = observed.get(label.file, Observed("missing"))
        if label.type == "none":
            # Not a document (an error page saved as PDF): refusing it is right.
            refused = obs.status == "failed"
            for name in FIELDS:
                _count(result, label.file, name, refused, "refused", obs.status, obs.doubts)
            result.valid += refused
            if not refused:
                result.wrong_documents += 1
            continue
        # ("skipped": kept from an earlier run of the batch, valid then; see --resume)
        result.valid += obs.status in ("ok", "skipped")
        got = {"kind": obs.type, "symbol": normal_symbol(obs.symbol) or None,
               "date": obs.date, "title": normal_title(obs.title) or None}
        want = {"kind": label.type, "symbol": normal_symbol(label.symbol) or None,
                "date": label.date or None, "title": normal_title(label.title) or None}
        wrong_here, doubted_here = False, False
        for name in FIELDS:
            ok = got[name] == want[name]
            doubted = name in obs.doubts
            _count(result, label.file, name, ok, want[name] or "(none printed)",
                   got[name] if obs.status in ("ok", "skipped") else f"{obs.status}: {obs.error}", obs.doubts)
            if not ok:
                wrong_here = True
                doubted_here = doubted_here or doubted
        if wrong_here:
            result.wrong_documents += 1
            result.wrong_doubted += doubted_here
        if (obs.type or "").startswith("statement/") and not label.type.startswith("statement/"):
            result.statements_wrong.append(label.file)
    return result


def _count(result: Score, file: str, name: str, ok: bool, want, got, doubts) -> None:
    if ok:
        result.right[name] += 1
    else:
        doubted = name in doubts
        result.misses.append((file, name, str(want), str(got), doubted))
