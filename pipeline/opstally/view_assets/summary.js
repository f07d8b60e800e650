// The summary of the documents shown: each fact once (an event that repeats another,
// `same_as`, or is a breakdown of one, `part_of`, is left out), one block per scope so
// running totals are never added to single incidents.
const SCOPES = ["incident", "period", "cumulative", "(unspecified)"];
// These read packed events (pack.json's short keys).
const scopeOf = v => v.sc || "(unspecified)";
const actorOf = v => v.ai || "(no actor)";
const provinceOf = v => v.p || "(no province)";
const isFact = v => (v.sa === null || v.sa === undefined) && (v.po === null || v.po === undefined);

function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

function monthOf(v, rec) {
  const d = v.d || rec.date;
  return typeof d === "string" && /^\d{4}-\d{2}/.test(d) ? d.slice(0, 7) : "(undated)";
}

function countValue(v) {
  const n = v.c && v.c[2];
  return typeof n === "number" && isFinite(n) ? n : 0;
}

function tally(list, keyOf) {
  const out = new Map();
  for (const f of list) {
    const k = keyOf(f);
    const t = out.get(k) || { n: 0, sum: 0 };
    t.n += 1; t.sum += countValue(f.ev);
    out.set(k, t);
  }
  return out;
}

function collectFacts(indices) {
  const facts = [];
  for (const i of indices) {
    const rec = RECORDS[i];
    for (const ev of predEvents(rec)) if (isFact(ev) && eventMatches(ev)) facts.push({ ev: ev, rec: rec });
  }
  return facts;
}

function bars(rows, caption) {
  const NS = "http://www.w3.org/2000/svg", W = 340, L = 130, H = 16;
  const svg = document.createElementNS(NS, "svg");
  const max = Math.max(1, ...rows.map(r => r[1]));
  svg.setAttribute("class", "bars"); svg.setAttribute("width", W); svg.setAttribute("height", rows.length * H + 4);
  svg.setAttribute("role", "img"); svg.setAttribute("aria-label", caption);
  rows.forEach(([label, value], k) => {
    const t = document.createElementNS(NS, "text");
    t.setAttribute("x", 0); t.setAttribute("y", k * H + 12); t.textContent = String(label).slice(0, 20);
    const r = document.createElementNS(NS, "rect");
    r.setAttribute("x", L); r.setAttribute("y", k * H + 2); r.setAttribute("height", H - 4);
    r.setAttribute("width", Math.max(1, (W - L - 40) * value / max));
    const v = document.createElementNS(NS, "text");
    v.setAttribute("x", L + (W - L - 40) * value / max + 4); v.setAttribute("y", k * H + 12); v.textContent = String(value);
    svg.append(t, r, v);
  });
  return svg;
}

function numberTable(keyName, rows) {
  const head = el("tr", {}, el("th", { text: keyName }), el("th", { class: "num", text: "events" }),
                  el("th", { class: "num", text: "total count" }));
  const body = rows.map(([k, t]) => el("tr", {}, el("td", { text: k }), el("td", { class: "num", text: t.n }),
                                       el("td", { class: "num", text: t.sum })));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

function crossTable(list) {
  const actions = Array.from(new Set(list.map(f => f.ev.a))).sort();
  const byActor = Array.from(tally(list, f => actorOf(f.ev))).sort((a, b) => b[1].n - a[1].n);
  const cells = tally(list, f => actorOf(f.ev) + "\u0000" + f.ev.a);
  const head = el("tr", {}, el("th", { text: "actor \\ action" }), ...actions.map(a => el("th", { class: "num", text: a })),
                  el("th", { class: "num", text: "all" }));
  const body = byActor.map(([actor, all]) => el("tr", {}, el("th", { text: actor }), ...actions.map(a => {
    const t = cells.get(actor + "\u0000" + a);
    return el("td", { class: "num", text: t ? t.sum + " (" + t.n + ")" : "" });
  }), el("td", { class: "num", text: all.sum + " (" + all.n + ")" })));
  return el("table", { class: "cross" }, el("caption", { text: "total count (events) by actor and action" }),
            el("thead", {}, head), el("tbody", {}, ...body));
}

function scopeBlock(scope, list) {
  const sum = list.reduce((s, f) => s + countValue(f.ev), 0);
  const box = el("div", { class: "scope", "data-scope": scope });
  box.appendChild(el("h2", { text: scope + " counts: " + plural(list.length, "event") + ", total count " + sum }));
  box.appendChild(crossTable(list));
  const prov = Array.from(tally(list, f => provinceOf(f.ev))).sort((a, b) => b[1].n - a[1].n);
  const month = Array.from(tally(list, f => monthOf(f.ev, f.rec))).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  box.appendChild(el("div", { class: "charts" },
    el("div", {}, el("h3", { text: "by province" }), bars(prov.slice(0, 20).map(([k, t]) => [k, t.n]), "events by province"),
       numberTable("province", prov)),
    el("div", {}, el("h3", { text: "by month" }), bars(month.slice(-36).map(([k, t]) => [k, t.n]), "events by month"),
       numberTable("month", month))));
  return box;
}

function diffTable(indices) {
  const rows = new Map();
  const bump = (action, st) => {
    const r = rows.get(action) || { ok: 0, missed: 0, spurious: 0, "wrong-actor": 0 };
    if (st in r) r[st] += 1;
    rows.set(action, r);
  };
  for (const i of indices) {
    for (const v of RECORDS[i].g.V || []) if (v.st !== "spurious") bump(v.a, v.st);
    for (const v of RECORDS[i].p.V || []) if (v.st === "spurious") bump(v.a, v.st);
  }
  const cols = ["ok", "missed", "spurious", "wrong-actor"];
  const head = el("tr", {}, el("th", { text: "action" }), ...cols.map(c => el("th", { class: "num", text: c })));
  const body = Array.from(rows).sort().map(([a, r]) => el("tr", {}, el("td", { text: a }),
    ...cols.map(c => el("td", { class: "num", text: r[c] }))));
  return el("table", { class: "diff-summary" }, el("caption", { text: "events: gold against prediction" }),
            el("thead", {}, head), el("tbody", {}, ...body));
}

function renderSummary() {
  const root = document.getElementById("view-summary");
  root.textContent = "";
  const facts = collectFacts(state.shown);
  root.appendChild(el("p", { text: plural(facts.length, "fact") + " in " + plural(state.shown.length, "document") +
    (DIFF ? " (predicted events)" : "") + "; events that repeat another (same_as) or break one down (part_of) are left out." }));
  if (DIFF) root.appendChild(diffTable(state.shown));
  for (const scope of SCOPES) {
    const list = facts.filter(f => scopeOf(f.ev) === scope);
    if (list.length) root.appendChild(scopeBlock(scope, list));
  }
  if (!facts.length) root.appendChild(el("p", { class: "empty", text: "no events in the documents shown" }));
}
