// The tables of an assessment (考核) and of a published 通报: one row per point, window or clerk with
// the figures behind its service index, its parts and its ranks. Shared by assessment.js and bulletin.js.
import { h } from "/js/dom.js";
import { at, percent } from "/js/assessment-texts.js";

const rank = (value, of) => (value === null || value === undefined ? "—" : `${value}/${of}`);
const deductionsOf = (f) => f.reminders + f.admonitions + f.notices;

/** The name of an entry's unit: the point, the window at its point, the clerk at their point. */
export const unitName = (e) => (e.unit.kind === "Window" ? `${e.pointName} · ${e.windowName}`
  : e.unit.kind === "Clerk" ? `${e.clerkName} · ${e.pointName}` : e.pointName);

/** One table of entries of a kind, with a heading. */
export function entryTable(title, entries, kind) {
  return h("div", { class: "table-scroll" },
    h("h3", {}, title),
    h("table", { class: "sheet-table", "data-kind": kind },
      h("thead", {}, h("tr", {},
        ...["name", "received", "completed", "onTimeRate", "avgDays", "returned", "satisfaction", "badRatings", "upheld", "accountability", "overdue", "vacantPosts",
          "efficiency", "quality", "performance", "deductions", "index", "townshipRank", "cityRank"].map((k) => h("th", {}, at(k))))),
      h("tbody", {}, entries.length ? null : h("tr", {}, h("td", { colspan: 19, class: "muted" }, at("none"))), ...entries.map((e) => {
        const f = e.figures;
        const s = e.score;
        return h("tr", { "data-unit": `${e.unit.pointCode}/${e.unit.windowId ?? ""}/${e.unit.clerkId ?? ""}` },
          h("td", {}, unitName(e)),
          h("td", { class: "num" }, f.received),
          h("td", { class: "num" }, f.completed),
          h("td", { class: "num" }, percent(s?.onTimeRate)),
          h("td", { class: "num" }, s ? s.averageWorkingDays : "—"),
          h("td", { class: "num" }, f.returned),
          h("td", { class: "num" }, percent(s?.satisfaction)),
          h("td", { class: "num" }, f.badRatings),
          h("td", { class: "num" }, f.complaintsUpheld),
          h("td", { class: "num" }, deductionsOf(f)),
          h("td", { class: "num" }, f.overdue),
          h("td", { class: "num" }, f.vacantPosts),
          h("td", { class: "num" }, s ? s.efficiency : "—"),
          h("td", { class: "num" }, s ? s.quality : "—"),
          h("td", { class: "num" }, s ? s.performance : "—"),
          h("td", { class: "num" }, s ? s.deductions : "—"),
          s ? h("td", { class: "num index" }, s.index) : h("td", { class: "unranked" }, at("notRanked")),
          h("td", { class: "num" }, rank(e.townshipRank, e.townshipRanked)),
          h("td", { class: "num city-rank" }, rank(e.cityRank, e.cityRanked)));
      }))));
}

/** The three tables of an assessment or a 通报. */
export const entryTables = (report) => [
  entryTable(at("points"), report.points, "Point"),
  entryTable(at("windows"), report.windows, "Window"),
  entryTable(at("clerks"), report.clerks, "Clerk"),
];
