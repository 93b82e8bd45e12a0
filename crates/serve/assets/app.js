// chancery's web application. Every view is built with DOM calls: text from the record is only
// ever set with textContent or createTextNode, never parsed as HTML.
"use strict";

const API = "/api/v1";
const SVG = "http://www.w3.org/2000/svg";

// ---------- DOM helpers ----------

// el("a", {href: "#/x", class: "c"}, "text", child…): attributes are set one by one (never
// event handlers from data), children are nodes or strings (as text).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) throw new Error("event handlers are attached with addEventListener");
    if (k === "href" && !safeHref(String(v))) continue;
    node.setAttribute(k === "class" ? "class" : k, String(v));
  }
}

// Links the application makes: its own routes and API paths only.
function safeHref(h) {
  return h.startsWith("#/") || h.startsWith("/api/v1/");
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") u.set(k, v);
  }
  const s = u.toString();
  return s ? "?" + s : "";
}

async function get(path) {
  const r = await fetch(API + path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch (_) { body = null; }
  if (!r.ok) {
    const msg = body && body.message ? body.message : "HTTP " + r.status;
    throw new Error(msg);
  }
  return body;
}

function fail(main, err) {
  main.appendChild(el("p", { class: "error", role: "alert" }, String(err && err.message ? err.message : err)));
}

function fmtDate(d) { return d ? String(d) : "undated"; }

function exportLinks(filters) {
  const box = el("div", { class: "exports" }, el("span", { class: "muted small" }, "Export:"));
  for (const table of ["events", "entities", "quotes", "documents"]) {
    for (const format of ["csv", "jsonl", "parquet"]) {
      box.appendChild(el("a", { class: "button plain", href: API + "/export" + qs(Object.assign({ table, format }, filters)),
        download: "" }, table + " · " + format));
    }
  }
  return box;
}

function pager(total, offset, limit, go) {
  const box = el("div", { class: "pager" });
  const prev = el("button", { class: "plain", type: "button" }, "← Previous");
  const next = el("button", { class: "plain", type: "button" }, "Next →");
  prev.disabled = offset <= 0;
  next.disabled = total !== null && offset + limit >= total;
  prev.addEventListener("click", () => go(Math.max(0, offset - limit)));
  next.addEventListener("click", () => go(offset + limit));
  const span = total === null ? (offset + 1) + "–" + (offset + limit)
    : total === 0 ? "none" : (offset + 1) + "–" + Math.min(total, offset + limit) + " of " + total;
  append(box, [prev, el("span", { class: "muted" }, span), next]);
  return box;
}

// ---------- routing ----------

function route() {
  const hash = location.hash || "#/search";
  const [path, query] = hash.slice(1).split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const main = clear(document.getElementById("main"));
  const view = parts[0] || "search";
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.dataset.view === view || (view === "doc" && a.dataset.view === "documents")
      || (view === "actor" && a.dataset.view === "actors"));
  }
  const views = { search: searchView, documents: documentsView, doc: readerView, actors: actorsView,
    actor: actorView, network: networkView };
  (views[view] || searchView)(main, parts.slice(1), params).catch((e) => fail(main, e));
}

function go(path, params) { location.hash = "#" + path + qs(params || {}); }

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
document.addEventListener("keydown", (e) => {
  if (e.key === "/" && !(e.target instanceof HTMLInputElement)) {
    const box = document.querySelector("input[type=search]");
    if (box) { e.preventDefault(); box.focus(); }
  }
});

// ---------- search ----------

const FILTERS = ["actor", "type", "speaker", "lang", "publisher", "from", "to"];

