"""The ``akn`` command line: a thin layer over :mod:`converter.api`."""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from lxml import etree

from . import __version__, api, validator
from .batch.limits import Limits
from .cli_io import write_atomically
from .errors import (
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    BadOption,
    ConversionError,
    InvalidOutput,
)
from .extractor.pdf import quiet_pdfminer
from .namespaces import SOURCE_NS
from .serialize import parser
from .timelimit import DEFAULT_TIMEOUT


def _plain_help() -> None:
    """Help that shows what to type, not Python types: recent typer versions print
    ``<bool>``, ``<list[Path]>`` after each option and ``{input}`` in the usage line.
    An option shows its metavar (a flag, nothing); an argument, its name."""
    from typer import core

    def option_type(self, ctx):
        if self.metavar is not None:
            return self.metavar
        return None if self.is_flag else _typer_option_type(self, ctx)

    def argument_usage(self):
        name = self.metavar or self.name.upper()
        return (name if self.required else f"[{name}]") + ("..." if self.nargs != 1 else "")

    if hasattr(core.TyperOption, "display_type_rich"):
        _typer_option_type = core.TyperOption.display_type_rich
        core.TyperOption.display_type_rich = option_type
    if hasattr(core.TyperArgument, "display_type_rich"):
        core.TyperArgument.display_type_rich = lambda self, ctx: None
    if hasattr(core.TyperArgument, "_usage_display_name"):
        core.TyperArgument._usage_display_name = argument_usage


_plain_help()
OCR_HELP = ("Read scanned pages, and pages whose text layer looks wrong, by OCR "
            "(OCRmyPDF and Tesseract).")
app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Convert UN documents (PDF or PDF-derived text) into Akoma Ntoso 3.0 XML.")


@app.callback()
def _setup() -> None:
    quiet_pdfminer()


def _traceback(error: BaseException, debug: bool) -> None:
    """With --debug, the traceback of what failed (the conversion's own, when it ran in
    a child process), before the one-line message."""
    if not debug:
        return
    import traceback
    typer.echo(getattr(error, "debug", "") or "".join(traceback.format_exception(error)),
               err=True, nl=False)


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def convert(
    input: Path = typer.Argument(..., metavar="INPUT", help="A PDF or a PDF-derived .txt file."),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="OUT.xml",
                                         help="Output XML file; '-' or none: standard output."),
    language: Optional[str] = typer.Option(None, metavar="LANG", help="ISO 639-2 code (fra, eng…); default: detected."),
    symbol: Optional[str] = typer.Option(None, metavar="SYMBOL", help="Document symbol, when the input does not print it."),
    date: Optional[str] = typer.Option(None, metavar="DATE", help="Issuance date YYYY-MM-DD, when the input does not print it."),
    keep_invalid: bool = typer.Option(False, "--keep-invalid", help="Write the output even when it is invalid."),
    markup_date: Optional[str] = typer.Option(None, metavar="DATE", help="Date of the markup (YYYY-MM-DD) "
                                              "instead of today: byte-identical reruns."),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, metavar="S", help="Seconds allowed; past "
                                  "them the conversion is stopped (exit 2). 0: no limit."),
    debug: bool = typer.Option(False, "--debug", help="On a failure, also print the "
                               "traceback (for a bug report)."),
) -> None:
    """Convert one document. Exit 0 valid, 1 invalid output, 2 unusable input (or past
    --timeout), 3 no text layer (a scan: use --ocr) or OCR failed."""
    tree, problems = None, []
    if timeout < 0:
        _fail("--timeout must be positive (0: no limit)", EXIT_BAD_INPUT)
    try:
        tree = api.convert(input, language=language, symbol=symbol, date=date,
                           markup_date=markup_date, ocr=ocr, timeout=timeout or None)
    except InvalidOutput as error:
        tree, problems = error.tree, error.problems
    except ConversionError as error:
        _traceback(error, debug)
        _fail(str(error), error.exit_code)
    except BadOption as error:        # a bad option value, e.g. an unknown language
        _fail(str(error), EXIT_BAD_INPUT)
    except Exception as error:        # a bug outside the conversion: still one line
        _traceback(error, debug)
        from .failures import reason
        _fail(f"{input.name}: cannot be converted: {reason(error)}", EXIT_BAD_INPUT)
    warnings = tree.getroot().iterfind(f".//{{{SOURCE_NS}}}warning")
    for warning in warnings:
        typer.echo(f"warning: {warning.text}", err=True)
    # What was inferred rather than read (a missing symbol or date has its warning above).
    for doubt in api.doubts(tree):
        if doubt.about in ("kind", "title"):
            typer.echo(f"doubt: the {doubt.about}: {doubt.why}", err=True)
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
        try:
            write_atomically(Path(output), data)
        except OSError as error:
            _fail(f"{output}: cannot be written ({error.strerror or error})", EXIT_BAD_INPUT)
        # Where each element was printed, beside it (OUT.layout.json; PDF input only).
        from .review.layout import of, write_beside
        write_beside(Path(output), of(tree, str(input.resolve())))
    raise typer.Exit(EXIT_INVALID if invalid else EXIT_OK)


