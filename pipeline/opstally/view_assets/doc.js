// Drawing one document: its text with entities and event parts, and its events as rows.
// Input text is only ever set with textContent (never innerHTML).

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = String(v);
    else e.setAttribute(k, String(v));
  }
  for (const kid of kids) {
    if (kid === null || kid === undefined) continue;
    e.appendChild(typeof kid === "string" || typeof kid === "number" ? document.createTextNode(String(kid)) : kid);
  }
  return e;
}

const PARTS = [["count", "c"], ["trigger", "t"], ["item", "i"], ["actor", "a"]];

function validSpan(s, n) {
  return s && typeof s.start === "number" && typeof s.end === "number" && s.start < s.end && s.start >= 0 && s.end <= n;
}

// Spans of the text: entities ("e"+i) and each event's parts ("c"/"t"/"i"/"a" + j).
function textSpans(text, ents, events) {
  const spans = [];
  (ents || []).forEach((e, i) => { if (validSpan(e, text.length)) spans.push({ s: e.start, e: e.end, key: "e" + i, ent: e }); });
  (events || []).forEach((ev, j) => {
    for (const [part, p] of PARTS) {
      if (validSpan(ev[part], text.length)) spans.push({ s: ev[part].start, e: ev[part].end, key: p + j, part: part });
    }
  });
  return spans;
}

// The text cut at every span boundary; each piece knows the spans that cover it, and
// `map[key]` lists the pieces of a span, so an event's parts can be lit up.
function renderText(text, ents, events) {
  const spans = textSpans(text, ents, events);
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
  const bounds = Array.from(cuts).sort((a, b) => a - b);
  const box = el("div", { class: "text" });
  const map = {};
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k], b = bounds[k + 1];
    const cover = spans.filter(sp => sp.s <= a && b <= sp.e);
    const piece = text.slice(a, b);
    if (!cover.length) { box.appendChild(document.createTextNode(piece)); continue; }
    const node = el("span", { text: piece });
    for (const sp of cover) {
      (map[sp.key] = map[sp.key] || []).push(node);
      if (sp.ent) styleEntity(node, sp.ent, b === sp.e);
      else if (sp.part === "count") {
        node.classList.add("count");
        const st = events[Number(sp.key.slice(1))]._st;
        if (st === "missed" || st === "spurious" || st === "wrong-actor") node.classList.add("st-" + st);
      }
    }
    box.appendChild(node);
  }
  return { node: box, map: map };
}

function styleEntity(node, ent, last) {
  const c = LABELS[ent.label] || { bg: "#dddddd", fg: "#000000" };
  node.classList.add("ent");
  node.style.background = c.bg;
  node.style.color = c.fg;
  node.title = ent.label + (ent.kb_id ? " " + ent.kb_id : "") + (ent._st ? " (" + ent._st + ")" : "");
  node.dataset.label = ent.label;
  if (ent._st === "missed" || ent._st === "spurious") node.classList.add("st-" + ent._st);
  if (last) node.classList.add("ent-end");
}

function lightEvent(map, j, on) {
  for (const [part, p] of PARTS) for (const node of map[p + j] || []) node.classList.toggle("hl-" + part, on);
}

function fmt(x) { return x === null || x === undefined ? "" : String(x); }
function spanText(s) { return s && s.text !== undefined ? s.text : ""; }

function countCell(c) {
  if (!c) return "";
  const bits = [fmt(c.value)];
  if (c.bound && c.bound !== "exact") bits.push(c.bound);
  if (c.unit) bits.push(c.unit);
  return "\u201c" + fmt(c.text) + "\u201d = " + bits.join(" ");
}

function dateCell(ev) {
  let s = fmt(ev.date);
  if (ev.date_precision) s += " (" + ev.date_precision + ")";
  if (ev.period_start) s = fmt(ev.period_start) + " \u2192 " + s;
  return s;
}

function linkCell(ev) {
  const bits = [];
  if (ev.same_as !== null && ev.same_as !== undefined) bits.push("same as #" + ev.same_as);
  if (ev.part_of !== null && ev.part_of !== undefined) bits.push("part of #" + ev.part_of);
  return bits.join(", ");
}

const EVENT_COLUMNS = [
  ["#", (ev, j) => String(j)], ["action", ev => fmt(ev.action)], ["count", ev => countCell(ev.count)],
  ["item", ev => spanText(ev.item)],
  ["actor", ev => [spanText(ev.actor) ? "\u201c" + spanText(ev.actor) + "\u201d" : "", fmt(ev.actor_id)].filter(Boolean).join(" = ")],
  ["actor source", ev => fmt(ev.actor_source)], ["affected", ev => fmt(ev.affected_id)],
  ["province", ev => fmt(ev.province_id)], ["operation", ev => fmt(ev.operation_id)],
  ["date", dateCell], ["scope", ev => fmt(ev.scope)], ["repeat / part", linkCell],
];

