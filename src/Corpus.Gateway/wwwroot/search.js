// Search page (#/search?q=&speaker=&source=&kind=&from=&to=&sort=): statements by words and filters, the matched words
// marked, paged by the API's cursor, and the same query as CSV or NDJSON. Uses el, api and link from app.js.
"use strict";

const searchFields = ["q", "speaker", "source", "kind", "from", "to", "sort"];
const statementKinds = ["direct", "indirect", "partial"];

// The query string of GET /api/statements for the search in the address, without empty fields.
function statementQuery(params) {
  const query = new URLSearchParams();
  for (const name of searchFields) {
    if (params.get(name)) query.set(name, params.get(name));
  }
  return query;
}

// A statement's text with the matched ranges as <mark> elements between text nodes; overlapping ranges keep the first.
function markedWords(text, matches) {
  const parts = [];
  let at = 0;
  for (const m of [...(matches || [])].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue;
    parts.push(text.slice(at, m.start), el("mark", {}, text.slice(m.start, m.end)));
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts;
}

function foundStatement(s) {
  return el("p", { class: "statement", "data-statement": s.id },
    el("q", {}, markedWords(s.text, s.matches)),
    el("span", { class: "meta" },
      speakerLink(s.speaker), ` · ${s.kind}, ${s.cue} · `,
      el("span", { class: "outlet" }, s.source || "outlet unknown"), " · ",
      s.published || "undated", " · ",
      articleLink(s.articleId, "the article")));
}

// Export links carry the query; with an API key they fetch with it and hand the file over, since a link cannot send a header.
function exportLink(query, format, label) {
  const href = `/api/statements?${query}${query.toString() ? "&" : ""}format=${format}`;
  const anchor = el("a", { href, download: `statements.${format}`, class: "export", "data-format": format }, label);
  anchor.addEventListener("click", async event => {
    if (!apiKey()) return;
    event.preventDefault();
    const response = await fetch(href, { headers: authorized({}) });
    if (!response.ok) { anchor.replaceWith(el("span", { class: "error" }, (await failure(href, response)).message)); return; }
    const file = URL.createObjectURL(await response.blob());
    const save = el("a", { href: file, download: `statements.${format}` });
    save.click();
    setTimeout(() => URL.revokeObjectURL(file), 60000);
  });
  return anchor;
}

// The speaker field takes a name; the address keeps the speaker's id. An exact name wins, else a single match.
async function speakerIdFor(name, current) {
  if (!name.trim()) return { id: "" };
  if (current && current.name === name) return { id: current.id };
  const page = await api(`/speakers?limit=20&q=${encodeURIComponent(name.trim())}`);
  const exact = page.items.filter(s => s.name.toLowerCase() === name.trim().toLowerCase());
  const chosen = exact.length === 1 ? exact[0] : page.items.length === 1 ? page.items[0] : null;
  return chosen ? { id: chosen.id } : { choices: page.items };
}

function searchForm(params, sources, speaker) {
  const selectOf = (name, options, label) => el("select", { name, "aria-label": label },
    el("option", { value: "" }, "any"),
    options.map(value => el("option", { value, selected: value === params.get(name) ? "selected" : null }, value)));
  const speakerInput = el("input", { type: "search", name: "speakerName", value: speaker ? speaker.name : "", placeholder: "any", "aria-label": "Speaker" });
  const note = el("p", { class: "muted choices" });
  const form = el("form", { class: "search", role: "search" },
    el("input", { type: "search", name: "q", class: "wide", value: params.get("q") || "", placeholder: "Words in statements: elections, \"early elections\", vote OR ballot", "aria-label": "Words" }),
    el("label", {}, "Speaker ", speakerInput),
    el("label", {}, "Outlet ", selectOf("source", sources.items.map(s => s.name), "Outlet")),
    el("label", {}, "Kind ", selectOf("kind", statementKinds, "Kind")),
    el("label", {}, "From ", el("input", { type: "date", name: "from", value: params.get("from") || "" })),
    el("label", {}, "To ", el("input", { type: "date", name: "to", value: params.get("to") || "" })),
    el("label", {}, "Order ", el("select", { name: "sort", "aria-label": "Order" },
      el("option", { value: "" }, "newest first"),
      el("option", { value: "relevance", selected: params.get("sort") === "relevance" ? "selected" : null }, "most relevant first"))),
    el("button", { type: "submit" }, "Search"),
    note);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const fields = new FormData(form);
    const found = await speakerIdFor(String(fields.get("speakerName") || ""), speaker).catch(error => ({ error }));
    if (found.error || found.choices) {
      note.replaceChildren(found.error ? found.error.message
        : found.choices.length ? ["Which one? ", found.choices.map((s, i) => [i ? ", " : "", el("button", { type: "button", class: "choice" }, s.name)])]
        : "No speaker has that name.");
      note.querySelectorAll("button.choice").forEach((button, i) => button.addEventListener("click", () => {
        speakerInput.value = found.choices[i].name;
        speaker = found.choices[i];
        form.requestSubmit();
      }));
      return;
    }
    fields.set("speaker", found.id);
    location.hash = "#/search?" + statementQuery(fields);
  });
  return form;
}

async function searchPage() {
  const params = hashParams();
  const query = statementQuery(params);
  const speakerId = params.get("speaker");
  const [sources, speaker] = await Promise.all([
    api("/sources?limit=500"),
    speakerId ? api(`/speakers/${encodeURIComponent(speakerId)}`).catch(() => ({ id: speakerId, name: speakerId })) : null,
  ]);
  const path = `/statements?${query}${query.toString() ? "&" : ""}limit=${pageLimit()}`;
  let results;
  try {
    const page = await api(path);
    const list = el("div", { class: "statements", "data-results": page.items.length }, page.items.map(foundStatement));
    results = [
      el("p", { class: "muted" }, page.items.length
        ? (params.get("sort") === "relevance" ? "Most relevant first, then newest. " : "Newest first. ")
        : "No statement matches. ",
        "Export this search: ", exportLink(query, "csv", "CSV"), " · ", exportLink(query, "ndjson", "NDJSON")),
      list,
      moreButton(path, page.next, item => list.append(foundStatement(item))),
    ];
  } catch (error) {
    results = el("p", { class: "error" }, `The search was refused: ${error.message}`);
  }
  return [el("h1", {}, "Search statements"), searchForm(params, sources, speaker), results];
}
