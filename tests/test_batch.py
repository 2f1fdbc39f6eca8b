"""akn batch: bad input beside good, archives, resume, timeouts, interruption, Dask."""
import io
import json
import os
import signal
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


def manifest(outdir):
    return [json.loads(line) for line in (outdir / "manifest.jsonl").read_text().splitlines()]


def by_name(entries):
    return {e["path"].replace("\\", "/").rsplit("/", 1)[-1]: e for e in entries}


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
    last = by_name(manifest(out)[-3:])
    assert [last[f"d{k}.txt"]["status"] for k in range(3)] == ["skipped", "ok", "skipped"]
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.xml")}
    assert after["d0.xml"] == before["d0.xml"] and after["d1.xml"] != before["d1.xml"]


def test_timeout_stops_a_hanging_parse_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "slow.pdf").write_bytes(slow_pdf())
    (src / "fine.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    started = time.monotonic()
    run = akn("batch", src, "-o", out, "--workers", 1, "--timeout", 1.5)
    assert time.monotonic() - started < 60
    entries = by_name(manifest(out))
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
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lines = (out / "manifest.jsonl").read_text().splitlines() if (out / "manifest.jsonl").exists() else []
        if len(lines) >= 2:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    first = manifest(out)
    assert 2 <= len(first) < 7
    done_before = {e["path"] for e in first if e["status"] == "ok"}
    run = akn("batch", src, "-o", out, "--workers", 2, "--resume")
    second = by_name(manifest(out)[len(first):])
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
    proc = subprocess.Popen([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
            (out / "manifest.jsonl").exists() and (out / "manifest.jsonl").read_text()):
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr
    entries = manifest(out)
    assert [e["status"] for e in entries] == ["ok"]        # what finished, nothing else
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
    entries = by_name(manifest(out))
    assert entries["t.txt"]["status"] == "ok" and entries["p.pdf"]["status"] == "ok"
    assert entries["bad.pdf"]["status"] == "failed"
    assert (out / "x" / "t.xml").exists()
    assert run.returncode == 1
    rerun = akn("batch", src, "-o", out, "--engine", "dask", "--workers", 2, "--resume")
    assert [e["status"] for e in manifest(out)[3:]].count("skipped") == 2
    assert rerun.returncode == 1            # bad.pdf still fails


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