async function searchView(main, _parts, params) {
  const input = el("input", { type: "search", name: "q", "aria-label": "Search the record", placeholder: "Search words, \"phrases\", names… (press / to focus)" });
  input.value = params.q || "";
  const events = el("input", { type: "checkbox", name: "events" });
  events.checked = params.events === "true";
  const form = el("form", { class: "bar", role: "search" }, input,
    el("label", {}, el("span", {}, "events"), events), el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = Object.assign({}, params, { q: input.value, events: events.checked ? "true" : "", offset: "" });
    go("/search", next);
  });
  main.appendChild(el("h1", {}, "Search"));
  main.appendChild(form);
  const chips = el("div", { class: "chips", "aria-label": "Active filters" });
  for (const f of FILTERS) {
    if (params[f]) {
      const chip = el("a", { class: "chip", href: "#/search" + qs(Object.assign({}, params, { [f]: "", offset: "" })),
        title: "Remove this filter" }, f + ": " + params[f] + " ✕");
      chips.appendChild(chip);
    }
  }
  main.appendChild(chips);
  const offset = Number(params.offset || 0);
  const limit = 20;
  const res = await get("/search" + qs({ q: params.q, actor: params.actor, type: params.type, speaker: params.speaker,
    lang: params.lang, publisher: params.publisher, from: params.from, to: params.to, events: params.events, offset, limit }));
  const layout = el("div", { class: "layout" });
  const facets = el("aside", { class: "facets", "aria-label": "Facets" });
  for (const [name, counts] of Object.entries(res.facets || {})) {
    if (!counts.length) continue;
    facets.appendChild(el("h3", {}, name));
    const ul = el("ul");
    for (const c of counts) {
      const p = Object.assign({}, params, { offset: "" });
      if (name === "year") { p.from = c.value; p.to = c.value; } else { p[name] = c.value; }
      const on = name === "year" ? params.from === c.value : params[name] === c.value;
      ul.appendChild(el("li", {}, el("a", { href: "#/search" + qs(p), class: on ? "on" : null, "data-facet": name },
        el("span", {}, c.value), el("span", { class: "muted" }, String(c.count)))));
    }
    facets.appendChild(ul);
  }
  const list = el("section", { "aria-label": "Results" });
  list.appendChild(el("p", { class: "muted" }, res.total + (res.total === 1 ? " hit" : " hits")));
  for (const w of res.warnings || []) list.appendChild(el("p", { class: "muted small" }, "Note: " + w));
  for (const h of res.hits) list.appendChild(hitView(h));
  list.appendChild(pager(Math.min(res.total, 1000), offset, limit, (o) => go("/search", Object.assign({}, params, { offset: o }))));
  const filters = {};
  for (const f of ["actor", "type", "speaker", "lang", "from", "to"]) if (params[f]) filters[f] = params[f];
  list.appendChild(exportLinks(filters));
  append(layout, [facets, list]);
  main.appendChild(layout);
}

// A snippet with its highlights (code-point ranges) as <mark>, built node by node.
function snippetView(snippet) {
  const cps = Array.from(snippet.fragment || "");
  const box = el("div", { class: "snippet" });
  let at = 0;
  for (const [s, e] of snippet.highlights || []) {
    if (s < at || e > cps.length) continue;
    box.appendChild(document.createTextNode(cps.slice(at, s).join("")));
    box.appendChild(el("mark", {}, cps.slice(s, e).join("")));
    at = e;
  }
  box.appendChild(document.createTextNode(cps.slice(at).join("")));
  return box;
}

function hitView(h) {
  const title = h.title || h.path || h.id;
  const meta = [fmtDate(h.published), h.lang, h.publisher].filter(Boolean).join(" · ");
  const box = el("article", { class: "hit" },
    el("a", { class: "title", href: "#/doc/" + encodeURIComponent(h.id) }, title),
    el("div", { class: "meta" }, meta));
  if (h.event) {
    box.appendChild(el("div", { class: "meta" }, "event " + h.event.code + ": " +
      [h.event.source, h.event.target].filter(Boolean).join(" → ") + (h.event.date ? " · " + h.event.date : "")));
  }
  box.appendChild(snippetView(h.snippet));
  return box;
}

// ---------- documents ----------

async function documentsView(main, _parts, params) {
  const offset = Number(params.offset || 0);
  const limit = 50;
  main.appendChild(el("h1", {}, "Documents"));
  const res = await get("/documents" + qs({ offset, limit, lang: params.lang, actor: params.actor }));
  main.appendChild(documentTable(res.documents));
  main.appendChild(pager(res.total, offset, limit, (o) => go("/documents", Object.assign({}, params, { offset: o }))));
}

