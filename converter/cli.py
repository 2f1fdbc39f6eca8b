"""The ``akn`` command line: a thin layer over :mod:`converter.api`."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer
from lxml import etree

from . import __version__, api, validator
from .errors import EXIT_BAD_INPUT, EXIT_INVALID, ConversionError, InvalidOutput

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Convert UN documents (PDF or PDF-derived text) into Akoma Ntoso 3.0 XML.")


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so that a crash
    never leaves a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def convert(
    input: Path = typer.Argument(..., help="A PDF or a PDF-derived .txt file."),
    output: Optional[str] = typer.Option(None, "-o", "--output",
                                         help="Output XML file; '-' or none: standard output."),
    language: Optional[str] = typer.Option(None, help="ISO 639-2 code (fra, eng…); default: detected."),
    symbol: Optional[str] = typer.Option(None, help="Document symbol, when the input does not print it."),
    date: Optional[str] = typer.Option(None, help="Issuance date YYYY-MM-DD, when the input does not print it."),
    keep_invalid: bool = typer.Option(False, help="Write the output even when it is invalid."),
) -> None:
    """Convert one document. Exit 0 valid, 1 invalid output, 2 unusable input, 3 no text layer."""
    tree, problems = None, []
    try:
        tree = api.convert(input, language=language, symbol=symbol, date=date)
    except InvalidOutput as error:
        tree, problems = error.tree, error.problems
    except ConversionError as error:
        _fail(str(error), error.exit_code)
    except ValueError as error:       # a bad option value, e.g. an unknown language
        _fail(str(error), EXIT_BAD_INPUT)
    warnings = tree.getroot().iterfind(".//{urn:x-un-akn:source}warning")
    for warning in warnings:
        typer.echo(f"warning: {warning.text}", err=True)
    for problem in problems:
        typer.echo(str(problem), err=True)
    invalid = bool(validator.errors(problems))
    if invalid and not keep_invalid:
        _fail(f"{input}: the output is not valid Akoma Ntoso; nothing written "
              "(--keep-invalid writes it anyway)", EXIT_INVALID)
    data = api.to_bytes(tree)
    if output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomically(Path(output), data)
    raise typer.Exit(EXIT_INVALID if invalid else 0)


@app.command()
def validate(
    file: Path = typer.Argument(..., help="An Akoma Ntoso XML file."),
    explain: bool = typer.Option(True, help="Explain XSD errors with element paths (slower)."),
) -> None:
    """Check a file against the AKN 3.0 XSD and the project's invariants.
    Exit 0 valid, 1 invalid, 2 unusable input."""
    try:
        tree = etree.parse(str(file))
    except OSError as error:
        _fail(f"{file}: cannot be read ({error})", EXIT_BAD_INPUT)
    except etree.XMLSyntaxError as error:
        _fail(f"{file}: not well-formed XML: {error}", EXIT_BAD_INPUT)
    problems = validator.validate(tree, explain=explain)
    for problem in problems:
        typer.echo(str(problem))
    errors = validator.errors(problems)
    if errors:
        typer.echo(f"{file}: invalid ({len(errors)} error(s))", err=True)
        raise typer.Exit(EXIT_INVALID)
    typer.echo(f"{file}: valid", err=True)


@app.command()
def version() -> None:
    """Print the converter's version."""
    typer.echo(__version__)


def main() -> None:      # pragma: no cover - entry point for python -m
    app()
