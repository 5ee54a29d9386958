// Corpus browser: plain DOM, no build step. Routes: #/search, #/speakers[/id], #/meetings[/id], #/quotes[/id], #/articles/id,
// #/sources, #/uploads[/id].
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

function authorized(headers) {
  if (apiKey()) headers.authorization = "Bearer " + apiKey();
  return headers;
}

// A refused request says why: the problem details' own detail when the server sent one.
async function failure(path, response) {
  if (response.status === 401) return new Error(apiKey() ? "the API key was refused" : "this server needs an API key: enter it above");
  const problem = await response.json().catch(() => null);
  return new Error(problem && problem.detail ? problem.detail : `${path}: ${response.status}`);
}

async function api(path, init) {
  const response = await fetch("/api" + path, { ...init, headers: authorized({ accept: "application/json" }) });
  if (!response.ok) throw await failure(path, response);
  return response.json();
}

const link = (href, text) => el("a", { href }, text);
const speakerLink = s => s && s.id ? link(`#/speakers/${encodeURIComponent(s.id)}`, s.name) : el("span", {}, s ? s.name : "unknown");
const meetingLink = m => link(`#/meetings/${encodeURIComponent(m.id)}`, m.title);
const kindLabel = kind => ({ pressConference: "joint press conference", phoneCall: "phone call" })[kind] || kind;

const articleLink = (id, text) => link(`#/articles/${encodeURIComponent(id)}`, text);

// Every statement says where it was printed: outlet, date and the article it comes from.
function statement(s) {
  return el("p", { class: "statement", "data-statement": s.id },
    el("q", {}, s.text),
    el("span", { class: "meta" },
      `${s.kind}, ${s.cue} · `,
      el("span", { class: "outlet" }, s.source || "outlet unknown"), " · ",
      s.published || "undated", " · ",
      articleLink(s.articleId, "the article"),
      s.quoteId ? [" · ", link(`#/quotes/${encodeURIComponent(s.quoteId)}`, "the quote in every outlet")] : null));
}

// Items a list page asks for: `limit` in the address (#/speakers?limit=50), else 200.
const hashParams = () => new URLSearchParams(location.hash.split("?")[1] || "");
const pageLimit = () => Math.min(Math.max(parseInt(hashParams().get("limit"), 10) || 200, 1), 500);

// A list's first page is shown at once; the next ones come on request, following the API's cursor to the end.
function moreButton(path, next, append) {
  if (!next) return null;
  const button = el("button", { type: "button", class: "more" }, "Show more");
  button.addEventListener("click", async () => {
    button.disabled = true;
    const page = await api(path + (path.includes("?") ? "&" : "?") + "cursor=" + encodeURIComponent(next));
    page.items.forEach(append);
    button.replaceWith(moreButton(path, page.next, append) || "");
  });
  return button;
}

// A table whose rows follow the list's pages.
function pagedTable(path, page, headings, row, attrs) {
  const body = el("tbody", {}, page.items.map(row));
  return [
    el("table", attrs || {}, el("thead", {}, el("tr", {}, headings.map(h => el("th", {}, h)))), body),
    moreButton(path, page.next, item => body.append(row(item))),
  ];
}

