// Corpus browser: plain DOM, no build step. Routes: #/speakers[/id], #/meetings[/id], #/quotes[/id], #/sources.
"use strict";

const view = document.getElementById("view");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// The key lives for this browser tab only (sessionStorage) and goes out only as a Bearer header to this server.
const apiKeyItem = "corpus.apiKey";
const apiKey = () => sessionStorage.getItem(apiKeyItem) || "";

async function api(path) {
  const headers = { accept: "application/json" };
  if (apiKey()) headers.authorization = "Bearer " + apiKey();
  const response = await fetch("/api" + path, { headers });
  if (response.status === 401) throw new Error(apiKey() ? "the API key was refused" : "this server needs an API key: enter it above");
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

const link = (href, text) => el("a", { href }, text);
const speakerLink = s => s && s.id ? link(`#/speakers/${encodeURIComponent(s.id)}`, s.name) : el("span", {}, s ? s.name : "unknown");
const meetingLink = m => link(`#/meetings/${encodeURIComponent(m.id)}`, m.title);
const kindLabel = kind => ({ pressConference: "joint press conference", phoneCall: "phone call" })[kind] || kind;

function statement(s) {
  return el("p", { class: "statement", "data-statement": s.id },
    el("q", {}, s.text),
    el("span", { class: "meta" },
      `${s.kind}, ${s.cue}`,
      s.quoteId ? [" · ", link(`#/quotes/${encodeURIComponent(s.quoteId)}`, "the quote in every outlet")] : null));
}

function meetingFacts(m) {
  return el("div", { class: "facts" },
    el("span", {}, el("strong", {}, "Kind: "), kindLabel(m.kind)),
    el("span", {}, el("strong", {}, "Date: "), m.date || "unknown"),
    el("span", {}, el("strong", {}, "Place: "), m.place || "unknown"),
    el("span", {}, el("strong", {}, "Participants: "), m.participants.map((p, i) => [i ? ", " : "", speakerLink(p)])),
    m.inPassing ? el("span", { class: "badge" }, "mentioned in passing") : null);
}

async function meetingList() {
  const page = await api("/meetings?limit=500");
  return [
    el("h1", {}, "Meetings"),
    el("p", { class: "muted" }, "Each meeting once, however many outlets reported it."),
    el("table", { class: "meetings" },
      el("thead", {}, el("tr", {}, ["Meeting", "Kind", "Date", "Place", "Outlets", "Statements"].map(h => el("th", {}, h)))),
      el("tbody", {}, page.items.map(m => el("tr", {},
        el("td", {}, meetingLink(m), m.inPassing ? [" ", el("span", { class: "badge" }, "in passing")] : null),
        el("td", {}, kindLabel(m.kind)), el("td", {}, m.date || ""), el("td", {}, m.place || ""),
        el("td", {}, m.sources.length), el("td", {}, m.statementCount))))),
  ];
}

async function meetingDetail(id) {
  const m = await api(`/meetings/${encodeURIComponent(id)}`);
  const outlets = [...new Map(m.reports.map(r => [r.outlet, r])).values()];
  const grid = el("table", { class: "grid", "data-meeting": m.id },
    el("thead", {}, el("tr", {}, el("th", { class: "speaker" }, "Speaker"),
      outlets.map(r => el("th", { class: "outlet", "data-outlet": r.outlet }, r.outlet, r.title ? el("span", { class: "outlet-title" }, r.title) : null)))),
    el("tbody", {}, (m.bySpeaker || []).map(g => el("tr", {},
      el("th", { class: "speaker" }, speakerLink(g.speaker), g.participant ? [" ", el("span", { class: "badge" }, "participant")] : null),
      outlets.map(r => {
        const cell = g.outlets.find(o => o.outlet === r.outlet);
        return el("td", { "data-outlet": r.outlet }, cell ? cell.statements.map(statement) : el("span", { class: "muted" }, "—"));
      })))));
  return [
    el("h1", {}, m.title),
    meetingFacts(m),
    el("h2", {}, `As ${outlets.length} outlet${outlets.length === 1 ? "" : "s"} reported it`),
    (m.bySpeaker || []).length ? grid : [grid, el("p", { class: "muted" }, "No statement is linked to this meeting yet.")],
  ];
}

async function quoteList() {
  const min = new URLSearchParams(location.hash.split("?")[1] || "").get("minSources") || "2";
  const page = await api(`/quotes?minSources=${encodeURIComponent(min)}&limit=500`);
  const form = el("form", {}, "Carried by at least ", el("input", { type: "number", min: "1", value: min, name: "minSources", class: "narrow" }), " outlets");
  form.addEventListener("change", e => { location.hash = `#/quotes?minSources=${e.target.value}`; });
  return [
    el("h1", {}, "Quotes across outlets"), form,
    el("ul", { class: "plain" }, page.items.map(q => el("li", {},
      link(`#/quotes/${encodeURIComponent(q.id)}`, `“${q.text}”`), " — ", speakerLink(q.speaker),
      el("span", { class: "muted" }, ` · ${q.sourceCount} outlet${q.sourceCount === 1 ? "" : "s"}`)))),
    page.items.length ? null : el("p", { class: "muted" }, "No quote is carried by that many outlets."),
  ];
}

function diff(parts) {
  return el("p", { class: "diff" }, parts.map((p, i) => [i ? " " : "", el("span", { class: p.op }, p.text)]));
}

async function quoteDetail(id) {
  const q = await api(`/quotes/${encodeURIComponent(id)}`);
  return [
    el("h1", {}, "“", q.text, "”"),
    el("div", { class: "facts" }, el("span", {}, el("strong", {}, "Speaker: "), speakerLink(q.speaker)), el("span", {}, `${q.sourceCount} outlets`)),
    el("p", { class: "muted" }, "Each outlet's wording against the fullest one: ", el("span", { class: "diff" }, el("span", { class: "missing" }, "left out")), " ", el("span", { class: "diff" }, el("span", { class: "added" }, "added or edited"))),
    el("div", { class: "columns" }, q.variants.map(v => el("section", { class: "column", "data-outlet": v.outlet },
      el("h3", {}, v.outlet, v.canonical ? [" ", el("span", { class: "badge" }, "canonical")] : null),
      diff(v.diff)))),
  ];
}

async function speakerList() {
  const q = new URLSearchParams(location.hash.split("?")[1] || "").get("q") || "";
  const page = await api(`/speakers?limit=500&q=${encodeURIComponent(q)}`);
  const search = el("input", { type: "search", placeholder: "Find a speaker", value: q });
  search.addEventListener("change", () => { location.hash = `#/speakers?q=${encodeURIComponent(search.value)}`; });
  return [
    el("h1", {}, "Speakers"), search,
    el("table", {}, el("thead", {}, el("tr", {}, ["Name", "Kind", "Roles", "Statements", "Outlets"].map(h => el("th", {}, h)))),
      el("tbody", {}, page.items.map(s => el("tr", {},
        el("td", {}, speakerLink(s)), el("td", {}, s.kind), el("td", {}, s.roles.join(", ")),
        el("td", {}, s.statementCount), el("td", {}, s.sourceCount))))),
  ];
}

async function speakerDetail(id) {
  const [s, statements] = await Promise.all([api(`/speakers/${encodeURIComponent(id)}`), api(`/speakers/${encodeURIComponent(id)}/statements?limit=500`)]);
  return [
    el("h1", {}, s.name),
    el("div", { class: "facts" },
      s.roles.length ? el("span", {}, el("strong", {}, "Roles: "), s.roles.join(", ")) : null,
      s.aliases.length ? el("span", {}, el("strong", {}, "Also: "), s.aliases.join(", ")) : null),
    el("h2", {}, "Meetings"),
    (s.meetings || []).length
      ? el("ul", { class: "plain" }, s.meetings.map(m => el("li", {}, meetingLink(m), el("span", { class: "muted" }, ` · ${m.date || "date unknown"} · ${m.sources.length} outlets`))))
      : el("p", { class: "muted" }, "None found."),
    el("h2", {}, "Statements"),
    statements.items.map(statement),
  ];
}

async function sourceList() {
  const page = await api("/sources?limit=500");
  return [
    el("h1", {}, "Sources"),
    el("table", {}, el("thead", {}, el("tr", {}, ["Source", "Articles", "Statements"].map(h => el("th", {}, h)))),
      el("tbody", {}, page.items.map(s => el("tr", {}, el("td", {}, s.name), el("td", {}, s.articleCount), el("td", {}, s.statementCount))))),
    page.items.length ? null : el("p", { class: "muted" }, "No article names its source."),
  ];
}

const routes = [
  [/^#\/meetings\/(.+)$/, meetingDetail],
  [/^#\/quotes\/(.+)$/, quoteDetail],
  [/^#\/speakers\/(.+)$/, speakerDetail],
  [/^#\/quotes/, quoteList],
  [/^#\/speakers/, speakerList],
  [/^#\/sources/, sourceList],
  [/^/, meetingList],
];

async function render() {
  const hash = location.hash.split("?")[0];
  const [pattern, page] = routes.find(([p]) => p.test(hash));
  const match = hash.match(pattern);
  view.setAttribute("aria-busy", "true");
  try {
    view.replaceChildren(...[await page(decodeURIComponent(match[1] || ""))].flat(Infinity).filter(Boolean));
  } catch (error) {
    view.replaceChildren(el("p", { class: "error" }, `Could not load this view (${error.message}).`));
  } finally {
    view.setAttribute("aria-busy", "false");
    document.body.dataset.ready = "true";
  }
}

const keyForm = document.getElementById("key-form");
const keyInput = document.getElementById("api-key");
keyInput.value = apiKey();
keyForm.addEventListener("submit", event => {
  event.preventDefault();
  if (keyInput.value.trim()) sessionStorage.setItem(apiKeyItem, keyInput.value.trim()); else sessionStorage.removeItem(apiKeyItem);
  render();
});
document.getElementById("forget-key").addEventListener("click", () => {
  sessionStorage.removeItem(apiKeyItem);
  keyInput.value = "";
  render();
});

window.addEventListener("hashchange", render);
render();