function documentTable(docs) {
  const tbody = el("tbody");
  for (const d of docs) {
    tbody.appendChild(el("tr", {},
      el("td", {}, fmtDate(d.published)),
      el("td", {}, el("a", { href: "#/doc/" + encodeURIComponent(d.id) }, d.title || d.path || d.id)),
      el("td", {}, d.lang || ""), el("td", {}, d.publisher || "")));
  }
  return el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Published"), el("th", {}, "Title"),
    el("th", {}, "Lang"), el("th", {}, "Publisher"))), tbody);
}

// ---------- reader ----------

// The annotation layers of a document as spans over code points.
function annotations(doc) {
  const out = [];
  (doc.turns || []).forEach((t, i) => out.push({ kind: "turn", start: t.start, end: t.end, i, data: t }));
  (doc.quotes || []).forEach((q, i) => out.push({ kind: "quote", start: q.start, end: q.end, i, data: q }));
  (doc.entities || []).forEach((e, i) => (e.mentions || []).forEach(([s, t]) =>
    out.push({ kind: "ent", start: s, end: t, i, data: e })));
  (doc.times || []).forEach((t, i) => out.push({ kind: "time", start: t.start, end: t.end, i, data: t }));
  (doc.events || []).forEach((e, i) => out.push({ kind: "event", start: e.start, end: e.end, i, data: e }));
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start);
}

async function readerView(main, parts) {
  const id = parts[0] || "";
  const doc = await get("/documents/" + encodeURIComponent(id));
  const cps = Array.from(doc.text || "");
  const anns = annotations(doc).filter((a) => a.end <= cps.length);
  main.appendChild(el("h1", {}, doc.title || doc.path || doc.id));
  main.appendChild(el("p", { class: "muted" }, [fmtDate(doc.published), doc.lang, doc.publisher, doc.path]
    .filter(Boolean).join(" · ")));

  const textBox = el("div", { class: "text", id: "text", "aria-label": "Document text" });
  const legend = el("div", { class: "legend", role: "group", "aria-label": "Layers" });
  for (const [kind, label] of [["turn", "speakers' turns"], ["quote", "quotations"], ["ent", "entities"],
    ["time", "dates"], ["event", "event evidence"]]) {
    const box = el("input", { type: "checkbox", "data-layer": kind });
    box.checked = true;
    box.addEventListener("change", () => textBox.classList.toggle("hide-" + kind, !box.checked));
    legend.appendChild(el("label", {}, box, el("span", { class: "sw " + kind }), label));
  }

  // Cut the text at every span boundary; each piece knows the spans covering it.
  const bounds = new Set([0, cps.length]);
  for (const a of anns) { bounds.add(a.start); bounds.add(a.end); }
  const cuts = Array.from(bounds).sort((x, y) => x - y);
  const turnStarts = new Map();
  for (const a of anns) if (a.kind === "turn" && !turnStarts.has(a.start)) turnStarts.set(a.start, a);
  const byStart = anns.slice().sort((x, y) => x.start - y.start);
  let active = [];
  let k = 0;
  const pieces = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const s = cuts[c], e = cuts[c + 1];
    active = active.filter((a) => a.end > s);
    while (k < byStart.length && byStart[k].start <= s) { if (byStart[k].end > s) active.push(byStart[k]); k++; }
    const turn = turnStarts.get(s);
    if (turn) {
      textBox.appendChild(el("span", { class: "turn-label", "data-kind": "turn" }, turn.data.speaker || "speaker"));
    }
    const text = cps.slice(s, e).join("");
    const shown = active.filter((a) => a.kind !== "turn");
    if (!shown.length) { textBox.appendChild(document.createTextNode(text)); continue; }
    const kinds = Array.from(new Set(shown.map((a) => a.kind)));
    const span = el("span", { class: "a " + kinds.join(" "), tabindex: "0", role: "button",
      "data-kinds": kinds.join(" "), "aria-label": kinds.join(", ") + ": " + text.slice(0, 60) }, text);
    const covering = active.slice();
    span.addEventListener("click", () => select(span, covering));
    span.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(span, covering); } });
    pieces.push(span);
    textBox.appendChild(span);
  }

  const details = el("div", { class: "panel", id: "details", "aria-live": "polite" },
    el("p", { class: "muted" }, "Click (or Tab to and press Enter on) a highlighted passage to see what it resolved to."));
  function select(span, covering) {
    for (const p of pieces) p.classList.remove("sel");
    span.classList.add("sel");
    clear(details);
    for (const a of covering) details.appendChild(annotationView(a, doc));
  }

  const side = el("aside", { class: "side", "aria-label": "Details" }, legend, details, summaryPanel(doc), removedPanel(doc));
  main.appendChild(el("div", { class: "reader" }, textBox, side));
}

