"""Batch conversion of whole archives: ``akn batch`` (see :func:`run_batch`)."""
from __future__ import annotations

import hashlib
import tarfile
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..cli_io import write_atomically
from ..review.files import kept_review, write_beside, write_index
from .inputs import Item, discover
from .limits import Limits, Refused
from .manifest import Manifest
from .progress import Progress
from .task import Result


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)     # documents per type (converted)
    pages: int = 0
    doubtful: int = 0           # documents converted with something inferred, not read
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    interrupted: bool = False
    # --publish: documents new, replaced, unchanged, refused
    published: Counter = field(default_factory=Counter)
    publish_errors: list[str] = field(default_factory=list)   # one line each (refusals, failure)
    publish_failed: bool = False                              # the repository failed: stopped

    @property
    def all_ok(self) -> bool:
        return not self.interrupted and not (self.counts["failed"] or self.counts["invalid"]
                                             or self.published["refused"] or self.publish_failed)


def run_batch(inputs: list[Path], outdir: Path, workers: int = 1, resume: bool = False,
              timeout: float | None = None, engine: str = "local", scheduler: str | None = None,
              markup_date: str | None = None, progress_stream=None,
              limits: Limits = Limits(), ocr: bool = False, publisher=None,
              strict: bool = False, review: bool = False) -> Summary:
    """Convert every document of ``inputs`` into ``outdir``; see the README. With a
    ``publisher`` (converter.publish.Publisher), each valid output is published as it
    comes; a repository failure stops the publishing, not the conversions. ``strict``:
    a document with a doubt (its kind, symbol, date or title inferred, not read) is
    recorded as failed and not written. ``review``: a review page per document and
    ``outdir/index.html`` (see converter/review)."""
    outdir = outdir.resolve()
    manifest = Manifest(outdir, resume)
    summary = Summary()
    started = time.monotonic()
    items = discover(inputs)
    progress = Progress(len(items), progress_stream)
    claimed: dict[str, str] = {}
    by_key: dict[str, tuple[Item, str]] = {}

    def record(item: Item, sha256: str | None, result: Result,
               published: str | None = None) -> None:
        summary.counts[result.status] += 1
        summary.pages += result.pages
        entry = {"path": item.key, "sha256": sha256, **result.as_dict()}
        earlier = manifest.previous(item.key)
        if result.status == "skipped" and earlier:    # what the earlier run found still holds
            entry = {**earlier, "status": "skipped", "error": None, "seconds": 0.0}
            if result.review:                         # made now (--review) or kept
                entry["review"] = result.review
        if item.output and result.status in ("ok", "skipped"):
            entry["output"] = item.output
        summary.doubtful += bool(entry.get("doubts"))
        if entry.get("type"):
            summary.types[entry["type"]] += 1
        if published:
            entry["published"] = published
        manifest.write(entry)
        progress.advance(result.status)

    def jobs():
        for item in items:
            if item.ignored:
                record(item, None, Result("ignored", item.ignored))
                continue
            if item.error or item.output is None:
                record(item, None, Result("failed", item.error or f"{item.key}: unsafe output path"))
                continue
            if item.output in claimed:
                record(item, None, Result("failed", f"{item.key}: its output {item.output} is "
                                          f"already that of {claimed[item.output]}"))
                continue
            claimed[item.output] = item.key
            try:
                data = item.read(limits)
            except Refused as refused:
                record(item, None, Result("failed", str(refused)))
                continue
            except (OSError, KeyError, EOFError, zipfile.BadZipFile, tarfile.TarError,
                    zlib.error) as error:            # a damaged archive member
                reason = getattr(error, "strerror", None) or str(error)
                record(item, None, Result("failed", f"{item.key}: cannot be read ({reason})"))
                continue
            sha256 = hashlib.sha256(data).hexdigest()
            if resume and manifest.is_done(item.key, sha256) and (outdir / item.output).exists():
                skipped = Result("skipped")
                if review:       # an earlier run without --review made no review page
                    skipped.review = kept_review(outdir, item.output, manifest.previous(item.key),
                                                 data)
                # Published too (unchanged when an earlier run published it already).
                record(item, sha256, skipped,
                       publish(item, (outdir / item.output).read_bytes()) if publisher else None)
                continue
            by_key[item.key] = (item, sha256)
            yield item.key, PurePosixPath(item.key.split("!")[-1]).name, data

    def publish(item: Item, xml: bytes) -> str | None:
        """The manifest's "published": new, replaced, unchanged, refused: …, failed: …"""
        nonlocal publisher
        if publisher is None:
            return None
        from ..publish import PublishError, Refused
        try:
            outcome, _ = publisher.publish(xml, item.key)
        except Refused as refused:
            summary.published["refused"] += 1
            summary.publish_errors.append(str(refused))
            return f"refused: {refused}"
        except PublishError as error:
            summary.publish_failed = True
            summary.publish_errors.append(f"{error}; publishing stopped")
            publisher = None
            return f"failed: {error}"
        summary.published[outcome] += 1
        return outcome

    def done(key: str, result: Result, xml: bytes | None) -> None:
        item, sha256 = by_key.pop(key)
        published = None
        if strict and result.status == "ok" and result.doubts:
            result.status, xml = "failed", None
            result.error = (f"{item.key}: in doubt (--strict): the {', the '.join(result.doubts)} "
                            f"inferred, not read")
        if xml is not None:
            write_atomically(outdir / item.output, xml)
            if result.status == "ok":
                published = publish(item, xml)
        write_beside(outdir, item.key, item.output, result, xml is not None)
        record(item, sha256, result, published)

    if engine == "dask":
        from .dask_engine import DaskPool
        pool = DaskPool(workers, timeout, scheduler, markup_date, ocr, review)
    else:
        from .pool import LocalPool
        pool = LocalPool(workers, timeout, markup_date, limits.max_memory_mb, ocr, review=review)
    try:
        pool.run(jobs(), done)
        if review and resume:
            others(manifest, outdir, {item.key for item in items})
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        progress.close()
        manifest.close()
        if review:
            write_index(outdir, list(manifest.entries.values()))
    summary.seconds = time.monotonic() - started
    summary.peak_rss_mb = pool.peak_rss_mb
    return summary


def others(manifest: Manifest, outdir: Path, seen: set[str]) -> None:
    """--resume --review: the documents an earlier run converted that are not among this
    run's inputs get their review page too (from the PDF their sidecar names, else the
    text alone), so that the index links every line of the manifest."""
    for key, entry in list(manifest.entries.items()):
        if key in seen or entry.get("status") not in ("ok", "skipped") or not entry.get("output"):
            continue
        review = kept_review(outdir, entry["output"], entry)
        if review and review != entry.get("review"):
            manifest.write({**entry, "review": review})
