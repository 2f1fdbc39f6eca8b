"""akn publish into a real BaseX server (issue 12), started on loopback for the session
with its own home in a temporary folder: the corpus' conversions and the sample are
published, queried with the README's queries (converter/publish/queries), republished
(replace, not duplicate); an unreachable server and wrong credentials fail in one line.
Expected answers come from the corpus tables (read from the PDFs) and pdftotext."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import basex_server
import pytest
from conftest import ROOT
from corpus.resolutions import RESOLUTIONS
from test_publish import (ITA_EN, ITA_RU, SAMPLE_SYMBOL, akn, corpus_xml, provisional_xml,
                          sample_xml, write)

from converter.publish.basex import PASSWORD_VARIABLE, catalog, connect, parse_url, query_text, run

SC_2025 = [r for r in RESOLUTIONS if r.symbol.startswith("S/RES/") and r.date.startswith("2025")]
# pdftotext: the footnote "* A/80/50." at the agenda item of each of these three notes verbales;
# A/80/44 and the resolutions cite it nowhere.
CITING_A_80_50 = ["pdf/A_80_66-EN.pdf", "pdf/A_80_67-EN.pdf", "pdf/A_80_97-EN.pdf"]
OTHERS = ["pdf/A_80_44-EN.pdf"]
DB = "akn"


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    started = basex_server.start(tmp_path_factory.mktemp("basex-home"))
    yield started
    started.stop()


@pytest.fixture(scope="module")
def published(server, tmp_path_factory):
    """The corpus' conversions and the sample, published with akn publish: its result."""
    folder = tmp_path_factory.mktemp("publish-in")
    files = [write(folder, r.file.split("/")[-1] + ".xml", corpus_xml(r.file)) for r in SC_2025]
    files += [write(folder, f.split("/")[-1] + ".xml", corpus_xml(f))
              for f in CITING_A_80_50 + OTHERS + [ITA_EN, ITA_RU]]
    files.append(write(folder, "sample.xml", sample_xml()))
    done = akn("publish", *files, "--to", server.url(DB),
               **{PASSWORD_VARIABLE: server.password})
    return files, done


@pytest.fixture
def session(server):
    s = connect(parse_url(server.url(DB)), server.password)
    yield s
    s.close()


def lines(session, query: str, **variables) -> list[str]:
    result = run(session, query_text(query), db=DB, **variables)
    return result.splitlines() if result else []


def test_every_document_is_stored_under_its_iri_path_with_its_catalog_entry(published, session):
    files, done = published
    assert done.returncode == 0, done.stderr
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == ["new"] * len(files)
    paths = run(session, "declare variable $db external; "
                "string-join(db:list($db)[. != 'catalog.xml'], '&#10;')", db=DB).splitlines()
    assert len(paths) == len(files)
    res = SC_2025[0]
    number = res.symbol.replace("/", "-").replace(" ", "_")
    assert (f"akn/un/statement/deliberation/un-sc/{res.date}/{number}/eng@{res.date}.xml"
            in paths)
    entries = catalog(session, DB)
    assert sorted(e["path"] for e in entries) == sorted(paths)
    sample = next(e for e in entries if e["symbol"] == SAMPLE_SYMBOL)
    assert (sample["language"], sample["type"]) == ("fra", "statement/resolutionDraft")


def test_query_security_council_resolutions_of_a_year_with_operative_counts(published, session):
    assert published[1].returncode == 0
    expected = [f"{r.symbol}\t{r.operative}" for r in sorted(SC_2025, key=lambda r: r.date)]
    assert lines(session, "sc-resolutions.xq", year="2025") == expected
    assert lines(session, "sc-resolutions.xq", year="2024") == []


def test_query_documents_whose_notes_cite_a_symbol(published, session):
    assert published[1].returncode == 0
    found = lines(session, "notes-citing.xq", symbol="A/80/50")
    symbols = [line.split("\t")[0] for line in found]
    assert sorted(symbols) == ["A/80/66", "A/80/67", "A/80/97"]
    assert all(line.split("\t")[2] == "1" for line in found)
    assert lines(session, "notes-citing.xq", symbol="A/80/5") == []     # a whole symbol only


def test_query_paragraph_n_of_a_symbol_in_every_language(published, session):
    assert published[1].returncode == 0
    found = lines(session, "paragraph.xq", symbol="A/HRC/WG.6/34/ITA/3", n="1")
    assert [line.split("\t")[0] for line in found] == ["eng", "rus"]
    english, russian = (line.split("\t")[1] for line in found)
    # pdftotext of each language version, paragraph 1.
    assert english.startswith("The present report was prepared pursuant to Human Rights "
                              "Council resolutions 5/1 and 16/21, taking into consideration")
    assert english.endswith("presented in a summarized manner owing to word-limit constraints.")
    assert russian.startswith("Настоящий доклад был подготовлен во исполнение резолюций 5/1 и "
                              "16/21 Совета по правам человека")
    assert russian.endswith("в связи с ограничениями в отношении объема документов.")
    # The sample (French only): operative paragraph 1 as its text prints it.
    found = lines(session, "paragraph.xq", symbol=SAMPLE_SYMBOL, n="1")
    assert len(found) == 1 and found[0].startswith("fra\tRéaffirme que l’un des buts de "
                                                   "l’Organisation des Nations Unies")
    assert "grâce, notamment, à la coopération internationale" in found[0]