function kv(pairs) {
  const dl = el("dl", { class: "kv" });
  for (const [k, v] of pairs) {
    if (v === null || v === undefined || v === "") continue;
    append(dl, [el("dt", {}, k), el("dd", {}, v)]);
  }
  return dl;
}

function actorLink(code) {
  return code ? el("a", { href: "#/actor/" + encodeURIComponent(code) }, code) : null;
}

function annotationView(a, doc) {
  const d = a.data;
  const box = el("section", { class: "ann", "data-kind": a.kind });
  switch (a.kind) {
    case "ent":
      append(box, [el("h2", {}, "Entity"), kv([["name", d.name], ["type", d.type], ["actor", actorLink(d.actor)],
        ["written", (d.surface || []).join(", ")], ["mentions", String((d.mentions || []).length)]])]);
      break;
    case "time":
      append(box, [el("h2", {}, "Date"), kv([["text", d.text], ["value", d.value || "unresolved"]])]);
      break;
    case "quote": {
      const sp = (doc.speakers || []).find((s) => s.name === d.speaker);
      append(box, [el("h2", {}, "Quotation"), kv([["speaker", d.speaker || "unattributed"],
        ["actor", sp ? actorLink(sp.actor) : null], ["via", d.via], ["words", d.text]])]);
      break;
    }
    case "event":
      append(box, [el("h2", {}, "Event"), kv([["code", d.code], ["type", d.type], ["PLOVER", d.plover],
        ["source", d.source], ["source actor", actorLink(d.source_actor)], ["target", d.target],
        ["target actor", actorLink(d.target_actor)], ["date", d.date], ["place", d.place],
        ["speaker", d.speaker], ["status", d.status], ["Goldstein", String(d.goldstein)], ["trigger", d.trigger]])]);
      break;
    case "turn": {
      const sp = (doc.speakers || []).find((s) => s.name === d.speaker);
      append(box, [el("h2", {}, "Turn"), kv([["speaker", d.speaker], ["kind", d.kind],
        ["role", sp ? sp.role : null], ["actor", sp ? actorLink(sp.actor) : null]])]);
      break;
    }
  }
  return box;
}

function summaryPanel(doc) {
  const box = el("div", { class: "panel" }, el("h2", {}, "In this document"));
  const speakers = (doc.speakers || []).map((s) => el("li", {}, s.name, s.actor ? " " : null, actorLink(s.actor)));
  const actors = new Map();
  for (const e of doc.entities || []) if (e.actor) actors.set(e.actor, e.name);
  append(box, [
    el("p", { class: "small muted" }, (doc.speakers || []).length + " speakers · " + (doc.quotes || []).length + " quotations · " +
      (doc.entities || []).length + " entities · " + (doc.times || []).length + " dates · " + (doc.events || []).length + " events"),
    speakers.length ? el("ul", { class: "small" }, speakers) : null,
    actors.size ? el("p", { class: "small" }, Array.from(actors).map(([code, name]) =>
      el("span", {}, actorLink(code), " (" + name + ") "))) : null,
  ]);
  return box;
}

