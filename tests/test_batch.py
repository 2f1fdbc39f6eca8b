"""akn batch: bad input beside good, archives, resume, timeouts, interruption, Dask."""
import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import tarfile
import time
import zipfile

import pytest
from conftest import NS, ROOT, SAMPLE
from lxml import etree
from pdfs import image_only_pdf, minimal_pdf

SAMPLE_PDF = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"
ENCRYPTED = ROOT / "tests" / "data" / "encrypted.pdf"


def akn(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True, **kwargs)


def manifest(outdir, run=None):
    """The manifest's entries; when a run is given, its stderr explains a missing one."""
    path = outdir / "manifest.jsonl"
    assert path.exists(), run.stderr if run else path
    return [json.loads(line) for line in path.read_text().splitlines()]


def wait_for_lines(proc, path, count):
    """Until ``path`` has ``count`` lines or the process ended (no time limit: a slow
    machine is slow; the 10-minute guard only keeps a broken run from hanging)."""
    guard = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < guard:
        if path.exists() and len(path.read_text().splitlines()) >= count:
            return
        time.sleep(0.05)


def by_name(entries):
    return {re.split(r"[/\\!]", e["path"])[-1]: e for e in entries}


def slow_pdf(operations=400_000) -> bytes:
    """A PDF whose one page holds so many text operations that parsing takes long."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * operations + b"ET"
    return minimal_pdf(content, b"/Font << /F1 5 0 R >>", [font])


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    """A folder of good and bad inputs, converted once with 2 workers."""
    base = tmp_path_factory.mktemp("matrix")
    src = base / "in"
    (src / "good" / "deep").mkdir(parents=True)
    (src / "bad").mkdir()
    (src / "good" / "deep" / "draft.txt").write_bytes(SAMPLE.read_bytes())
    (src / "good" / "draft.pdf").write_bytes(SAMPLE_PDF.read_bytes())
    (src / "bad" / "empty.pdf").write_bytes(b"")
    (src / "bad" / "truncated.pdf").write_bytes(SAMPLE_PDF.read_bytes()[:5000])
    (src / "bad" / "encrypted.pdf").write_bytes(ENCRYPTED.read_bytes())
    (src / "bad" / "scan.pdf").write_bytes(image_only_pdf())
    (src / "bad" / "random.pdf").write_bytes(os.urandom(4096))
    (src / "bad" / "latin1.txt").write_bytes(SAMPLE.read_text(encoding="utf-8")
                                            .encode("latin-1", "replace"))
    (src / "bad" / "recipe.txt").write_text("Mix the flour and the eggs, then bake for "
                                           "twenty minutes in a hot oven.\n", encoding="utf-8")
    os.symlink(src / "nowhere.pdf", src / "bad" / "unreadable.pdf")
    out = base / "out"
    run = akn("batch", src, "-o", out, "--workers", 2)
    return src, out, run


def test_matrix_good_files_convert(matrix):
    src, out, run = matrix
    entries = by_name(manifest(out))
    for name, output in (("draft.txt", "good/deep/draft.xml"), ("draft.pdf", "good/draft.xml")):
        assert entries[name]["status"] == "ok", entries[name]
        assert entries[name]["output"] == output
        assert entries[name]["paragraphs"] == 32 and entries[name]["notes"] == 7
        assert (entries[name]["preambular"], entries[name]["operative"]) == (15, 17)
        assert entries[name]["language"] == "fra"
    assert by_name(manifest(out))["draft.pdf"]["symbol"] == "A/C.3/77/L.6"
    assert by_name(manifest(out))["draft.pdf"]["date"] == "2022-10-20"
    # The text prints no symbol: a provisional identity, said in the manifest; the PDF
    # prints A/C.3/77/L.6 on its masthead.
    assert by_name(manifest(out))["draft.txt"]["identity"] == "provisional"
    assert by_name(manifest(out))["draft.pdf"]["identity"] == "printed"
    for output in ("good/deep/draft.xml", "good/draft.xml"):
        tree = etree.parse(str(out / output))
        assert tree.xpath("count(//a:mainBody/a:paragraph)", namespaces=NS) == 17


@pytest.mark.parametrize("name, reason", [
    ("empty.pdf", "empty"),
    ("truncated.pdf", "not a readable PDF"),
    ("encrypted.pdf", "encrypted PDF"),
    ("scan.pdf", "no text layer: page 1 is an image"),
    ("random.pdf", "not a readable PDF"),
    ("latin1.txt", "not UTF-8"),
    ("recipe.txt", "not a UN document"),
    ("unreadable.pdf", "cannot be read"),
])
def test_matrix_bad_files_fail_with_one_line_reason(matrix, name, reason):
    src, out, run = matrix
    entry = by_name(manifest(out))[name]
    assert entry["status"] == "failed"
    assert reason in entry["error"] and "\n" not in entry["error"]
    assert "output" not in entry
    assert not (out / "bad" / name).with_suffix(".xml").exists()


def test_matrix_exit_code_and_summary(matrix):
    src, out, run = matrix
    assert run.returncode == 1
    assert "summary: ok 2" in run.stderr and "failed 8" in run.stderr
    assert len(manifest(out)) == 10
    assert not list(out.rglob("*.tmp"))


def test_archives_mirror_layout_and_refuse_escaping_paths(tmp_path):
    archive = tmp_path / "docs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a/b/doc.txt", SAMPLE.read_bytes())
        zf.writestr("../escape.txt", SAMPLE.read_bytes())
        zf.writestr("/abs/escape2.txt", SAMPLE.read_bytes())
    tgz = tmp_path / "docs.tar.gz"
    with tarfile.open(tgz, "w:gz") as tf:
        data = SAMPLE_PDF.read_bytes()
        info = tarfile.TarInfo("x/y/doc.pdf")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    out = tmp_path / "out"
    run = akn("batch", archive, tgz, "-o", out, "--workers", 1)
    entries = manifest(out)
    statuses = {e["path"].split("!")[-1]: e["status"] for e in entries}
    assert statuses == {"a/b/doc.txt": "ok", "../escape.txt": "failed",
                        "/abs/escape2.txt": "failed", "x/y/doc.pdf": "ok"}
    assert (out / "a" / "b" / "doc.xml").exists() and (out / "x" / "y" / "doc.xml").exists()
    assert not (tmp_path / "escape.xml").exists() and not (out.parent / "escape.xml").exists()
    assert "unsafe path" in next(e["error"] for e in entries if "escape.txt" in e["path"])
    assert run.returncode == 1


def test_resume_skips_what_is_done_and_redoes_what_changed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for k in range(3):
        (src / f"d{k}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    assert akn("batch", src, "-o", out, "--workers", 1).returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.xml")}
    (src / "d1.txt").write_bytes(SAMPLE.read_bytes() + b"\n")       # new content hash
    run = akn("batch", src, "-o", out, "--workers", 1, "--resume")
    assert run.returncode == 0
    entries = manifest(out)
    assert len(entries) == 3                     # one line per input, the latest
    last = by_name(entries)
    assert [last[f"d{k}.txt"]["status"] for k in range(3)] == ["skipped", "ok", "skipped"]
    assert last["d0.txt"]["paragraphs"] == 32 and last["d0.txt"]["output"] == "d0.xml"
    assert "summary: ok 1, skipped (already ok) 2, invalid 0, failed 0" in run.stderr
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.xml")}
    assert after["d0.xml"] == before["d0.xml"] and after["d1.xml"] != before["d1.xml"]


def test_timeout_stops_a_hanging_parse_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "slow.pdf").write_bytes(slow_pdf())
    (src / "fine.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    run = akn("batch", src, "-o", out, "--workers", 1, "--timeout", 1.5)
    entries = by_name(manifest(out, run))
    assert entries["slow.pdf"]["status"] == "failed"
    assert "timed out after 1.5 s" in entries["slow.pdf"]["error"]
    assert entries["fine.txt"]["status"] == "ok"
    assert run.returncode == 1


def test_kill_then_resume_finishes_without_redoing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-slow.pdf").write_bytes(slow_pdf(150_000))
    for k in range(6):
        (src / f"b{k}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    scratch = tmp_path / "tmp"          # where the workers' temporary folders go
    scratch.mkdir()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(scratch)}
    proc = subprocess.Popen([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    wait_for_lines(proc, out / "manifest.jsonl", 2)
    assert len(list(scratch.glob("akn-worker-*"))) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # The workers outlive their coordinator only to end, each removing its folder (one
    # was busy with the slow PDF, which it does not finish for no one).
    guard = time.monotonic() + 600
    while list(scratch.glob("akn-worker-*")) and time.monotonic() < guard:
        time.sleep(0.05)
    assert list(scratch.iterdir()) == []
    first = manifest(out)
    assert 2 <= len(first) < 7
    done_before = {e["path"] for e in first if e["status"] == "ok"}
    run = akn("batch", src, "-o", out, "--workers", 2, "--resume")
    second = by_name(manifest(out, run))
    assert len(second) == 7
    assert {e["path"] for e in second.values() if e["status"] == "skipped"} == done_before
    # The slow file only kept the first run busy: it is no UN document.
    assert second.pop("a-slow.pdf")["status"] == "failed" and run.returncode == 1
    assert all(e["status"] in ("ok", "skipped") for e in second.values())
    assert len(list(out.glob("*.xml"))) == 6


def test_ctrl_c_stops_cleanly(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(SAMPLE.read_bytes())
    for k in range(3):
        (src / f"slow{k}.pdf").write_bytes(slow_pdf(300_000))
    out = tmp_path / "out"
    # Ctrl-C as on a terminal, even when the tests themselves run in the background (a
    # shell starts background jobs with SIGINT ignored, and the child would inherit that).
    proc = subprocess.Popen([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    wait_for_lines(proc, out / "manifest.jsonl", 1)
    time.sleep(0.5)                      # let the worker start on a slow file
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate()
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr
    entries = manifest(out)
    # What finished, nothing else: the text, and not all of the slow files.
    assert entries[0]["status"] == "ok" and entries[0]["path"].endswith("a.txt")
    assert len(entries) < 4 and all(e["status"] == "failed" for e in entries[1:])
    assert not list(out.rglob("*.tmp"))


def test_dask_local_cluster(tmp_path):
    import dask.distributed  # noqa: F401  (a test dependency: a missing one must fail)
    src = tmp_path / "in"
    (src / "x").mkdir(parents=True)
    (src / "x" / "t.txt").write_bytes(SAMPLE.read_bytes())
    (src / "p.pdf").write_bytes(SAMPLE_PDF.read_bytes())
    (src / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    run = akn("batch", src, "-o", out, "--engine", "dask", "--workers", 2)
    statuses = {name: e["status"] for name, e in by_name(manifest(out, run)).items()}
    assert statuses == {"t.txt": "ok", "p.pdf": "ok", "bad.pdf": "failed"}, run.stderr
    assert (out / "x" / "t.xml").exists()
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    rerun = akn("batch", src, "-o", out, "--engine", "dask", "--workers", 2, "--resume")
    statuses = {name: e["status"] for name, e in by_name(manifest(out, rerun)).items()}
    assert statuses == {"t.txt": "skipped", "p.pdf": "skipped", "bad.pdf": "failed"}, rerun.stderr
    assert rerun.returncode == 1, rerun.stderr            # bad.pdf still fails


def test_progress_bar_on_a_terminal_and_lines_elsewhere():
    from converter.batch.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    bar = Progress(3, screen)
    for status in ("ok", "failed", "ok"):
        bar.advance(status)
    bar.close()
    assert "3/3" in screen.getvalue() and "1 failed" in screen.getvalue()

    log = io.StringIO()
    plain = Progress(2, log, interval=0)
    plain.advance("ok")
    plain.advance("invalid")
    assert log.getvalue().splitlines()[-1].startswith("[batch] 2/2 done, 1 failed")


def test_the_samples_folder_converts_both_files_under_distinct_names(tmp_path):
    """samples/ holds doc.txt and doc.pdf: both are converted, each keeping its suffix."""
    out = tmp_path / "out"
    run = akn("batch", ROOT / "samples", "-o", out, "--workers", 1)
    assert run.returncode == 0, run.stderr
    entries = by_name(manifest(out, run))
    stem = SAMPLE.stem
    assert {e["output"] for e in entries.values()} == {f"{stem}.pdf.xml", f"{stem}.txt.xml"}
    for suffix in ("pdf", "txt"):
        entry = entries[f"{stem}.{suffix}"]
        assert entry["status"] == "ok", entry
        tree = etree.parse(str(out / entry["output"]))
        assert tree.xpath("count(//a:mainBody/a:paragraph)", namespaces=NS) == 17


def test_output_names_stay_distinct_and_an_input_given_twice_converts_once(tmp_path):
    from converter.batch.inputs import discover
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "doc.txt").write_text("x", encoding="utf-8")
    (tmp_path / "one" / "doc.pdf").write_bytes(b"%PDF")
    (tmp_path / "one" / "doc.pdf.txt").write_text("x", encoding="utf-8")
    items = discover([tmp_path / "one", tmp_path / "two", tmp_path / "one" / "doc.pdf"])
    outputs = [(i.key.replace(str(tmp_path), ""), i.output) for i in items]
    assert outputs == [("/one/doc.pdf", "doc.pdf.xml"), ("/one/doc.pdf.txt", "doc.pdf.txt.2.xml"),
                       ("/one/doc.txt", "doc.txt.xml"), ("/two/doc.txt", "doc.txt.2.xml")]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600)])
def test_outputs_and_manifest_follow_the_umask(tmp_path, umask, mode):
    src = tmp_path / "in"
    src.mkdir()
    (src / "d.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    run = akn("batch", src, "-o", out, "--workers", 1, preexec_fn=lambda: os.umask(umask))
    assert run.returncode == 0, run.stderr
    assert stat.S_IMODE((out / "d.xml").stat().st_mode) == mode
    assert stat.S_IMODE((out / "manifest.jsonl").stat().st_mode) == mode


def bomb_zip(path, member_mb=5):
    """A zip whose big.pdf is ``member_mb`` MB of zeros (compressed about 1000 to 1)
    beside a real document."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.pdf", b"\0" * (member_mb * 1024 * 1024))
        zf.writestr("draft.txt", SAMPLE.read_bytes())
    return path


