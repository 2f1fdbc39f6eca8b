"""The akn command: outputs, exit codes and one-line errors on bad input."""
import os
import re
import stat
import subprocess
import sys

import pytest
from conftest import ROOT, SAMPLE


def akn(*args, cwd=None, umask=None):
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, preexec_fn=preexec)


def test_convert_to_file_then_validate(tmp_path):
    out = tmp_path / "out.xml"
    run = akn("convert", SAMPLE, "-o", out)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"<?xml")
    assert "warning: no document symbol printed" in run.stderr
    check = akn("validate", out)
    assert check.returncode == 0
    assert check.stdout == f"{out}: valid\n" and check.stderr == ""


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
    # The problems, then the verdict, on one stream: they stay together in a pipe.
    lines = run.stdout.splitlines()
    assert lines[-1] == f"{out}: invalid (2 error(s))" and run.stderr == ""
    assert all(line.startswith("error: line ") for line in lines[:-1])


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
    assert f"{good}: valid" in run.stdout and f"{bad}: invalid" in run.stdout
    assert f"{bad}: error:" in run.stdout
    assert akn("validate", good, bad, broken).returncode == 2
    assert akn("validate", good).returncode == 0


def test_messages_name_the_element_in_plain_words(tmp_path):
    """No namespace URI, no Python repr, no positional path, with or without --no-explain:
    the element's path and eId, and what is wrong."""
    out = tmp_path / "out.xml"
    akn("convert", SAMPLE, "-o", out)
    out.write_text(out.read_text(encoding="utf-8").replace('eId="para_2"', 'eId="para_1"'),
                   encoding="utf-8")
    for options in ((), ("--no-explain",)):
        run = akn("validate", out, *options)
        xsd = [line for line in run.stdout.splitlines() if "[xsd]" in line]
        assert len(xsd) == 1, run.stdout
        assert "/akomaNtoso/statement/mainBody/paragraph[2] (eId para_1)" in xsd[0]
        assert "the eId 'para_1' is used twice" in xsd[0]
        for internal in ("{http", "Xsd", "',)", "/*"):
            assert internal not in run.stdout


def test_problems_of_a_converted_document_have_real_lines(tmp_path):
    """A document invalid as converted: each problem's line is that of its element in
    the file --keep-invalid writes (the document is built in memory: no "line ?")."""
    doubled = tmp_path / "doubled.txt"     # two copies of a draft: footnotes in the body
    doubled.write_text(SAMPLE.read_text(encoding="utf-8") * 2, encoding="utf-8")
    out = tmp_path / "out.xml"
    run = akn("convert", doubled, "-o", out, "--keep-invalid")
    assert run.returncode == 1, run.stderr
    problems = [line for line in run.stderr.splitlines()
                if re.match(r"(error|warning): (line|the document)", line)]
    assert any(line.startswith("error: line") for line in problems), run.stderr
    assert "line ?" not in run.stderr
    written = out.read_text(encoding="utf-8").splitlines()
    for line in problems:
        found = re.match(r"\w+: line (\d+), (/[^\s:]+)", line)
        if line.startswith(("error: the document", "warning: the document")):
            continue                    # about the whole document (words lost): no element
        assert found, line
        tag = found.group(2).rsplit("/", 1)[-1].split("[")[0]
        assert re.match(rf"\s*<{tag}[ >/]", written[int(found.group(1)) - 1]), line


def test_a_text_that_quotes_un_language_is_not_a_un_document(tmp_path):
    """The README quotes a formula and has numbered (Markdown) items: exit 2, one line."""
    run = akn("convert", ROOT / "README.md", "-o", tmp_path / "out.xml")
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("error: ") and "not a UN document" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe draft opens with “L’Assemblée générale,” and then:\n\n"
                     "1. **Décide** is the first verb;\n\n2. `Prie` is the second.\n",
                     encoding="utf-8")
    run = akn("convert", notes)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_outputs_get_the_permissions_of_the_umask(tmp_path, umask, mode):
    out = tmp_path / "out.xml"
    assert akn("convert", SAMPLE, "-o", out, umask=umask).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_help_shows_what_to_type_not_python_types():
    for command in ("convert", "validate", "batch", "review"):
        run = akn(command, "--help")
        assert run.returncode == 0
        for tag in ("<bool>", "<str>", "<path>", "<int>", "<float>", "list[", "{"):
            assert tag not in run.stdout, (command, tag)
    assert "convert [OPTIONS] INPUT " in " ".join(akn("convert", "--help").stdout.split())


def test_the_readme_lists_every_option_and_command():
    """The README's command-line summary is the commands' real options."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = {}          # a command's first line (the summary; examples come later)
    for m in re.finditer(r"^akn (\w+)\b.*$", readme, re.M):
        usage.setdefault(m.group(1), m.group(0))
    for command in ("convert", "validate", "batch", "review", "publish", "version"):
        assert command in usage, command
        help_text = akn(command, "--help").stdout
        short = dict(re.findall(r"(--[a-z][a-z-]+)\s+(-[a-z])\b", help_text))
        for option in set(re.findall(r"--[a-z][a-z-]+", help_text)) - {"--help"}:
            assert re.search(rf"{option}\b|{short.get(option, option)} ", usage[command]), \
                (command, option)
    assert akn("version").stdout.strip() == re.search(
        r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)


def test_the_readme_shows_what_its_first_command_prints_and_writes(tmp_path):
    """The excerpt is from the output of the README's first command (the .txt), and
    the two warnings it prints are the ones the README shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"akn convert (samples/\S+) -o out.xml", readme)
    out = tmp_path / "out.xml"
    run = akn("convert", ROOT / first.group(1), "-o", out)
    assert run.returncode == 0, run.stderr
    shown = [line for line in readme.splitlines() if line.startswith("warning: ")]
    assert shown == run.stderr.splitlines()
    written = out.read_text(encoding="utf-8")
    excerpt = readme.split("```xml", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(excerpt) > 5
    for line in excerpt:
        line = line.strip()
        if not line.startswith("<!--"):
            assert line.split("…")[0] in written, line
