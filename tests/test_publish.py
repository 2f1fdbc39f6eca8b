"""akn publish into a folder repository (issue 12): naming-convention paths from the FRBR
Expression IRI, the catalog, replace-not-duplicate, and every refusal in one line with
the repository untouched. Expected paths, symbols and dates are the corpus tables' (read
from the PDFs) and pdftotext's."""
from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE
from corpus import corpus_file
from corpus.resolutions import RESOLUTIONS
from lxml import etree
from test_corpus import converted
from typer.testing import CliRunner

import converter
from converter.api import to_bytes
from converter.cli import app
from converter.publish import folder
from converter.publish.catalog import NAME as CATALOG

ITA_EN = "pdf/A_HRC_WG.6_34_ITA_3-EN.pdf"      # one Work, two languages (English, Russian)
ITA_RU = "pdf/A_HRC_WG.6_34_ITA_3-RU.pdf"
RES_2772 = "pdf/S_RES_2772_(2025)-EN.pdf"
SAMPLE_SYMBOL, SAMPLE_DATE = "A/C.3/77/L.6", "2022-10-20"    # as tests/test_sample.py gives them
SRC = "urn:x-un-akn:source"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


@lru_cache(maxsize=None)
def corpus_xml(relative: str) -> bytes:
    """The corpus file's conversion (test_corpus's per-session cache), as written."""
    result = converted(relative)
    assert result.tree is not None and not result.problems, (relative, result.problems)
    return to_bytes(result.tree)


@lru_cache(maxsize=None)
def sample_xml(markup_date: str = "2026-11-25") -> bytes:
    return to_bytes(converter.convert(SAMPLE, symbol=SAMPLE_SYMBOL, date=SAMPLE_DATE,
                                                markup_date=markup_date))


def write(folder_: Path, name: str, data: bytes) -> Path:
    folder_.mkdir(parents=True, exist_ok=True)
    path = folder_ / name
    path.write_bytes(data)
    return path


