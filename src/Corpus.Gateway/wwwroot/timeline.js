// A speaker's statements by month (GET /api/speakers/{id}/timeline): a bar per month from the first to the last,
// months without statements included, each month linking to a search of its statements; undated ones counted apart.
"use strict";

// Beyond twenty years of empty months (a mistyped date), only the months with statements are shown.
const mostMonthsShown = 240;

function monthsBetween(first, last) {
  const months = [];
  let [year, month] = first.split("-").map(Number);
  const [lastYear, lastMonth] = last.split("-").map(Number);
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && months.length <= mostMonthsShown) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

const lastDayOf = month => {
  const [year, number] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, "0")}`;
};

function speakerTimeline(speakerId, timeline) {
  const counts = new Map(timeline.months.map(m => [m.month, m.statements]));
  const dated = timeline.months.map(m => m.month);
  const spanned = dated.length ? monthsBetween(dated[0], dated[dated.length - 1]) : [];
  const months = spanned.length > mostMonthsShown ? dated : spanned;
  const most = Math.max(1, ...counts.values());
  const row = month => {
    const n = counts.get(month) || 0;
    const bar = el("span", { class: "bar" });
    bar.style.width = `${(100 * n / most).toFixed(1)}%`; // CSSOM, which the page's style-src 'self' allows
    const search = `#/search?speaker=${encodeURIComponent(speakerId)}&from=${month}-01&to=${lastDayOf(month)}`;
    return el("tr", { "data-month": month, "data-statements": n },
      el("th", {}, n ? link(search, month) : month), el("td", { class: "bar-cell" }, bar), el("td", { class: "count" }, n));
  };
  const undated = timeline.undated
    ? el("p", { class: "muted undated" }, `${timeline.undated} statement${timeline.undated === 1 ? "" : "s"} in undated articles.`)
    : null;
  return [
    months.length ? el("table", { class: "timeline" }, el("tbody", {}, months.map(row))) : el("p", { class: "muted" }, "No dated statements."),
    undated,
  ];
}
