// The review page: boxes drawn over the page images from the embedded layout, linked
// both ways with the AKN pane; doubts and warnings flagged where they are; keys.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("data").textContent);
  const ROLES = {
    preface: "preface, cover", preamble: "preamble", operative: "operative",
    paragraph: "paragraph", heading: "heading", note: "note", call: "note call",
    table: "table", figure: "figure", signature: "signature, conclusions",
    dropped: "dropped (furniture)",
  };
  const pagesPane = document.getElementById("pages");
  const aknPane = document.getElementById("akn");
  const info = document.getElementById("info");
  const sizes = {};
  data.pages.forEach((p) => { sizes[p.number] = p; });
  const elements = new Map();      // ref -> layout record
  const boxes = new Map();         // ref -> [box div]
  const spans = new Map();         // ref -> span.e of the AKN pane
  document.querySelectorAll("#xml .e[data-ref]").forEach((s) => spans.set(s.dataset.ref, s));

  // -- boxes ----------------------------------------------------------------------
  function sheet(n) {
    const page = document.getElementById("page-" + n);
    return page ? page.querySelector(".sheet") : null;
  }
  function place(div, box) {
    const p = sizes[box[0]];
    div.style.left = (box[1] / p.width * 100) + "%";
    div.style.top = ((p.height - box[4]) / p.height * 100) + "%";
    div.style.width = (Math.max(box[3] - box[1], 1) / p.width * 100) + "%";
    div.style.height = (Math.max(box[4] - box[2], 1) / p.height * 100) + "%";
  }
  const area = (b) => (b[3] - b[1]) * (b[4] - b[2]);
  const drawn = [];
  data.elements.forEach((e) => {
    elements.set(e.ref, e);
    e.boxes.forEach((b) => drawn.push([e, b]));
  });
  data.dropped.forEach((d) => drawn.push([{ role: "dropped", text: d.text }, d.box]));
  drawn.sort((a, b) => area(b[1]) - area(a[1]));      // the smaller on top: cells over tables
  const present = new Set();
  for (const [e, box] of drawn) {
    const s = sheet(box[0]);
    if (!s || !sizes[box[0]]) continue;
    const div = document.createElement("div");
    div.className = "b r-" + e.role + (e.role === "call" ? " call" : "") +
      (e.role === "dropped" ? " dropped" : "") + (sizes[box[0]].ocr ? " ocr" : "");
    div.style.setProperty("--c", "var(--" + e.role + ")");
    place(div, box);
    if (e.ref) {
      div.dataset.ref = e.ref;
      div.title = e.ref + " (" + e.role + ")";
      if (!boxes.has(e.ref)) boxes.set(e.ref, []);
      boxes.get(e.ref).push(div);
    } else {
      div.dataset.dropped = e.text;
      div.title = "dropped: " + e.text;
    }
    present.add(e.role);
    s.appendChild(div);
  }

  // -- legend: a role's boxes shown or hidden -----------------------------------------
  const legend = document.getElementById("legend");
  Object.keys(ROLES).filter((r) => present.has(r)).forEach((role) => {
    const item = document.createElement("span");
    item.innerHTML = '<i style="border-color:var(--' + role + ')"></i>' + ROLES[role];
    item.dataset.role = role;
    item.title = "show or hide the " + ROLES[role] + " boxes";
    item.addEventListener("click", () => {
      item.classList.toggle("off");
      document.querySelectorAll(".b.r-" + role).forEach((b) => b.classList.toggle("hidden"));
    });
    legend.appendChild(item);
  });


  // -- selection --------------------------------------------------------------------
  function clear() {
    document.querySelectorAll(".sel").forEach((x) => x.classList.remove("sel"));
    delete document.body.dataset.selected;
  }
  function pathOf(span) {                 // the element's path, from the AKN pane's spans
    const parts = [];
    for (let s = span; s && s.classList.contains("e"); s = s.parentElement.closest(".e")) {
      const parent = s.parentElement.closest(".e");
      let name = s.dataset.t;
      if (parent) {
        const same = [...parent.querySelectorAll(":scope > .e, :scope > details > .e")]
          .filter((x) => x.dataset.t === s.dataset.t);
        if (same.length > 1) name += "[" + (same.indexOf(s) + 1) + "]";
      }
      parts.unshift(name);
    }
    return "/" + parts.join("/");
  }
  function esc(text) {
    const d = document.createElement("div");
    d.textContent = text;
    return d.innerHTML;
  }
  function show(span, refs) {
    const e = span.dataset.box ? elements.get(span.dataset.ref) : null;
    const role = e ? e.role : (refs.length ? "several" : "none");
    const pages = [...new Set(refs.flatMap((r) => (elements.get(r) || { boxes: [] }).boxes.map((b) => b[0])))];
    const eid = span.dataset.ref && !span.dataset.ref.includes("/") ? span.dataset.ref : "";
    info.dataset.ref = span.dataset.ref || "";
    info.innerHTML =
      (e ? '<span class="role" style="--c:var(--' + role + ')">' + esc(role) + "</span> " : "") +
      "<b>&lt;" + esc(span.dataset.t) + "&gt;</b> " +
      (eid ? "eId <code>" + esc(eid) + "</code> " : (span.dataset.ref ? "<code>" + esc(span.dataset.ref) + "</code> " : "")) +
      "path <code>" + esc(e ? e.path : pathOf(span)) + "</code>" +
      (pages.length ? " · page " + pages.join(", ") : data.pages.length ? " · no box: not placed on a page" : "") +
      (!e && refs.length ? " · " + refs.length + " box(es) of the part(s) in or around it" : "");
  }
  // An element of the AKN pane: its boxes (or those of the parts inside it) lit.
  function boxedIn(span) {
    return span.dataset.box ? [span.dataset.ref]
      : [...span.querySelectorAll(".e[data-box]")].map((s) => s.dataset.ref);
  }
  function selectSpan(span, scrollPage) {
    clear();
    span.classList.add("sel");
    let refs = boxedIn(span);
    // A part printed within another's box (a paragraph's number): the box around it.
    for (let up = span.parentElement.closest(".e"); !refs.length && up; up = up.parentElement.closest(".e")) {
      refs = boxedIn(up);
    }
    const lit = refs.flatMap((r) => boxes.get(r) || []);
    lit.forEach((b) => b.classList.add("sel"));
    document.body.dataset.selected = span.dataset.ref || "";
    show(span, refs);
    if (scrollPage && lit.length) lit[0].scrollIntoView({ block: "center" });
  }
  // A box: its element selected in the AKN pane, scrolled into view.
  function selectRef(ref, scrollPage) {
    const span = spans.get(ref);
    if (!span) return;
    const fold = span.closest("details");
    if (fold) fold.open = true;
    selectSpan(span, scrollPage);
    span.scrollIntoView({ block: "center" });
  }
  pagesPane.addEventListener("click", (ev) => {
    const flag = ev.target.closest(".flag");
    if (flag) { gotoIssue(0, Number(flag.dataset.issue)); return; }
    const box = ev.target.closest(".b");
    if (!box) return;
    if (box.dataset.ref) { selectRef(box.dataset.ref, false); return; }
    clear();
    box.classList.add("sel");
    info.dataset.ref = "";
    info.innerHTML = '<span class="role" style="--c:var(--dropped)">dropped</span> ' +
      esc(box.dataset.dropped) + " · page furniture (running header, footer, job number): not in the AKN";
  });
  document.getElementById("xml").addEventListener("click", (ev) => {
    if (ev.target.closest("summary")) return;
    const span = ev.target.closest(".e");
    if (span) selectSpan(span, true);
  });

  // -- doubts and warnings, where they are -------------------------------------------
  const list = document.getElementById("issues");
  const title = document.getElementById("issues-title");
  const counts = { doubt: 0, warning: 0, error: 0 };
  const flags = [];
  data.issues.forEach((issue, k) => {
    counts[issue.kind] = (counts[issue.kind] || 0) + 1;
    const li = document.createElement("li");
    li.className = "issue " + issue.kind;
    li.dataset.issue = k;
    li.innerHTML = '<span class="k">' + esc(issue.kind) + "</span>" + esc(issue.text) +
      (issue.whole ? ' <span class="where">(the whole document)</span>'
        : issue.page ? ' <span class="where">(page ' + issue.page +
          (issue.ref ? ", " + esc(issue.ref) : "") + ")</span>" : "");
    li.addEventListener("click", () => gotoIssue(0, k));
    list.appendChild(li);
    const s = issue.page ? sheet(issue.page) : null;
    if (!s) return;
    const flag = document.createElement("div");
    flag.className = "flag " + issue.kind;
    flag.dataset.issue = k;
    flag.textContent = k + 1;
    flag.title = issue.kind + ": " + issue.text;
    const e = issue.ref ? elements.get(issue.ref) : null;
    const box = e ? e.boxes.find((b) => b[0] === issue.page) || e.boxes[0] : null;
    if (box && sizes[box[0]]) {
      const p = sizes[box[0]];
      flag.style.top = ((p.height - box[4]) / p.height * 100) + "%";
      flag.style.left = Math.max(0, box[1] / p.width * 100 - 3.2) + "%";
      (boxes.get(issue.ref) || []).forEach((b) => b.classList.add("doubtful"));
    } else {
      flag.classList.add("top");
    }
    s.appendChild(flag);
    flags[k] = flag;
  });
  const said = Object.entries(counts).filter(([, n]) => n).map(([kind, n]) => n + " " + kind + (n > 1 ? "s" : ""));
  if (said.length) {
    title.textContent = said.join(", ");
    title.classList.add("some");
  }
  let issueAt = -1;
  function gotoIssue(step, at) {
    const placed = data.issues.map((x, k) => k).filter((k) => flags[k] || spans.has(data.issues[k].ref));
    if (at === undefined) {
      if (!placed.length) return;
      const here = placed.indexOf(issueAt);
      issueAt = placed[(here + step + placed.length) % placed.length];
      if (here < 0 && step < 0) issueAt = placed[placed.length - 1];
    } else {
      issueAt = at;
    }
    document.querySelectorAll(".current").forEach((x) => x.classList.remove("current"));
    const li = list.querySelector('li[data-issue="' + issueAt + '"]');
    if (li) li.classList.add("current");
    document.body.dataset.issue = issueAt;
    const issue = data.issues[issueAt];
    if (issue.ref && spans.has(issue.ref)) selectRef(issue.ref, !flags[issueAt]);
    const flag = flags[issueAt];
    if (flag) {
      flag.classList.add("current");
      flag.scrollIntoView({ block: "center" });
    }
  }

  // -- pages and keys -----------------------------------------------------------------
  const pageDivs = [...document.querySelectorAll(".page")];
  function pageIndex() {
    const top = pagesPane.scrollTop + 12;
    let at = 0;
    pageDivs.forEach((p, k) => { if (p.offsetTop <= top) at = k; });
    return at;
  }
  function gotoPage(step) {
    if (!pageDivs.length) return;
    const k = Math.min(Math.max(pageIndex() + step, 0), pageDivs.length - 1);
    pagesPane.scrollTop = pageDivs[k].offsetTop - 4;
    document.body.dataset.page = pageDivs[k].dataset.n;
  }
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.target.closest && ev.target.closest("input, select, textarea")) return;
    switch (ev.key) {
      case "n": case "ArrowRight": case "j": gotoPage(1); break;
      case "p": case "ArrowLeft": case "k": gotoPage(-1); break;
      case "d": gotoIssue(1); break;
      case "D": gotoIssue(-1); break;
      case "Escape": clear(); break;
      default: return;
    }
    ev.preventDefault();
  });
  document.body.dataset.ready = "1";
})();