def test_an_archive_bomb_is_refused_and_the_batch_goes_on(tmp_path):
    archive = bomb_zip(tmp_path / "bomb.zip")
    out = tmp_path / "out"
    run = akn("batch", archive, "-o", out, "--workers", 1)
    entries = by_name(manifest(out, run))
    assert entries["big.pdf"]["status"] == "failed" and "\n" not in entries["big.pdf"]["error"]
    assert re.search(r"refused: compressed \d+ to 1, more than the limit of 100 to 1",
                     entries["big.pdf"]["error"]), entries["big.pdf"]["error"]
    assert entries["draft.txt"]["status"] == "ok"
    assert run.returncode == 1 and "failed 1" in run.stderr


def test_size_limit_of_an_archive_member_and_of_a_file(tmp_path):
    archive = bomb_zip(tmp_path / "bomb.zip", member_mb=3)
    tgz = tmp_path / "docs.tar.gz"
    with tarfile.open(tgz, "w:gz") as tf:
        data = os.urandom(3 * 1024 * 1024)             # incompressible: only the size limit
        info = tarfile.TarInfo("noise.pdf")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(os.urandom(3 * 1024 * 1024))
    out = tmp_path / "out"
    run = akn("batch", archive, tgz, plain, "-o", out, "--workers", 1,
              "--max-input-mb", 2, "--max-ratio", 100000)
    entries = by_name(manifest(out, run))
    for name in ("big.pdf", "noise.pdf", "plain.pdf"):
        assert entries[name]["status"] == "failed"
        assert "3.0 MB uncompressed, more than the limit of 2 MB" in entries[name]["error"]
    assert entries["draft.txt"]["status"] == "ok"