@app.command()
def review(
    input: Path = typer.Argument(..., metavar="INPUT.pdf|OUT.xml", help="A PDF or .txt to "
                                 "convert and review, or an output (OUT.xml, with its "
                                 "OUT.layout.json beside it)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="review.html",
                                          help="The review page (default: OUT.review.html "
                                          "beside an output, NAME.review.html here for an input)."),
    pdf: Optional[Path] = typer.Option(None, "--pdf", metavar="INPUT.pdf", help="With OUT.xml: "
                                       "the PDF it was converted from (default: the one its "
                                       "layout names)."),
    language: Optional[str] = typer.Option(None, metavar="LANG", help="ISO 639-2 code (fra, eng…); default: detected."),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
) -> None:
    """Make one self-contained HTML page to check a conversion by looking: each page as
    printed with the boxes of the elements drawn over it, the AKN beside it, doubts and
    warnings where they are. Exit 0 written, 2 unusable input, 3 no text layer."""
    from .review import files
    if not input.is_file():
        _fail(f"{input}: no such file", EXIT_BAD_INPUT)
    try:
        if files.is_akn(input):
            page = files.review_output(input, pdf)
        else:
            page = files.review_input(input, ocr=ocr, language=language)
    except files.ReviewError as error:
        _fail(str(error), EXIT_BAD_INPUT)
    except ConversionError as error:
        _fail(str(error), error.exit_code)
    except ValueError as error:       # a bad option value, e.g. an unknown language
        _fail(str(error), EXIT_BAD_INPUT)
    path = files.write_review(page, output or files.default_output(input))
    typer.echo(f"{path}: review page written ({len(page) / 1e6:.1f} MB)", err=True)
    raise typer.Exit(EXIT_OK)


@app.command()
def validate(
    files: list[Path] = typer.Argument(..., metavar="FILE.xml", help="Akoma Ntoso XML files."),
    explain: bool = typer.Option(True, " /--no-explain", help="Report XSD errors as libxml2 words them, without "
                               "xmlschema's explanation (faster)."),
) -> None:
    """Check files against the AKN 3.0 XSD and the project's invariants.
    Exit 0 all valid, 1 some invalid, 2 some unusable."""
    worst = 0
    for file in files:
        try:
            tree = etree.parse(str(file), parser())
        except OSError as error:
            typer.echo(f"error: {file}: cannot be read ({error})", err=True)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        except etree.XMLSyntaxError as error:
            typer.echo(f"error: {file}: not well-formed XML: {error}", err=True)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        problems = validator.validate(tree, explain=explain)
        for problem in problems:
            typer.echo(f"{file}: {problem}" if len(files) > 1 else str(problem))
        errors = validator.errors(problems)
        # The verdict follows the problems on the same stream, so that they stay together.
        if errors:
            typer.echo(f"{file}: invalid ({len(errors)} error(s))")
            worst = max(worst, EXIT_INVALID)
        else:
            typer.echo(f"{file}: valid")
    raise typer.Exit(worst)