// The clean text with each statement marked where it stands; overlapping spans keep the first.
function markedText(text, statements) {
  const parts = [];
  let at = 0;
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length) continue;
    parts.push(text.slice(at, s.start), el("mark", { "data-statement": s.id, title: s.speaker ? s.speaker.name : "speaker unknown" }, text.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(text.slice(at));
  return el("div", { class: "article-text" }, parts);
}

const safeUrl = url => /^https?:\/\//i.test(url || "") ? url : null;

async function articleDetail(id) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  return [
    el("h1", { "data-article": a.id }, a.title || a.key || a.id),
    el("div", { class: "facts" },
      el("span", {}, el("strong", {}, "Outlet: "), a.source || "unknown"),
      el("span", {}, el("strong", {}, "Published: "), a.published || "unknown"),
      a.authors.length ? el("span", {}, el("strong", {}, "By: "), a.authors.join(", ")) : null,
      a.url ? el("span", {}, el("strong", {}, "Source: "), safeUrl(a.url) ? el("a", { href: safeUrl(a.url), rel: "noopener noreferrer" }, a.url) : a.url) : null,
      a.duplicateOf ? el("span", {}, el("strong", {}, "Copy of: "), articleLink(a.duplicateOf, a.duplicateOf)) : null,
      a.duplicates.length ? el("span", {}, el("strong", {}, "Copies: "), a.duplicates.map((d, i) => [i ? ", " : "", articleLink(d, d)])) : null),
    a.text ? markedText(a.text, a.statements) : el("p", { class: "muted" }, `No text (${a.state}).`),
    el("h2", {}, "Statements"),
    a.statements.length
      ? a.statements.map(s => el("p", { class: "statement", "data-statement": s.id }, el("q", {}, s.text), el("span", { class: "meta" }, `${s.kind}, ${s.cue} · `, speakerLink(s.speaker))))
      : el("p", { class: "muted" }, "None found."),
  ];
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
  const path = `/meetings?limit=${pageLimit()}`;
  const page = await api(path);
  return [
    el("h1", {}, "Meetings"),
    el("p", { class: "muted" }, "Each meeting once, however many outlets reported it."),
    pagedTable(path, page, ["Meeting", "Kind", "Date", "Place", "Outlets", "Statements"], m => el("tr", {},
      el("td", {}, meetingLink(m), m.inPassing ? [" ", el("span", { class: "badge" }, "in passing")] : null),
      el("td", {}, kindLabel(m.kind)), el("td", {}, m.date || ""), el("td", {}, m.place || ""),
      el("td", {}, m.sources.length), el("td", {}, m.statementCount)), { class: "meetings" }),
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
  const path = `/quotes?minSources=${encodeURIComponent(min)}&limit=${pageLimit()}`;
  const page = await api(path);
  const quoteItem = q => el("li", {},
    link(`#/quotes/${encodeURIComponent(q.id)}`, `“${q.text}”`), " — ", speakerLink(q.speaker),
    el("span", { class: "muted" }, ` · ${q.sourceCount} outlet${q.sourceCount === 1 ? "" : "s"}`));
  const list = el("ul", { class: "plain" }, page.items.map(quoteItem));
  const form = el("form", {}, "Carried by at least ", el("input", { type: "number", min: "1", value: min, name: "minSources", class: "narrow" }), " outlets");
  form.addEventListener("change", e => { location.hash = `#/quotes?minSources=${e.target.value}`; });
  return [
    el("h1", {}, "Quotes across outlets"), form,
    list,
    moreButton(path, page.next, item => list.append(quoteItem(item))),
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

// Speakers with the most statements first; the box filters them by name or alias.
async function speakerList() {
  const q = hashParams().get("q") || "";
  const path = `/speakers?sort=statements&limit=${pageLimit()}&q=${encodeURIComponent(q)}`;
  const page = await api(path);
  const search = el("input", { type: "search", placeholder: "Filter by name", value: q, "aria-label": "Filter speakers by name" });
  search.addEventListener("change", () => { location.hash = `#/speakers?q=${encodeURIComponent(search.value)}`; });
  return [
    el("h1", {}, "Speakers"), search,
    el("p", { class: "muted" }, "Most statements first."),
    pagedTable(path, page, ["Name", "Kind", "Roles", "Statements", "Outlets"], s => el("tr", { "data-speaker": s.id },
      el("td", {}, speakerLink(s)), el("td", {}, s.kind), el("td", {}, s.roles.join(", ")),
      el("td", {}, s.statementCount), el("td", {}, s.sourceCount)), { class: "speakers" }),
  ];
}

async function speakerDetail(id) {
  const statementsPath = `/speakers/${encodeURIComponent(id)}/statements?limit=${pageLimit()}`;
  const [s, statements, timeline] = await Promise.all([
    api(`/speakers/${encodeURIComponent(id)}`), api(statementsPath), api(`/speakers/${encodeURIComponent(id)}/timeline`)]);
  const list = el("div", { class: "statements" }, statements.items.map(statement));
  return [
    el("h1", {}, s.name),
    el("div", { class: "facts" },
      s.roles.length ? el("span", {}, el("strong", {}, "Roles: "), s.roles.join(", ")) : null,
      s.aliases.length ? el("span", {}, el("strong", {}, "Also: "), s.aliases.join(", ")) : null),
    el("h2", {}, "Statements by month"),
    speakerTimeline(s.id, timeline),
    el("h2", {}, "Meetings"),
    (s.meetings || []).length
      ? el("ul", { class: "plain" }, s.meetings.map(m => el("li", {}, meetingLink(m), el("span", { class: "muted" }, ` · ${m.date || "date unknown"} · ${m.sources.length} outlets`))))
      : el("p", { class: "muted" }, "None found."),
    el("h2", {}, "Statements"),
    el("p", {}, link(`#/search?speaker=${encodeURIComponent(s.id)}`, "Search these statements")),
    list,
    moreButton(statementsPath, statements.next, item => list.append(statement(item))),
  ];
}

async function sourceList() {
  const path = `/sources?limit=${pageLimit()}`;
  const page = await api(path);
  return [
    el("h1", {}, "Sources"),
    pagedTable(path, page, ["Source", "Articles", "Statements"], s => el("tr", {}, el("td", {}, s.name), el("td", {}, s.articleCount), el("td", {}, s.statementCount))),
    page.items.length ? null : el("p", { class: "muted" }, "No article names its source."),
  ];
}

const routes = [
  [/^#\/search/, searchPage],
  [/^#\/meetings\/(.+)$/, meetingDetail],
  [/^#\/quotes\/(.+)$/, quoteDetail],
  [/^#\/speakers\/(.+)$/, speakerDetail],
  [/^#\/articles\/(.+)$/, articleDetail],
  [/^#\/uploads\/(.+)$/, uploadDetail],
  [/^#\/uploads/, uploadList],
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