def test_publishing_again_replaces_without_duplicating(published, server, session, tmp_path):
    files, done = published
    assert done.returncode == 0
    count = "declare variable $db external; count(db:open($db)/*)"
    before = run(session, count, db=DB)
    again = akn("publish", *files[:2], "--to", server.url(DB),
                **{PASSWORD_VARIABLE: server.password})
    assert [line.split(":")[0] for line in again.stdout.splitlines()] == ["unchanged"] * 2
    changed = write(tmp_path, "sample.xml", sample_xml("2026-11-26"))
    third = akn("publish", changed, "--to", server.url(DB), **{PASSWORD_VARIABLE: server.password})
    assert third.returncode == 0 and third.stdout.startswith("replaced: "), third.stderr
    assert run(session, count, db=DB) == before
    entry = next(e for e in catalog(session, DB) if e["symbol"] == SAMPLE_SYMBOL)
    assert entry["sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()
    markup = run(session, "declare namespace a = 'http://docs.oasis-open.org/legaldocml/ns/akn/"
                 "3.0'; declare variable $db external; declare variable $p external; "
                 "string(db:open($db, $p)//a:FRBRManifestation/a:FRBRdate/@date)", db=DB,
                 p=entry["path"])
    assert markup == "2026-11-26"


def test_a_provisional_identity_is_refused(server, tmp_path):
    crafted = write(tmp_path, "provisional.xml", provisional_xml())
    done = akn("publish", crafted, "--to", server.url("akn-provisional"),
               **{PASSWORD_VARIABLE: server.password})
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "provisional identity" in done.stderr


def test_wrong_credentials_and_an_unreachable_server_fail_in_one_line(server, tmp_path):
    document = write(tmp_path, "sample.xml", sample_xml())
    wrong = akn("publish", document, "--to", server.url("akn-wrong"),
                **{PASSWORD_VARIABLE: "not-the-password"})
    assert wrong.returncode == 4 and wrong.stdout == ""
    assert wrong.stderr == (f"error: BaseX at 127.0.0.1:{server.port} refused user 'admin': "
                            "wrong user name or password\n")
    port = basex_server.free_port()           # nobody listens there
    gone = akn("publish", document, "--to", f"basex://admin@127.0.0.1:{port}/akn",
               **{PASSWORD_VARIABLE: server.password})
    assert gone.returncode == 4 and gone.stderr.count("\n") == 1
    assert gone.stderr.startswith(f"error: cannot reach BaseX at 127.0.0.1:{port} (")
    # Nothing was written: no database made by the refused user.
    s = connect(parse_url(server.url(DB)), server.password)
    try:
        assert run(s, "db:exists('akn-wrong')") == "false"
    finally:
        s.close()


def test_the_password_is_never_an_option_and_is_required(server, tmp_path):
    document = write(tmp_path, "sample.xml", sample_xml())
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_VARIABLE}
    done = subprocess.run([sys.executable, "-m", "converter", "publish", str(document), "--to",
                           server.url(DB)], capture_output=True, text=True, cwd=ROOT,
                          stdin=subprocess.DEVNULL, env={**env, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 4
    assert done.stderr == f"error: no BaseX password: set {PASSWORD_VARIABLE}\n"
    bad = akn("publish", document, "--to", "basex://admin@127.0.0.1/akn",
              **{PASSWORD_VARIABLE: server.password})
    assert bad.returncode == 4 and "not a BaseX address basex://USER@HOST:PORT/DB" in bad.stderr


def test_the_readme_shows_the_queries_and_their_answers(published, session):
    """The README's answers are what the queries return, and its query is the file's."""
    assert published[1].returncode == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = {line.strip() for line in readme.splitlines()}
    answers = (lines(session, "sc-resolutions.xq", year="2025")
               + lines(session, "notes-citing.xq", symbol="A/80/50")
               + lines(session, "paragraph.xq", symbol="A/HRC/WG.6/34/ITA/3", n="1"))
    assert len(answers) == len(SC_2025) + 3 + 2
    assert [a for a in answers if a not in shown] == []
    block = readme.split("```xquery\n", 1)[1].split("```", 1)[0]
    query = query_text("sc-resolutions.xq")
    # (stripped: the README indents the block inside its list)
    assert [line for line in block.splitlines() if line.strip() not in query] == []
    for name in ("sc-resolutions.xq", "notes-citing.xq", "paragraph.xq"):
        assert f"`{name}`" in readme