function removedPanel(doc) {
  const removed = doc.removed || [];
  const box = el("div", { class: "panel" });
  const button = el("button", { type: "button", class: "plain", "aria-expanded": "false", id: "show-removed" },
    "Show removed text (" + removed.length + ")");
  const list = el("ul", { class: "removed", hidden: "" });
  for (const r of removed) list.appendChild(el("li", {}, el("span", { class: "kind" }, r.kind), r.text));
  button.addEventListener("click", () => {
    const open = list.hasAttribute("hidden");
    if (open) list.removeAttribute("hidden"); else list.setAttribute("hidden", "");
    button.setAttribute("aria-expanded", String(open));
    button.textContent = (open ? "Hide" : "Show") + " removed text (" + removed.length + ")";
  });
  append(box, [button, list]);
  return box;
}

// ---------- actors ----------

async function actorsView(main, _parts, params) {
  const offset = Number(params.offset || 0);
  const limit = 50;
  const input = el("input", { type: "search", "aria-label": "Find an actor", placeholder: "Name or code (Lavrov, RUS)" });
  input.value = params.q || "";
  const form = el("form", { class: "bar" }, input, el("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (e) => { e.preventDefault(); go("/actors", { q: input.value }); });
  append(main, [el("h1", {}, "Actors"), form]);
  const res = await get("/actors" + qs({ q: params.q, offset, limit }));
  const tbody = el("tbody");
  for (const a of res.actors) {
    tbody.appendChild(el("tr", {}, el("td", {}, actorLink(a.code)), el("td", {}, a.name), el("td", {}, String(a.documents))));
  }
  main.appendChild(el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Code"), el("th", {}, "Name"),
    el("th", {}, "Documents"))), tbody));
  main.appendChild(pager(res.actors.length < limit ? offset + res.actors.length : null, offset, limit,
    (o) => go("/actors", Object.assign({}, params, { offset: o }))));
}

async function actorView(main, parts, params) {
  const code = parts[0] || "";
  const a = await get("/actors/" + encodeURIComponent(code));
  append(main, [el("h1", {}, a.name + " ", el("span", { class: "muted" }, a.code)),
    el("p", { class: "muted" }, a.documents + " documents · " + a.events + " events"),
    exportLinks({ actor: a.code })]);

  const interval = params.interval || "month";
  const tl = await get("/timeline" + qs({ actor: a.code, interval }));
  const pick = el("select", { "aria-label": "Timeline interval" });
  for (const i of ["day", "week", "month"]) {
    const o = el("option", { value: i }, i);
    if (i === interval) o.selected = true;
    pick.appendChild(o);
  }
  pick.addEventListener("change", () => go("/actor/" + encodeURIComponent(code), { interval: pick.value }));
  append(main, [el("h2", { id: "timeline" }, "Timeline of its events"), el("label", { class: "small muted" }, "per ", pick),
    timelineChart(tl.buckets)]);

  const aliases = el("tbody");
  for (const x of a.aliases) aliases.appendChild(el("tr", {}, el("td", {}, x.name), el("td", {}, String(x.documents)),
    el("td", {}, fmtDate(x.first)), el("td", {}, fmtDate(x.last))));
  const codes = el("tbody");
  for (const x of a.codes) codes.appendChild(el("tr", {}, el("td", {}, actorLink(x.code)), el("td", {}, String(x.documents)),
    el("td", {}, fmtDate(x.first)), el("td", {}, fmtDate(x.last))));
  const head = (first) => el("thead", {}, el("tr", {}, el("th", {}, first), el("th", {}, "Documents"), el("th", {}, "First"), el("th", {}, "Last")));
  append(main, [el("h2", {}, "Names in every language"), el("table", {}, head("Name"), aliases),
    el("h2", {}, "Codes by date"), el("table", {}, head("Code"), codes)]);

  const docsBox = el("div");
  const quotesBox = el("div");
  append(main, [el("h2", {}, "Documents naming it"), docsBox, el("h2", {}, "Quotations"), quotesBox]);
  const docsPage = async (offset) => {
    const res = await get("/documents" + qs({ actor: a.code, offset, limit: 20 }));
    clear(docsBox);
    append(docsBox, [documentTable(res.documents), pager(res.total, offset, 20, (o) => docsPage(o).catch((e) => fail(docsBox, e)))]);
  };
  const quotesPage = async (offset) => {
    const res = await get("/actors/" + encodeURIComponent(a.code) + "/quotes" + qs({ offset, limit: 20 }));
    clear(quotesBox);
    const ul = el("ul", { class: "quotes" });
    for (const q of res.quotes) {
      ul.appendChild(el("li", {}, "« " + q.text + " » ", el("span", { class: "muted small" }, "— " + q.speaker + ", " + fmtDate(q.published) + " "),
        el("a", { href: "#/doc/" + encodeURIComponent(q.document) }, "read")));
    }
    append(quotesBox, [res.quotes.length ? ul : el("p", { class: "muted" }, "No quotations."),
      pager(res.quotes.length < 20 ? offset + res.quotes.length : null, offset, 20, (o) => quotesPage(o).catch((e) => fail(quotesBox, e)))]);
  };
  await Promise.all([docsPage(0), quotesPage(0)]);
}