def test_a_compressed_tar_bomb_is_refused(tmp_path):
    tgz = tmp_path / "bomb.tar.gz"
    with tarfile.open(tgz, "w:gz") as tf:
        data = b"\0" * (5 * 1024 * 1024)
        info = tarfile.TarInfo("big.pdf")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    out = tmp_path / "out"
    run = akn("batch", tgz, "-o", out, "--workers", 1)
    entry = manifest(out, run)[0]
    assert entry["status"] == "failed" and "more than the limit of 100 to 1" in entry["error"]


def test_a_document_past_the_memory_limit_fails_with_that_reason(tmp_path):
    """A worker may not grow past --max-memory-mb: an 8 MB text cannot even be decoded
    within 1 MB; it is recorded as failed and the batch goes on."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-big.txt").write_text("Mots " * (8 * 1024 * 1024 // 5), encoding="utf-8")
    (src / "b-draft.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    run = akn("batch", src, "-o", out, "--workers", 1, "--max-memory-mb", 1)
    entries = by_name(manifest(out, run))
    assert set(entries) == {"a-big.txt", "b-draft.txt"}, run.stderr
    assert entries["a-big.txt"]["status"] == "failed"
    assert entries["a-big.txt"]["error"] == "a-big.txt: needs more than 1 MB of memory"
    assert run.returncode == 1


def test_memory_limit_is_lifted_after_the_conversion():
    from converter.batch.limits import memory_limit
    with pytest.raises(MemoryError):
        with memory_limit(1):
            bytearray(64 * 1024 * 1024)
    assert len(bytearray(64 * 1024 * 1024)) == 64 * 1024 * 1024


def test_a_damaged_archive_member_fails_and_the_batch_goes_on(tmp_path):
    archive = tmp_path / "docs.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", SAMPLE.read_bytes())
        zf.writestr("b.txt", SAMPLE.read_bytes())
    data = bytearray(archive.read_bytes())
    at = data.index(SAMPLE.read_bytes()[:200]) + 100          # inside a.txt's content
    data[at] ^= 0xFF                                            # its CRC no longer matches
    archive.write_bytes(bytes(data))
    out = tmp_path / "out"
    run = akn("batch", archive, "-o", out, "--workers", 1)
    entries = by_name(manifest(out, run))
    assert entries["a.txt"]["status"] == "failed" and "cannot be read" in entries["a.txt"]["error"]
    assert entries["b.txt"]["status"] == "ok" and run.returncode == 1
    assert "Traceback" not in run.stderr


def test_every_archive_member_has_its_manifest_line(tmp_path):
    """Links, devices and FIFOs are never read: named as a document they fail, else they
    are ignored, as is any file that is no document; each says why."""
    archive = tmp_path / "mixed.tar"
    with tarfile.open(archive, "w") as tf:
        for name, data in (("docs/draft.txt", SAMPLE.read_bytes()), ("docs/README.md", b"notes")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        for name, kind in (("docs/link.pdf", tarfile.SYMTYPE), ("docs/hard.txt", tarfile.LNKTYPE),
                           ("docs/fifo.txt", tarfile.FIFOTYPE), ("docs/tty", tarfile.CHRTYPE),
                           ("docs/other-link", tarfile.SYMTYPE)):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "/etc/passwd" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
            tf.addfile(info)
    zipped = tmp_path / "links.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        link = zipfile.ZipInfo("l/doc.pdf")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    out = tmp_path / "out"
    run = akn("batch", archive, zipped, "-o", out, "--workers", 1)
    entries = {e["path"].split("!")[-1]: e for e in manifest(out, run)}
    assert {name: e["status"] for name, e in entries.items()} == {
        "docs/draft.txt": "ok", "docs/README.md": "ignored", "docs/link.pdf": "failed",
        "docs/hard.txt": "failed", "docs/fifo.txt": "failed", "docs/tty": "ignored",
        "docs/other-link": "ignored", "l/doc.pdf": "failed"}
    assert "a symbolic link in archive mixed.tar, not a file: not extracted" in \
        entries["docs/link.pdf"]["error"]
    assert "a FIFO (named pipe)" in entries["docs/fifo.txt"]["error"]
    assert "a character device" in entries["docs/tty"]["error"]
    assert "not a document (.pdf or .txt)" in entries["docs/README.md"]["error"]
    assert "a symbolic link in archive links.zip" in entries["l/doc.pdf"]["error"]
    assert "failed 4, ignored (not documents) 3" in run.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml")) == ["docs/draft.xml"]