def akn(*args, **env):
    """``akn`` in a subprocess: its exit code, stdout and stderr."""
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file of a repository: its sha256 and inode (a rewrite changes the inode)."""
    return {str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                       p.stat().st_ino)
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != folder.LOCK}


def with_source(data: bytes, **attrs) -> bytes:
    """The document with attributes set on its src:source (a crafted variant)."""
    root = etree.fromstring(data)
    source = root.find(f".//{{{SRC}}}source")
    for key, value in attrs.items():
        source.set(key, value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@lru_cache(maxsize=None)
def provisional_xml() -> bytes:
    """The sample converted without --symbol: it prints no symbol, so its identity is
    provisional (provisional="true" on src:source, a Work number provisional-…)."""
    data = to_bytes(converter.convert(SAMPLE, markup_date="2026-11-25"))
    assert b'provisional="true"' in data and b'<FRBRnumber value="provisional-' in data
    return data


@pytest.fixture
def inputs(tmp_path):
    folder_ = tmp_path / "in"
    return {"2772": write(folder_, "2772.xml", corpus_xml(RES_2772)),
            "ita-en": write(folder_, "ita-en.xml", corpus_xml(ITA_EN)),
            "ita-ru": write(folder_, "ita-ru.xml", corpus_xml(ITA_RU)),
            "sample": write(folder_, "sample.xml", sample_xml())}


def row(symbol: str):
    return next(r for r in RESOLUTIONS if r.symbol == symbol)


def test_each_document_goes_to_its_naming_convention_path_with_a_catalog_line(tmp_path, inputs):
    repo = tmp_path / "repo"
    done = akn("publish", *inputs.values(), "--to", repo)
    assert done.returncode == 0, done.stderr
    res = row("S/RES/2772 (2025)")
    # Work: /akn/un/statement/deliberation/un-sc/{adoption date}/{symbol, / -> -, space -> _}
    path_2772 = (f"akn/un/statement/deliberation/un-sc/{res.date}/S-RES-2772_(2025)/"
                 f"eng@{res.date}.xml")
    # pdftotext: "A/HRC/WG.6/34/ITA/3 … Distr.: General 14 August 2019", English and Russian.
    work_ita = "akn/un/doc/report/un-hrc-wg6/2019-08-14/A-HRC-WG.6-34-ITA-3"
    assert (repo / path_2772).read_bytes() == inputs["2772"].read_bytes()
    assert sorted(p.name for p in (repo / work_ita).iterdir()) == \
        ["eng@2019-08-14.xml", "rus@2019-08-14.xml"]
    assert f"new: {path_2772} ({inputs['2772']})" in done.stdout.splitlines()
    assert len(done.stdout.splitlines()) == 4

    entries = [json.loads(line) for line in (repo / CATALOG).read_text().splitlines()]
    assert [e["expression"] for e in entries] == sorted(e["expression"] for e in entries)
    by_path = {e["path"]: e for e in entries}
    assert set(by_path) == {str(p.relative_to(repo)) for p in repo.rglob("*.xml")}
    entry = by_path[path_2772]
    assert entry == {
        "work": f"/akn/un/statement/deliberation/un-sc/{res.date}/S-RES-2772_(2025)",
        "expression": f"/akn/un/statement/deliberation/un-sc/{res.date}/S-RES-2772_(2025)/"
                      f"eng@{res.date}",
        "symbol": "S/RES/2772 (2025)", "type": "statement/resolution", "date": res.date,
        "language": "eng", "title": "Resolution 2772 (2025)",
        "sha256": hashlib.sha256(inputs["2772"].read_bytes()).hexdigest(),
        "converter": converter.__version__, "path": path_2772}
    russian = by_path[f"{work_ita}/rus@2019-08-14.xml"]
    assert (russian["symbol"], russian["language"], russian["type"]) == \
        ("A/HRC/WG.6/34/ITA/3", "rus", "doc/report")
    sample = next(e for e in entries if e["symbol"] == SAMPLE_SYMBOL)
    assert (sample["language"], sample["date"]) == ("fra", SAMPLE_DATE)


def test_publishing_again_leaves_unchanged_documents_alone_and_replaces_changed_ones(
        tmp_path, inputs):
    repo = tmp_path / "repo"
    assert akn("publish", *inputs.values(), "--to", repo).returncode == 0
    before = snapshot(repo)
    again = akn("publish", *inputs.values(), "--to", repo)
    assert again.returncode == 0
    assert [line.split(":")[0] for line in again.stdout.splitlines()] == ["unchanged"] * 4
    assert snapshot(repo) == before                 # not even the catalog rewritten

    changed = write(tmp_path / "in2", "sample.xml", sample_xml("2026-11-26"))   # markup date
    third = akn("publish", changed, "--to", repo)
    assert third.returncode == 0 and third.stdout.startswith("replaced: ")
    after = snapshot(repo)
    path = third.stdout.split(": ", 1)[1].split(" (")[0]
    assert after[path][0] == hashlib.sha256(changed.read_bytes()).hexdigest()
    assert after[path][1] != before[path][1]        # a new file renamed over the old one
    assert {k: v for k, v in after.items() if k not in (path, CATALOG)} == \
        {k: v for k, v in before.items() if k not in (path, CATALOG)}
    entries = [json.loads(line) for line in (repo / CATALOG).read_text().splitlines()]
    assert len(entries) == 4                         # replaced, not duplicated
    assert next(e for e in entries if e["path"] == path)["sha256"] == after[path][0]


def test_a_provisional_identity_is_refused_unless_allowed(tmp_path, inputs):
    repo = tmp_path / "repo"
    crafted = write(tmp_path / "in2", "provisional.xml", provisional_xml())
    refused = akn("publish", crafted, "--to", repo)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "provisional identity" in refused.stderr
    assert "--allow-provisional" in refused.stderr and str(crafted) in refused.stderr
    assert not list(repo.rglob("*.xml")) and not (repo / CATALOG).exists()
    allowed = akn("publish", crafted, "--to", repo, "--allow-provisional")
    assert allowed.returncode == 0 and allowed.stdout.startswith("new: ")
    assert len(list(repo.rglob("*.xml"))) == 1


def test_invalid_akn_and_files_that_are_not_akn_are_refused_in_one_line(tmp_path, inputs):
    repo = tmp_path / "repo"
    assert akn("publish", inputs["2772"], "--to", repo).returncode == 0
    before = snapshot(repo)
    root = etree.fromstring(inputs["2772"].read_bytes())
    manifestation = root.find(f".//{{{AKN}}}FRBRManifestation")
    manifestation.getparent().remove(manifestation)            # the XSD requires it
    invalid = write(tmp_path / "in2", "invalid.xml", etree.tostring(root))
    done = akn("publish", invalid, "--to", repo)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"error: {invalid}: not valid Akoma Ntoso (")
    for name, data, reason in [("text.xml", b"not xml at all", "not well-formed XML"),
                               ("other.xml", b"<html><body/></html>", "its root element is "
                                                                      "'html'")]:
        bad = write(tmp_path / "in2", name, data)
        done = akn("publish", bad, "--to", repo)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and reason in done.stderr and name in done.stderr
        assert "Traceback" not in done.stderr
    assert snapshot(repo) == before


def test_an_iri_that_would_leave_the_repository_is_refused(tmp_path, inputs):
    repo = tmp_path / "repo"
    data = inputs["2772"].read_bytes().replace(b"S-RES-2772_(2025)", b"..")
    crafted = write(tmp_path / "in2", "escape.xml", data)
    done = akn("publish", crafted, "--to", repo)
    assert done.returncode == 1 and "is not a safe name" in done.stderr
    assert not list(tmp_path.rglob("eng@*.xml"))


def test_two_inputs_with_one_identity_publish_the_first_only(tmp_path, inputs):
    copy = write(tmp_path / "in2", "copy.xml", inputs["2772"].read_bytes())
    done = akn("publish", inputs["2772"], copy, "--to", tmp_path / "repo")
    assert done.returncode == 1
    assert done.stdout.startswith("new: ") and len(done.stdout.splitlines()) == 1
    assert f"{copy}: same Expression IRI as {inputs['2772']}" in done.stderr


def test_a_full_disk_leaves_nothing_half_written(tmp_path, inputs, monkeypatch):
    repo = tmp_path / "repo"
    assert akn("publish", inputs["2772"], "--to", repo).returncode == 0
    before = snapshot(repo)
    changed = write(tmp_path / "in2", "2772.xml", with_source(inputs["2772"].read_bytes(),
                                                              jobNumber="changed"))

    def full_disk(f, data):            # half the bytes reach the disk, then ENOSPC
        f.write(data[: len(data) // 2])
        f.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(folder, "_write", full_disk)
    for document in (changed, inputs["ita-en"]):      # a replacement, then a new Work
        done = CliRunner().invoke(app, ["publish", str(document), "--to", str(repo)])
        assert done.exit_code == 4, done.output
        assert done.output.count("\n") == 1
        assert "no space left on the device" in done.output and "nothing written" in done.output
        assert snapshot(repo) == before
        assert not [p for p in repo.rglob("*") if p.name.endswith(".tmp")]
        assert not (repo / "akn/un/doc").exists()   # the new Work's folders removed too


def test_a_batch_output_folder_publishes_what_its_manifest_lists_and_batch_publishes(tmp_path):
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    for name in ("S_RES_2772_(2025)-EN.pdf", "S_RES_2768_(2025)-EN.pdf"):
        (pdfs / name).symlink_to(corpus_file(f"pdf/{name}"))
    (pdfs / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    out, repo = tmp_path / "out", tmp_path / "repo"
    batch = akn("batch", pdfs, "-o", out, "--workers", 1, "--publish", repo)
    assert batch.returncode == 1            # broken.pdf failed; the two others published
    assert "published: new 2, replaced 0, unchanged 0, refused 0" in batch.stderr
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert sorted(e.get("published") for e in manifest if e["status"] == "ok") == ["new", "new"]
    files = sorted(str(p.relative_to(repo)) for p in repo.rglob("*.xml"))
    dates = [row(s).date for s in ("S/RES/2768 (2025)", "S/RES/2772 (2025)")]
    assert files == [f"akn/un/statement/deliberation/un-sc/{dates[0]}/S-RES-2768_(2025)/"
                     f"eng@{dates[0]}.xml",
                     f"akn/un/statement/deliberation/un-sc/{dates[1]}/S-RES-2772_(2025)/"
                     f"eng@{dates[1]}.xml"]
    # The batch's output folder: its manifest's ok outputs, unchanged in the repository.
    again = akn("publish", out, "--to", repo)
    assert again.returncode == 0
    assert [line.split(":")[0] for line in again.stdout.splitlines()] == ["unchanged"] * 2
    # --resume: the outputs skipped as already converted are published too (unchanged here).
    resumed = akn("batch", pdfs, "-o", out, "--workers", 1, "--resume", "--publish", repo)
    assert "published: new 0, replaced 0, unchanged 2, refused 0" in resumed.stderr
    # A folder with nothing to publish says so.
    empty = akn("publish", tmp_path / "pdfs", "--to", repo)
    assert empty.returncode == 2 and empty.stderr.startswith("error: nothing to publish in ")
