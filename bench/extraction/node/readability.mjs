// Readability.js over the aeb-dev pages: prints { id: { articleBody } } on stdout, pages per CPU-second on stderr.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const folder = process.argv[2];
const truth = JSON.parse(readFileSync(join(folder, "ground-truth.json"), "utf8"));
const pages = Object.keys(truth).sort().map((id) => ({ id, url: truth[id].url, html: gunzipSync(readFileSync(join(folder, "html", `${id}.html.gz`))).toString("utf8") }));
const quiet = new VirtualConsole();

const output = {};
// CPU time, not wall time: on a shared machine wall time measures the neighbours.
const start = process.cpuUsage();
for (const page of pages) {
  try {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    output[page.id] = { articleBody: new Readability(dom.window.document).parse()?.textContent ?? "" };
    dom.window.close();
  } catch {
    output[page.id] = { articleBody: "" };
  }
}
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
process.stdout.write(JSON.stringify(output));
process.stderr.write(`readability-js pages/s ${(pages.length / seconds).toFixed(2)}\n`);
