"""The akn command: outputs, exit codes and one-line errors on bad input."""
import subprocess
import sys

import pytest
from conftest import SAMPLE


def akn(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def test_convert_to_file_then_validate(tmp_path):
    out = tmp_path / "out.xml"
    run = akn("convert", SAMPLE, "-o", out)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"<?xml")
    assert "warning: no document symbol printed" in run.stderr
    check = akn("validate", out)
    assert check.returncode == 0
    assert "valid" in check.stderr


def test_convert_to_stdout():
    run = akn("convert", SAMPLE, "-o", "-")
    assert run.returncode == 0
    assert "<akomaNtoso" in run.stdout and run.stdout.count("<paragraph ") == 17


def test_validate_invalid_file(tmp_path):
    out = tmp_path / "out.xml"
    akn("convert", SAMPLE, "-o", out)
    out.write_text(out.read_text(encoding="utf-8").replace('eId="para_2"', 'eId="para_1"'),
                   encoding="utf-8")
    run = akn("validate", out)
    assert run.returncode == 1
    assert "duplicate-eid" in run.stdout and "mainBody/paragraph[2]" in run.stdout


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    ("L’Assemblée générale,\n 1. Décide".encode("latin-1", "replace"), "not UTF-8"),
    (b"\xe9t\xe9 1. D\xe9cide de la chose", "not UTF-8"),
    ("Bonjour tout le monde, ceci est une lettre.\n".encode(), "not a UN"),
    ("Das ist kein Dokument der Vereinten Nationen.\n".encode(), "not a UN"),
])
def test_bad_text_input_one_line_error(tmp_path, content, message):
    path = tmp_path / "in.txt"
    path.write_bytes(content)
    out = tmp_path / "out.xml"
    run = akn("convert", path, "-o", out)
    assert run.returncode == 2
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_missing_file_and_not_xml(tmp_path):
    run = akn("convert", tmp_path / "nope.txt")
    assert run.returncode == 2 and "no such file" in run.stderr
    bad = tmp_path / "bad.xml"
    bad.write_text("<akomaNtoso>", encoding="utf-8")
    run = akn("validate", bad)
    assert run.returncode == 2 and "not well-formed" in run.stderr


def test_unknown_language_option():
    run = akn("convert", SAMPLE, "--language", "xx")
    assert run.returncode == 2 and "unknown language" in run.stderr


def test_markup_date_gives_byte_identical_reruns(tmp_path):
    first, second = tmp_path / "a.xml", tmp_path / "b.xml"
    for out in (first, second):
        assert akn("convert", SAMPLE, "-o", out, "--markup-date", "2026-01-01").returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert b'<FRBRdate date="2026-01-01" name="markup"/>' in first.read_bytes()


def test_a_bad_date_option_is_an_input_error():
    run = akn("convert", SAMPLE, "--date", "2022-13-45")
    assert run.returncode == 2
    assert run.stderr.strip() == "error: the date '2022-13-45' is not a date YYYY-MM-DD"


def test_validate_several_files_exit_with_the_worst(tmp_path):
    good, bad, broken = tmp_path / "good.xml", tmp_path / "bad.xml", tmp_path / "broken.xml"
    akn("convert", SAMPLE, "-o", good)
    bad.write_text(good.read_text(encoding="utf-8").replace('eId="para_2"', 'eId="para_1"'),
                   encoding="utf-8")
    broken.write_text("<akomaNtoso>", encoding="utf-8")
    run = akn("validate", good, bad)
    assert run.returncode == 1
    assert f"{good}: valid" in run.stderr and f"{bad}: invalid" in run.stderr
    assert f"{bad}: error:" in run.stdout
    assert akn("validate", good, bad, broken).returncode == 2
    assert akn("validate", good).returncode == 0
