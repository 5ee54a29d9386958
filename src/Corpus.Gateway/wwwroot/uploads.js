// Upload page (#/uploads): pick or drop files, send them as one multipart upload, then follow its processing
// (#/uploads/{id}) until every accepted article is processed or failed. Uses el, api, link and moreButton from app.js.
"use strict";

const uploadFileTypes = ".txt,.html,.htm,.ndjson,.jsonl,.json";

// The rejected lines only the upload's answer tells, kept for the progress page of this tab.
const uploadReceipts = new Map();

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const sizeOf = bytes => bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;

// XMLHttpRequest rather than fetch: only it tells how much of the body was sent.
function sendFiles(files, onSent) {
  const body = new FormData();
  files.forEach(file => body.append("files", file, file.name));
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/uploads");
    Object.entries(authorized({ accept: "application/json" })).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.upload.addEventListener("progress", event => { if (event.lengthComputable) onSent(event.loaded, event.total); });
    request.addEventListener("load", () => {
      let answer = null;
      try { answer = JSON.parse(request.responseText); } catch { answer = null; }
      if (request.status === 202) resolve(answer);
      else if (request.status === 401) reject(new Error(apiKey() ? "the API key was refused" : "this server needs an API key: enter it above"));
      else reject(new Error(answer && answer.detail ? answer.detail : `status ${request.status}`));
    });
    request.addEventListener("error", () => reject(new Error("the server could not be reached")));
    request.send(body);
  });
}

function uploadForm() {
  let files = [];
  const input = el("input", { type: "file", id: "upload-files", name: "files", multiple: "multiple", accept: uploadFileTypes });
  const chosen = el("ul", { class: "plain chosen" });
  const send = el("button", { type: "submit", disabled: "disabled" }, "Upload");
  const status = el("p", { class: "muted", role: "status" });
  const choose = list => {
    files = [...list];
    chosen.replaceChildren(...files.map(f => el("li", {}, f.name, el("span", { class: "muted" }, ` · ${sizeOf(f.size)}`))));
    send.disabled = files.length === 0;
  };
  const drop = el("label", { class: "drop", for: "upload-files" },
    el("strong", {}, "Drop files here or click to choose them"),
    el("span", { class: "muted" }, "Plain text or HTML articles (.txt, .html), or many articles as .ndjson, .jsonl or a .json array."));
  drop.addEventListener("dragover", event => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", event => { event.preventDefault(); drop.classList.remove("over"); choose(event.dataTransfer.files); });
  input.addEventListener("change", () => choose(input.files));
  const form = el("form", { class: "upload" }, drop, input, chosen, send, status);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    send.disabled = true;
    try {
      const receipt = await sendFiles(files, (sent, total) => { status.textContent = `Sent ${sizeOf(sent)} of ${sizeOf(total)}…`; });
      uploadReceipts.set(receipt.id, receipt);
      location.hash = `#/uploads/${encodeURIComponent(receipt.id)}`;
    } catch (error) {
      status.replaceChildren(el("span", { class: "error" }, `The upload was refused: ${error.message}`));
      send.disabled = false;
    }
  });
  return form;
}

const uploadLink = u => link(`#/uploads/${encodeURIComponent(u.id)}`, new Date(u.receivedAt).toLocaleString());

async function uploadList() {
  const path = `/uploads?limit=${pageLimit()}`;
  const page = await api(path);
  return [
    el("h1", {}, "Upload articles"),
    uploadForm(),
    el("h2", {}, "Recent uploads"),
    page.items.length
      ? pagedTable(path, page, ["Received", "State", "Accepted", "Processed", "Failed", "Duplicates", "Rejected"], u => el("tr", { "data-upload": u.id },
        el("td", {}, uploadLink(u)), el("td", {}, u.state), el("td", {}, u.accepted), el("td", {}, u.processed),
        el("td", {}, u.failed), el("td", {}, u.duplicates), el("td", {}, u.rejected)))
      : el("p", { class: "muted" }, "Nothing uploaded yet."),
  ];
}

function uploadProgress(u, receipt) {
  const finished = u.processed + u.failed;
  const state = { done: "Processed.", processing: "Processing…", incomplete: "Incomplete: the server stopped while storing this upload; send it again." }[u.state] || u.state;
  const rejected = receipt ? receipt.rejected : [];
  return [
    el("p", { class: "state", "data-state": u.state }, state),
    el("progress", { max: String(Math.max(u.accepted, 1)), value: String(u.accepted ? finished : 1) }),
    el("p", { class: "facts" },
      el("span", { class: "finished" }, `${finished} of ${plural(u.accepted, "accepted article")} finished: ${u.processed} processed, ${u.failed} failed`),
      el("span", {}, `${u.received} received`),
      el("span", {}, plural(u.duplicates, "duplicate")),
      el("span", {}, `${u.rejected} rejected`)),
    u.failures.length ? [
      el("h2", {}, "Failed articles"),
      el("ul", { class: "plain failures" }, u.failures.map(f => el("li", { "data-article": f.articleId },
        el("strong", {}, f.key || f.articleId), ": ", f.reason))),
    ] : null,
    rejected.length ? [
      el("h2", {}, "Rejected lines"),
      el("ul", { class: "plain rejections" }, rejected.map(r => el("li", {}, `Line ${r.line}${r.key ? ` (${r.key})` : ""}: `, r.error))),
    ] : null,
  ];
}

// Asks again every second while the upload is processing and its page is still open.
async function uploadDetail(id) {
  const path = `/uploads/${encodeURIComponent(id)}`;
  const section = el("section", { class: "upload-progress", "data-upload": id });
  const show = upload => section.replaceChildren(...[uploadProgress(upload, uploadReceipts.get(id))].flat(Infinity).filter(Boolean));
  const shownAt = location.hash;
  const follow = upload => {
    if (upload.state !== "processing") return;
    setTimeout(async () => {
      if (location.hash !== shownAt) return;
      const next = await api(path).catch(() => upload);
      if (location.hash !== shownAt) return;
      show(next);
      follow(next);
    }, 1000);
  };
  const upload = await api(path);
  show(upload);
  follow(upload);
  return [el("h1", {}, "Upload ", el("code", {}, id)), section, el("p", {}, link("#/uploads", "Upload more"))];
}