@app.command()
def batch(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="Files, folders, .zip or .tar(.gz) archives."),
    output: Path = typer.Option(..., "-o", "--output", metavar="OUTDIR", help="Output folder."),
    workers: int = typer.Option(os.cpu_count() or 1, metavar="N", help="Parallel conversions."),
    resume: bool = typer.Option(False, "--resume", help="Skip inputs the manifest already has as ok."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, metavar="S", help="Seconds allowed per "
                                  "document; past them it is stopped and fails. 0: no limit."),
    engine: str = typer.Option("local", metavar="local|dask", help="local (processes) or dask."),
    scheduler: Optional[str] = typer.Option(None, metavar="ADDRESS", help="Dask scheduler address (engine dask); "
                                            "none: a local Dask cluster."),
    markup_date: Optional[str] = typer.Option(None, metavar="DATE", help="Date of the markup (YYYY-MM-DD) "
                                              "instead of today: byte-identical reruns."),
    max_input_mb: float = typer.Option(Limits.max_input_mb, metavar="MB", help="Refuse a document "
                                       "larger than this (MB, uncompressed)."),
    max_ratio: float = typer.Option(Limits.max_ratio, metavar="R", help="Refuse an archive member "
                                    "compressed more than this many to one."),
    max_memory_mb: int = typer.Option(Limits.max_memory_mb, metavar="MB", help="Memory a worker "
                                      "process may use (MB; local engine; 0: no limit)."),
    ocr: bool = typer.Option(False, "--ocr", help=OCR_HELP),
    publish: Optional[str] = typer.Option(None, "--publish", metavar="DEST", help="Also publish "
                                          "each valid output to DEST (a folder or "
                                          "basex://…, as akn publish)."),
    allow_provisional: bool = typer.Option(False, "--allow-provisional", help="With --publish: "
                                           "publish documents whose identity is provisional."),
    strict: bool = typer.Option(False, "--strict", help="Fail (and do not write) a document "
                                "whose kind, symbol, date or title was inferred, not read."),
    review: bool = typer.Option(False, "--review", help="Also a review page per document "
                                "(OUT.review.html) and OUTDIR/index.html listing them."),
) -> None:
    """Convert many documents; OUTDIR/manifest.jsonl records each. Exit 0 only when all are ok
    (and, with --publish, all published)."""
    from .batch import run_batch
    if engine not in ("local", "dask"):
        _fail(f"unknown engine {engine!r}: local or dask", EXIT_BAD_INPUT)
    if markup_date is not None:
        try:
            dt.date.fromisoformat(markup_date)
        except ValueError:
            _fail(f"the markup date {markup_date!r} is not a date YYYY-MM-DD", EXIT_BAD_INPUT)
    if timeout < 0:
        _fail("--timeout must be positive (0: no limit)", EXIT_BAD_INPUT)
    if max_input_mb <= 0 or max_ratio < 1 or max_memory_mb < 0:
        _fail("the limits must be positive (and --max-ratio at least 1)", EXIT_BAD_INPUT)
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        _fail(f"no such input: {', '.join(missing)}", EXIT_BAD_INPUT)
    limits = Limits(max_input_mb, max_ratio, max_memory_mb or None)
    publisher = _publisher(publish, allow_provisional) if publish else None
    try:
        summary = run_batch(inputs, output, workers=workers, resume=resume, timeout=timeout or None,
                            engine=engine, scheduler=scheduler, markup_date=markup_date,
                            limits=limits, ocr=ocr, publisher=publisher, strict=strict,
                            review=review)
    finally:
        if publisher is not None:
            _close(publisher)
    _print_summary(summary)
    if publisher is not None:
        for line in summary.publish_errors:
            typer.echo(f"error: {line}", err=True)
        p = summary.published
        typer.echo(f"published: new {p['new']}, replaced {p['replaced']}, unchanged "
                   f"{p['unchanged']}, refused {p['refused']}", err=True)
    if summary.interrupted:
        typer.echo("interrupted: the manifest lists what finished; rerun with --resume", err=True)
        raise typer.Exit(130)
    if summary.publish_failed:
        from .publish import EXIT_REPOSITORY
        raise typer.Exit(EXIT_REPOSITORY)
    raise typer.Exit(EXIT_OK if summary.all_ok else EXIT_INVALID)


def _print_summary(summary) -> None:
    c = summary.counts
    rows = [("ok", c["ok"]), ("skipped (already ok)", c["skipped"]), ("invalid", c["invalid"]),
            ("failed", c["failed"])] + \
        [("ignored (not documents)", c["ignored"])] * bool(c["ignored"]) + \
        [("with doubts", summary.doubtful), ("pages", summary.pages),
         ("seconds", f"{summary.seconds:.1f}")]
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.table import Table
        table = Table(title="akn batch")
        table.add_column("")
        table.add_column("", justify="right")
        for name, value in rows:
            table.add_row(name, str(value))
        Console(file=sys.stderr).print(table)
        if summary.types:
            typer.echo("types: " + _types(summary), err=True)
    else:
        line = "summary: " + ", ".join(f"{name} {value}" for name, value in rows)
        typer.echo(line + (f"; types: {_types(summary)}" if summary.types else ""), err=True)