function timelineChart(buckets) {
  const w = 900, h = 180, pad = 28;
  const chart = svg("svg", { class: "chart", viewBox: "0 0 " + w + " " + h, role: "img",
    "aria-label": "Events per period: " + buckets.length + " periods" });
  if (!buckets.length) {
    chart.appendChild(svg("text", { x: w / 2, y: h / 2, "text-anchor": "middle" }, "No dated events."));
    return chart;
  }
  const max = Math.max(...buckets.map((b) => b.total));
  const bw = (w - 2 * pad) / buckets.length;
  buckets.forEach((b, i) => {
    const bh = (h - 2 * pad) * b.total / max;
    const types = Object.entries(b.types).map(([t, n]) => t + " " + n).join(", ");
    chart.appendChild(svg("rect", { class: "bar", x: pad + i * bw + 1, y: h - pad - bh, width: Math.max(1, bw - 2), height: bh },
      svg("title", {}, b.period + ": " + b.total + " events (" + types + ")")));
  });
  const step = Math.max(1, Math.ceil(buckets.length / 10));
  buckets.forEach((b, i) => {
    if (i % step === 0) chart.appendChild(svg("text", { x: pad + i * bw, y: h - 8 }, b.period));
  });
  chart.appendChild(svg("text", { x: 4, y: pad }, String(max)));
  return chart;
}

// ---------- network ----------

async function networkView(main, _parts, params) {
  const inputs = {};
  const form = el("form", { class: "bar" });
  for (const [name, label, ph] of [["from", "from", "2024-01"], ["to", "to", "2024-12"], ["type", "event type", "meet, 04, accuse"],
    ["actor", "actor", "RUS"]]) {
    inputs[name] = el("input", { name, placeholder: ph });
    inputs[name].value = params[name] || "";
    form.appendChild(el("label", {}, label, inputs[name]));
  }
  form.appendChild(el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const p = {};
    for (const k of Object.keys(inputs)) p[k] = inputs[k].value;
    go("/network", p);
  });
  append(main, [el("h1", {}, "Actor network"), form]);
  const res = await get("/dyads" + qs({ from: params.from, to: params.to, type: params.type, actor: params.actor, limit: 120 }));
  main.appendChild(el("div", { class: "scale" }, el("span", {}, "mean Goldstein −10"), el("span", { class: "grad" }),
    el("span", {}, "+10 · edge width: events")));
  main.appendChild(networkChart(res));
  const tbody = el("tbody");
  const names = new Map(res.actors.map((a) => [a.code, a.name]));
  for (const d of res.dyads.slice(0, 50)) {
    tbody.appendChild(el("tr", {}, el("td", {}, actorLink(d.a), " ", names.get(d.a) || ""),
      el("td", {}, actorLink(d.b), " ", names.get(d.b) || ""), el("td", {}, String(d.events)),
      el("td", {}, d.goldstein.toFixed(1)), el("td", {}, Object.entries(d.types).map(([t, n]) => t + " " + n).join(", "))));
  }
  main.appendChild(el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Actor"), el("th", {}, "Actor"),
    el("th", {}, "Events"), el("th", {}, "Goldstein"), el("th", {}, "By type"))), tbody));
}

