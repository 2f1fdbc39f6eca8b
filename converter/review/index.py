"""A batch's ``index.html``: one row per manifest line (status, type, symbol, title,
pages, warnings, doubts, seconds), each linking its document's review page; counts per
status and per type at the top; sortable by any column, filterable by status, type and
doubt. The rows are plain HTML (readable without scripts); the script sorts and filters.

Takes the manifest's entries (dicts, as ``manifest.jsonl`` holds them); gives the HTML.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote

ASSETS = Path(__file__).parent / "assets"
STATUSES = ("ok", "skipped", "invalid", "failed")
DOUBTS = ("kind", "symbol", "date", "title")


def index_page(entries: list[dict]) -> bytes:
    e = html.escape
    statuses = Counter(x.get("status") or "?" for x in entries)
    types = Counter(x.get("type") or "no type" for x in entries)
    doubted = sum(bool(x.get("doubts")) for x in entries)
    counts = ['<div id="counts"><b>{n} documents</b>'.format(n=len(entries))]
    counts += [f'<span class="chip s-{e(s)}" data-filter="status" data-value="{e(s)}">'
               f'{e(s)} {statuses[s]}</span>'
               for s in (*STATUSES, *sorted(set(statuses) - set(STATUSES))) if statuses[s]]
    counts.append(f'<span class="chip doubt" data-filter="doubt" data-value="any">'
                  f'with doubts {doubted}</span></div><div id="types">')
    counts += [f'<span class="chip t" data-filter="type" data-value="{e(t)}">{e(t)} {n}</span>'
               for t, n in sorted(types.items(), key=lambda item: (-item[1], item[0]))]
    counts.append("</div>")
    options = {
        "status": "".join(f'<option value="{e(s)}">{e(s)}</option>' for s in statuses),
        "type": "".join(f'<option value="{e(t)}">{e(t)}</option>' for t in sorted(types)),
        "doubt": '<option value="any">any doubt</option><option value="none">no doubt</option>'
                 + "".join(f'<option value="{d}">the {d}</option>' for d in DOUBTS),
    }
    rows = "".join(_row(k, x) for k, x in enumerate(entries, start=1))
    fills = {
        "CSS": (ASSETS / "index.css").read_text(encoding="utf-8"),
        "JS": (ASSETS / "index.js").read_text(encoding="utf-8"),
        "COUNTS": "".join(counts),
        "STATUS": options["status"], "TYPE": options["type"], "DOUBT": options["doubt"],
        "ROWS": rows,
    }
    page = (ASSETS / "index.html").read_text(encoding="utf-8")
    return re.sub(r"@@(\w+)@@", lambda m: fills[m.group(1)], page).encode("utf-8")


def _row(k: int, x: dict) -> str:
    e = html.escape
    status = x.get("status") or "?"
    doubts = x.get("doubts") or []
    warnings = x.get("warnings") or []
    title = x.get("title") or ""
    review = x.get("review")
    path = x.get("path") or ""
    name = path.split("!")[-1].rsplit("/", 1)[-1]
    link = (f'<a href="{e(quote(review))}">{e(name)}</a>' if review else e(name))
    what = e(title) if title else \
        (f'<span class="error">{e(x.get("error") or "")}</span>' if x.get("error") else "")
    return (
        f'<tr data-status="{e(status)}" data-type="{e(x.get("type") or "no type")}" '
        f'data-doubts="{e(" ".join(doubts))}">'
        f'<td data-v="{k}">{k}</td>'
        f'<td class="s-{e(status)}">{e(status)}</td>'
        f'<td>{link}<div class="path">{e(path)}</div></td>'
        f'<td>{e(x.get("type") or "")}</td>'
        f'<td>{e(x.get("symbol") or "")}</td>'
        f'<td>{what}</td>'
        f'<td data-v="{x.get("pages") or 0}">{x.get("pages") or ""}</td>'
        f'<td data-v="{len(warnings)}" title="{e(chr(10).join(warnings))}">'
        f'{len(warnings) or ""}</td>'
        f'<td data-v="{len(doubts)}" class="doubts">{e(", ".join(doubts))}</td>'
        f'<td data-v="{x.get("seconds") or 0}">{float(x.get("seconds") or 0):.1f}</td>'
        "</tr>")