// The columns worth a place: the first three always, the others when an event has a value.
function usedColumns(events) {
  return EVENT_COLUMNS.filter(([, get], k) => k < 3 || events.some((ev, j) => get(ev, j) !== ""));
}

function eventTable(events, map, side) {
  const columns = usedColumns(events);
  const head = el("tr", {}, ...columns.map(([name]) => el("th", { text: name })));
  if (DIFF) head.insertBefore(el("th", { text: "mark" }), head.firstChild);
  const body = el("tbody");
  events.forEach((ev, j) => {
    const row = el("tr", { class: "ev", tabindex: "0", "data-event": j, "data-side": side });
    for (const [, get] of columns) row.appendChild(el("td", { text: get(ev, j) }));
    if (DIFF) row.insertBefore(el("td", {}, el("span", { class: "badge " + (ev._st || ""), text: ev._st || "" })), row.firstChild);
    if (linkCell(ev)) row.classList.add("repeat");
    const light = on => { lightEvent(map, j, on); lightPartner(side, ev, on); };
    row.addEventListener("mouseenter", () => light(true));
    row.addEventListener("mouseleave", () => { if (!row.classList.contains("selected")) light(false); });
    row.addEventListener("click", () => selectEvent(row, map, events, side));
    row.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectEvent(row, map, events, side); } });
    body.appendChild(row);
  });
  if (!events.length) body.appendChild(el("tr", {}, el("td", { class: "empty", colspan: EVENT_COLUMNS.length + 1, text: "no events" })));
  return el("table", { class: "events" }, el("thead", {}, head), body);
}

// Selecting an event keeps its parts lit and brings its actor mention (maybe in an
// earlier sentence) into view; selecting it again lets go.
function selectEvent(row, map, events, side) {
  const table = row.closest("table");
  const was = row.classList.contains("selected");
  for (const other of table.querySelectorAll("tr.ev.selected")) {
    other.classList.remove("selected");
    lightEvent(map, Number(other.dataset.event), false);
    lightPartner(side, events[Number(other.dataset.event)], false);
  }
  if (was) return;
  const j = Number(row.dataset.event);
  row.classList.add("selected");
  lightEvent(map, j, true);
  lightPartner(side, events[j], true);
  const actor = (map["a" + j] || [])[0] || (map["c" + j] || [])[0];
  if (actor && actor.scrollIntoView) actor.scrollIntoView({ block: "nearest" });
}

// The diff's drawn sides (text pieces by span key), so an event can light its match.
const DRAWN = {};

function lightPartner(side, ev, on) {
  if (!DIFF || ev._m === null || ev._m === undefined) return;
  const other = side === "gold" ? "pred" : "gold";
  if (DRAWN[other]) lightEvent(DRAWN[other], ev._m, on);
  const row = document.querySelector('.side[data-side="' + other + '"] tr.ev[data-event="' + Number(ev._m) + '"]');
  if (row) row.classList.toggle("partner", on);
}

function renderSide(text, part, side, heading) {
  const box = el("div", { class: "side", "data-side": side });
  if (heading) box.appendChild(el("h3", { text: heading }));
  if (part.error) box.appendChild(errorBox(part.error));
  const drawn = renderText(text, part.entities, part.events);
  DRAWN[side] = drawn.map;
  box.appendChild(drawn.node);
  box.appendChild(eventTable(part.events || [], drawn.map, side));
  return box;
}

function errorBox(err) {
  return el("div", { class: "error-box" }, el("code", { text: fmt(err && err.code) }), " ", fmt(err && err.message));
}

function renderDocument(rec) {
  const art = document.getElementById("doc");
  art.textContent = "";
  art.appendChild(el("h2", { text: fmt(rec.id) }));
  const events = DIFF ? (rec.gold.events || []).length + " gold / " + (rec.pred.events || []).length + " predicted events"
                      : (rec.events || []).length + " events, " + (rec.entities || []).length + " entities";
  art.appendChild(el("div", { class: "meta", text: (rec.date ? "date " + rec.date + " \u00b7 " : "") + events }));
  if (!DIFF && rec.error) { art.appendChild(errorBox(rec.error)); return; }
  const text = typeof rec.text === "string" ? rec.text : "";
  if (DIFF) {
    art.appendChild(el("div", { class: "sides" }, renderSide(text, rec.gold, "gold", "gold"),
                       renderSide(text, rec.pred, "pred", "prediction")));
  } else {
    art.appendChild(renderSide(text, rec, "review", null));
  }
}