function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [170, 176, 184], red = [192, 57, 43], green = [31, 138, 76];
  const to = t < 0 ? red : green;
  const f = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * f));
  return "rgb(" + c.join(",") + ")";
}

function networkChart(res) {
  const w = 1000, h = 640;
  const chart = svg("svg", { class: "net", viewBox: "0 0 " + w + " " + h, role: "img",
    "aria-label": "Network of " + res.actors.length + " actors and " + res.dyads.length + " pairs" });
  if (!res.dyads.length) {
    chart.appendChild(svg("text", { x: w / 2, y: h / 2, "text-anchor": "middle" }, "No pair of actors has events with these filters."));
    return chart;
  }
  const nodes = res.actors.map((a, i) => {
    const angle = 2 * Math.PI * i / res.actors.length;
    return { code: a.code, name: a.name, x: w / 2 + 250 * Math.cos(angle), y: h / 2 + 250 * Math.sin(angle), vx: 0, vy: 0, deg: 0 };
  });
  const at = new Map(nodes.map((n) => [n.code, n]));
  const edges = res.dyads.map((d) => ({ a: at.get(d.a), b: at.get(d.b), d })).filter((e) => e.a && e.b);
  for (const e of edges) { e.a.deg += e.d.events; e.b.deg += e.d.events; }
  // A few rounds of a plain force layout: nodes repel, edges pull.
  for (let round = 0; round < 200; round++) {
    for (const n of nodes) { n.vx = (w / 2 - n.x) * 0.002; n.vy = (h / 2 - n.y) * 0.002; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i], q = nodes[j];
        let dx = p.x - q.x, dy = p.y - q.y;
        const d2 = Math.max(100, dx * dx + dy * dy);
        const f = 2000 / d2;
        p.vx += dx * f / 10; p.vy += dy * f / 10; q.vx -= dx * f / 10; q.vy -= dy * f / 10;
      }
    }
    for (const e of edges) {
      const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
      const f = 0.01;
      e.a.vx += dx * f; e.a.vy += dy * f; e.b.vx -= dx * f; e.b.vy -= dy * f;
    }
    for (const n of nodes) {
      n.x = Math.max(40, Math.min(w - 40, n.x + Math.max(-20, Math.min(20, n.vx))));
      n.y = Math.max(20, Math.min(h - 20, n.y + Math.max(-20, Math.min(20, n.vy))));
    }
  }
  const maxE = Math.max(...edges.map((e) => e.d.events));
  for (const e of edges) {
    const types = Object.entries(e.d.types).map(([t, n]) => t + " " + n).join(", ");
    chart.appendChild(svg("line", { x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y, stroke: goldsteinColour(e.d.goldstein),
      "stroke-width": 1 + 9 * Math.sqrt(e.d.events / maxE) },
      svg("title", {}, e.a.code + " – " + e.b.code + ": " + e.d.events + " events, mean Goldstein " + e.d.goldstein.toFixed(1) + " (" + types + ")")));
  }
  const maxD = Math.max(...nodes.map((n) => n.deg));
  for (const n of nodes) {
    const r = 4 + 10 * Math.sqrt(n.deg / maxD);
    const c = svg("circle", { cx: n.x, cy: n.y, r, tabindex: "0", role: "link", "aria-label": n.name + " (" + n.code + ")" },
      svg("title", {}, n.name + " (" + n.code + "): " + n.deg + " events"));
    const open = () => go("/actor/" + encodeURIComponent(n.code));
    c.addEventListener("click", open);
    c.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    chart.appendChild(c);
    chart.appendChild(svg("text", { x: n.x + r + 3, y: n.y + 4 }, n.code));
  }
  return chart;
}
