// The page: data, filters, the document list (paged), keyboard, tabs, errors, legend.
const TIMES = { script: performance.now() };
const DATA = JSON.parse(document.getElementById("opstally-data").textContent);
const DIFF = DATA.mode === "diff";
const LABELS = DATA.labels.labels;
// Records stay packed (view.py, pack.json: short keys, spans as [start, end], no quoted texts):
// filters, list and summary read the short keys; a document is unpacked to the record format
// (span texts read from its text) only when it is drawn. They come in chunks (one script
// element each). This script stands right after the first: it draws the first document while
// the browser still reads the page; once the page is read (DOMContentLoaded) it takes the
// filter choices, and once loaded it reads the other chunks, one per task, so the page
// answers throughout.
let CHUNKS = Array.from(document.querySelectorAll("script.opstally-chunk"));
const RECORDS = [];

function readChunk(k) {
  for (const rec of JSON.parse(CHUNKS[k].textContent)) RECORDS.push(rec);
  CHUNKS[k].textContent = "";
}

function readRest(k) {
  if (k >= CHUNKS.length) { finish(); return; }
  setTimeout(() => { readChunk(k); readRest(k + 1); }, 0);
}

function pageRead() {
  const more = JSON.parse(document.getElementById("opstally-facets").textContent);
  DATA.total = more.total;
  DATA.facets = more.facets;
  buildFilters();
  TIMES.filters = performance.now();
  CHUNKS = Array.from(document.querySelectorAll("script.opstally-chunk"));
  if (document.readyState === "complete") readRest(1);
  else window.addEventListener("load", () => readRest(1));  // the page's own work after the browser's
}

function finish() {
  state.loading = false;
  const nErr = RECORDS.filter(isError).length;
  document.getElementById("n-errors").textContent = nErr ? "(" + nErr + ")" : "";
  apply(false);
  if (state.view === "errors") renderErrors();
  TIMES.all = performance.now();
  document.body.dataset.ready = "true";
}
function unpackSpan(text, s) { return s ? { start: s[0], end: s[1], text: text.slice(s[0], s[1]) } : null; }

function unpackEvent(text, v) {
  const ev = {};
  for (const [key, short] of Object.entries(DATA.keys.event)) ev[key] = v[short] === undefined ? null : v[short];
  for (const [key, short] of Object.entries(DATA.keys.spans)) ev[key] = unpackSpan(text, v[short]);
  ev.count = v.c ? Object.assign(unpackSpan(text, v.c), { value: v.c[2], bound: v.c[3], unit: v.c[4] }) : null;
  return ev;
}

function unpackSide(text, side) {
  return { entities: (side.E || []).map(e => ({ start: e[0], end: e[1], label: e[2], kb_id: e[3], _st: e[4] })),
           events: (side.V || []).map(v => unpackEvent(text, v)), error: side.error || null };
}

function unpack(r) {
  const text = typeof r.text === "string" ? r.text : "";
  const rec = { id: r.id, text: text, date: r.date || null };
  if (DIFF) { rec.gold = unpackSide(text, r.g); rec.pred = unpackSide(text, r.p); }
  else Object.assign(rec, unpackSide(text, r));
  return rec;
}
const PAGE = 100;
const state = { shown: [], cur: 0, view: "docs", filters: {}, query: "", loading: true };
const FILTERS = { action: v => v.a || "(none)", actor: actorOf, province: provinceOf, scope: scopeOf };

function predEvents(rec) { return (DIFF ? rec.p.V : rec.V) || []; }
function allEvents(rec) { return DIFF ? (rec.g.V || []).concat(rec.p.V || []) : (rec.V || []); }
function errorOf(rec) { return (DIFF ? rec.p.error : rec.error) || null; }
function isError(rec) { return !!errorOf(rec); }

function eventMatches(ev) {
  for (const [name, get] of Object.entries(FILTERS)) {
    const want = state.filters[name];
    if (want && get(ev) !== want) return false;
  }
  return true;
}

function marks(rec) {
  const ents = (rec.g.E || []).concat(rec.p.E || []).map(e => e[4]);
  return ents.concat((rec.g.V || []).concat(rec.p.V || []).map(v => v.st));
}

const PROBLEMS = ["missed", "spurious", "wrong-actor"];
function problems(rec) {  // a wrong actor is marked on both sides but is one problem
  const twice = (rec.p.V || []).filter(v => v.st === "wrong-actor").length;
  return marks(rec).filter(st => PROBLEMS.includes(st)).length - twice;
}

function docMatches(rec) {
  if (state.query) {
    if (rec._lc === undefined) rec._lc = (String(rec.id) + "\n" + (typeof rec.text === "string" ? rec.text : "")).toLowerCase();
    if (!rec._lc.includes(state.query)) return false;
  }
  if (DIFF && state.filters.status && !marks(rec).includes(state.filters.status)) return false;
  if (!Object.keys(FILTERS).some(name => state.filters[name])) return true;
  return allEvents(rec).some(eventMatches);
}

function fillSelect(id, values, anyText) {
  const sel = document.getElementById(id);
  sel.appendChild(el("option", { value: "", text: anyText }));
  for (const v of values) sel.appendChild(el("option", { value: v, text: v }));
}

