// The batch index: rows filtered by status, type, doubt and words; sorted by a column.
(function () {
  "use strict";
  const body = document.querySelector("#docs tbody");
  const rows = [...body.rows];
  const pick = { status: document.getElementById("f-status"), type: document.getElementById("f-type"),
                 doubt: document.getElementById("f-doubt"), text: document.getElementById("f-text") };
  const shown = document.getElementById("shown");
  function keep(row) {
    const doubts = row.dataset.doubts ? row.dataset.doubts.split(" ") : [];
    const doubt = pick.doubt.value;
    const words = pick.text.value.trim().toLowerCase();
    return (!pick.status.value || row.dataset.status === pick.status.value) &&
      (!pick.type.value || row.dataset.type === pick.type.value) &&
      (!doubt || (doubt === "any" ? doubts.length > 0 : doubt === "none" ? !doubts.length
        : doubts.includes(doubt))) &&
      (!words || row.textContent.toLowerCase().includes(words));
  }
  function filter() {
    let n = 0;
    rows.forEach((row) => {
      const on = keep(row);
      row.classList.toggle("hidden", !on);
      n += on;
    });
    shown.textContent = n + " of " + rows.length + " shown";
    document.body.dataset.shown = n;
    document.querySelectorAll(".chip[data-filter]").forEach((chip) => {
      chip.classList.toggle("on", pick[chip.dataset.filter].value === chip.dataset.value);
    });
  }
  Object.values(pick).forEach((el) => el.addEventListener("input", filter));
  document.querySelectorAll(".chip[data-filter]").forEach((chip) => {
    chip.addEventListener("click", () => {
      const select = pick[chip.dataset.filter];
      select.value = select.value === chip.dataset.value ? "" : chip.dataset.value;
      filter();
    });
  });
  document.querySelectorAll("#docs th").forEach((th) => {
    th.addEventListener("click", () => {
      const k = Number(th.dataset.k), num = th.dataset.num === "1";
      const down = th.classList.contains("asc");
      document.querySelectorAll("#docs th").forEach((x) => x.classList.remove("asc", "desc"));
      th.classList.add(down ? "desc" : "asc");
      const value = (row) => {
        const cell = row.cells[k];
        return num ? Number(cell.dataset.v || 0) : cell.textContent.trim().toLowerCase();
      };
      const sorted = rows.slice().sort((a, b) => {
        const x = value(a), y = value(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (down ? -1 : 1);
      });
      sorted.forEach((row) => body.appendChild(row));
    });
  });
  filter();
  document.body.dataset.ready = "1";
})();