def _types(summary) -> str:
    """Documents per type, most frequent first: "statement/resolution 40, doc/report 12"."""
    return ", ".join(f"{t} {n}" for t, n in sorted(summary.types.items(),
                                                     key=lambda item: (-item[1], item[0])))


@app.command()
def compare(
    a: Path = typer.Argument(..., metavar="A.xml", help="An Akoma Ntoso file (one language version)."),
    b: Path = typer.Argument(..., metavar="B.xml", help="Another (another language version)."),
) -> None:
    """Compare two language versions: same Work or not, and their structural
    differences by eId (paragraphs, notes, headings missing in A or extra in A).
    Exit 0 same Work and same structure, 1 they differ, 2 an input is unusable."""
    from .compare import CompareError, compare as compare_files
    try:
        result = compare_files(a, b)
    except CompareError as error:
        _fail(str(error), EXIT_BAD_INPUT)
    for line in result.report():
        typer.echo(line)
    raise typer.Exit(EXIT_OK if result.same_work and result.same_structure else EXIT_INVALID)


@app.command()
def publish(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="AKN files, or an akn batch "
                                        "output folder (its manifest says which files)."),
    to: str = typer.Option(..., "--to", metavar="DEST", help="A folder, or "
                           "basex://USER@HOST:PORT/DB (password: AKN_BASEX_PASSWORD or a prompt)."),
    allow_provisional: bool = typer.Option(False, "--allow-provisional", help="Publish documents "
                                           "whose identity is provisional (no printed symbol)."),
) -> None:
    """Store documents in a repository under their FRBR IRIs, with a catalog. Exit 0 all
    stored, 1 some refused (invalid, provisional), 2 some not AKN, 4 the repository failed."""
    from .publish import Publisher, PublishError, EXIT_REPOSITORY, open_repository
    from .publish.inputs import expand
    from .publish.run import publish_files
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        _fail(f"no such input: {', '.join(missing)}", EXIT_BAD_INPUT)
    files = expand(inputs)
    if not files:
        _fail(f"nothing to publish in {', '.join(map(str, inputs))} (no .xml file, or a "
              "manifest with no converted document)", EXIT_BAD_INPUT)
    try:
        repository = open_repository(to, password=_basex_password)
    except PublishError as error:
        _fail(str(error), EXIT_REPOSITORY)
    publisher = Publisher(repository, allow_provisional)
    try:
        code = publish_files(files, publisher, typer.echo,
                             lambda line: typer.echo(line, err=True))
    finally:
        _close(publisher)
    raise typer.Exit(code)


def _close(publisher) -> None:
    """Close the repository (the folder's catalog is rewritten in order then)."""
    from .publish import EXIT_REPOSITORY, PublishError
    try:
        publisher.close()
    except PublishError as error:
        _fail(str(error), EXIT_REPOSITORY)


def _publisher(dest: str, allow_provisional: bool):
    """The publisher of --publish DEST, opened before any conversion: a repository that
    cannot be used stops the command at once."""
    from .publish import EXIT_REPOSITORY, Publisher, PublishError, open_repository
    try:
        # The batch has just validated each output it publishes: not twice.
        return Publisher(open_repository(dest, password=_basex_password), allow_provisional,
                         validate=False)
    except PublishError as error:
        _fail(str(error), EXIT_REPOSITORY)


def _basex_password() -> str:
    """The BaseX password, asked without echo (never a command-line option)."""
    if not sys.stdin.isatty():
        from .publish.basex import PASSWORD_VARIABLE
        from .publish.errors import EXIT_REPOSITORY
        _fail(f"no BaseX password: set {PASSWORD_VARIABLE}", EXIT_REPOSITORY)
    return typer.prompt("BaseX password", hide_input=True)


@app.command()
def version() -> None:
    """Print the converter's version."""
    typer.echo(__version__)


def main() -> None:      # pragma: no cover - entry point for python -m
    app()