// Each filter's choices come with the data (DATA.facets: every value of its key, null too),
// named as the filter names them, so opening the page does not scan every event.
function buildFilters() {
  for (const name of Object.keys(FILTERS)) {
    const key = { action: "a", actor: "ai", province: "p", scope: "sc" }[name];
    const values = Array.from(new Set(DATA.facets[name].map(v => FILTERS[name]({ [key]: v })))).sort();
    fillSelect("f-" + name, values, "any " + name);
    document.getElementById("f-" + name).addEventListener("change", e => { state.filters[name] = e.target.value; apply(); });
  }
  if (DIFF) {
    document.getElementById("f-status-box").hidden = false;
    fillSelect("f-status", PROBLEMS, "any mark");
    document.getElementById("f-status").addEventListener("change", e => { state.filters.status = e.target.value; apply(); });
  }
  let timer = null;
  document.getElementById("f-search").addEventListener("input", e => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.query = e.target.value.trim().toLowerCase(); apply(); }, 120);
  });
}

// Recompute the documents shown; `redraw` false keeps the drawn document (more records read).
function apply(redraw = true) {
  const keep = state.shown[state.cur];
  state.shown = [];
  RECORDS.forEach((rec, i) => { if (docMatches(rec)) state.shown.push(i); });
  const at = state.shown.indexOf(keep);
  state.cur = at >= 0 ? at : 0;
  document.getElementById("n-shown").textContent = state.loading ? "reading: " + RECORDS.length + " documents"
    : state.shown.length + " of " + DATA.total + " documents";
  if (redraw || at < 0 || state.view !== "docs") show(); else renderList();
}

function show() {
  renderList();
  if (state.view === "docs") {
    if (state.shown.length) renderDocument(unpack(RECORDS[state.shown[state.cur]]));
    else document.getElementById("doc").replaceChildren(el("p", { class: "empty", text: "no document matches the filters" }));
  }
  if (state.view === "summary") renderSummary();
}

function renderList() {
  const list = document.getElementById("doclist");
  const page = Math.floor(state.cur / PAGE), pages = Math.max(1, Math.ceil(state.shown.length / PAGE));
  list.textContent = "";
  state.shown.slice(page * PAGE, page * PAGE + PAGE).forEach((i, k) => {
    const rec = RECORDS[i], pos = page * PAGE + k;
    const n = isError(rec) ? fmt(errorOf(rec).code)
            : DIFF ? problems(rec) + " \u2717" : String(predEvents(rec).length);
    const li = el("li", { "data-pos": pos, "aria-current": pos === state.cur ? "true" : null, class: isError(rec) ? "has-error" : null },
                  el("span", { class: "id", text: fmt(rec.id) }), el("span", { class: "n", text: n }));
    li.addEventListener("click", () => go(pos));
    list.appendChild(li);
  });
  document.getElementById("page-no").textContent = "page " + (page + 1) + " / " + pages;
  const current = list.querySelector('[aria-current="true"]');
  if (current && current.scrollIntoView) current.scrollIntoView({ block: "nearest" });
}

function go(pos) {
  if (!state.shown.length) return;
  state.cur = Math.max(0, Math.min(state.shown.length - 1, pos));
  if (state.view !== "docs") setView("docs"); else show();
}

function setView(view) {
  state.view = view;
  for (const name of ["docs", "summary", "errors"]) {
    document.getElementById("view-" + name).hidden = name !== view;
    document.getElementById("tab-" + name).setAttribute("aria-selected", String(name === view));
  }
  if (view === "errors") renderErrors();
  show();
}

function renderErrors() {
  const root = document.getElementById("view-errors");
  root.textContent = "";
  const rows = [];
  RECORDS.forEach((rec, i) => {
    if (!isError(rec)) return;
    const err = errorOf(rec);
    const row = el("tr", {}, el("td", { text: fmt(rec.id) }), el("td", {}, el("code", { text: fmt(err.code) })),
                   el("td", { text: fmt(err.message) }));
    rows.push(row);
  });
  if (!rows.length) { root.appendChild(el("p", { class: "empty", text: "no error records" })); return; }
  const head = el("tr", {}, el("th", { text: "id" }), el("th", { text: "code" }), el("th", { text: "message" }));
  root.appendChild(el("table", { class: "errors" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

function buildLegend() {
  const box = document.getElementById("legend");
  for (const [label, c] of Object.entries(LABELS)) {
    const key = el("span", { class: "key", text: label, title: c.name });
    key.style.background = c.bg; key.style.color = c.fg;
    box.appendChild(key);
  }
  box.appendChild(el("span", { class: "part count", text: "count (underlined)" }));
  box.appendChild(el("span", { class: "part", text: "select an event: count \u25a2 trigger \u2504 item \u2581 actor \u25a3" }));
  if (DIFF) for (const st of PROBLEMS) box.appendChild(el("span", { class: "badge " + st, text: st }));
}

function onKey(e) {
  const tag = (e.target.tagName || "").toLowerCase();
  if (tag === "input" || tag === "select" || tag === "textarea" || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); go(state.cur + 1); }
  else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); go(state.cur - 1); }
  else if (e.key === "PageDown") { e.preventDefault(); go(state.cur + PAGE); }
  else if (e.key === "PageUp") { e.preventDefault(); go(state.cur - PAGE); }
}

function init() {
  buildLegend();
  for (const tab of document.querySelectorAll("nav button")) tab.addEventListener("click", () => setView(tab.dataset.view));
  document.getElementById("prev-page").addEventListener("click", () => go((Math.floor(state.cur / PAGE) - 1) * PAGE));
  document.getElementById("next-page").addEventListener("click", () => go((Math.floor(state.cur / PAGE) + 1) * PAGE));
  document.addEventListener("keydown", onKey);
  if (CHUNKS.length) readChunk(0);
  TIMES.parsed = performance.now();
  apply();
  window.opstallyFirstRender = TIMES.drawn = performance.now();
  window.opstallyTimes = TIMES;
  document.body.dataset.first = "true";
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pageRead);
  else pageRead();
}

init();
