// The city monitor's history and drill-down: when the page opens, today by hour, the last 30 days by
// day and today's figures one level below are read from the database (the report rollups, GET
// /api/points/{point}/history); then the matters' live changes carry the charts on. Clicking a
// point (in the chart below, or in the monitor's tree) narrows to it: city → township → village →
// window; the crumbs go back up.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { connectLive } from "/js/live.js";
import { chinaParts, chinaToday, formatDay } from "/js/china-time.js";
import { st } from "/js/statistics-texts.js";
import { drawFlow, drawRows } from "/js/statistics-charts.js";

const Days = 30;
const closing = new Set(["Completed", "Returned", "Delivered"]);
const me = await api("/api/auth/me");
const cityCode = new URLSearchParams(location.search).get("city") ?? me.pointCode.slice(0, 6);
const card = document.getElementById("monitor-history");
const crumbs = h("div", { class: "history-crumbs" });
const hoursChart = h("div", { class: "statistics-chart", id: "history-hours" });
const daysChart = h("div", { class: "statistics-chart", id: "history-days" });
const belowChart = h("div", { class: "statistics-chart", id: "history-below" });
card.replaceChildren(
  h("h2", {}, st("history")), crumbs,
  h("h3", {}, st("todayByHour")), hoursChart,
  h("h3", {}, st("lastDays", Days)), daysChart,
  h("h3", {}, st("below")), belowChart);

// The path drilled down: [{ code, name, windowId }], the city first.
const trail = [{ code: cityCode, name: "", windowId: null }];
let shown = null; // the history on the charts, kept current by live changes

async function load() {
  const scope = trail.at(-1);
  shown = await api(withQuery(path`/api/points/${scope.code}/history`, { windowId: scope.windowId ?? undefined, days: Days }));
  scope.name = scope.windowId ? (shown.below.find((r) => r.key === scope.windowId)?.name ?? scope.windowId) : shown.pointName;
  draw();
}

function draw() {
  crumbs.replaceChildren(...trail.map((s, i) => {
    const button = h("button", { type: "button", class: i === trail.length - 1 ? "link current" : "link", "data-code": s.code }, s.windowId ? `${s.name}` : s.name || s.code);
    button.onclick = () => { trail.splice(i + 1); load(); };
    return button;
  }));
  drawFlow(hoursChart, shown.hours, (c) => `${c.label}:00`);
  drawFlow(daysChart, shown.days, (c) => formatDay(c.label).replace(/^\d{4}年/, ""));
  drawRows(belowChart, shown.below, [["received", (f) => f.received], ["completed", (f) => f.completed]], narrowTo);
}

/** Narrows to a row below: a point (its subtree; rows are keyed by division code) or a window of the point shown. */
function narrowTo(row) {
  const scope = trail.at(-1);
  if (scope.windowId || row.key === scope.code) return;
  trail.push(/^\d+$/.test(row.key) ? { code: row.key, name: row.name, windowId: null } : { code: scope.code, name: row.name, windowId: row.key });
  load();
}

/** Narrows to a point of the monitor's tree: the trail from the city down to it. */
function narrowToPoint(code) {
  if (!code.startsWith(cityCode)) return;
  trail.splice(1);
  for (let length = cityCode.length + 3; length <= code.length; length += 3) trail.push({ code: code.slice(0, length), name: "", windowId: null });
  load();
}
document.getElementById("tree")?.addEventListener("click", (event) => {
  const row = event.target.closest("tr[data-code]");
  if (row) narrowToPoint(row.dataset.code);
});

/** A matter's live change, counted into the charts if it lies in the scope shown. */
function count(change) {
  const scope = trail.at(-1);
  if (!shown || !change.pointCode.startsWith(scope.code) || (scope.windowId && change.windowId !== scope.windowId)) return false;
  const received = change.version === 1;
  const closed = change.isClosed && closing.has(change.action);
  if (!received && !closed) return false;
  const day = chinaToday(new Date(change.at));
  const add = (c) => { if (received) c.received++; if (closed) c.closed++; };
  if (day === shown.today) {
    const hour = shown.hours[chinaParts(change.at).hour];
    if (hour) add(hour);
  }
  const d = shown.days.find((x) => x.label === day);
  if (d) add(d);
  if (day === shown.today) {
    const pointRows = shown.below.some((r) => /^\d+$/.test(r.key));
    const key = pointRows ? (change.pointCode.length > scope.code.length ? change.pointCode.slice(0, scope.code.length + 3) : scope.code) : change.windowId;
    const row = scope.windowId ? null : shown.below.find((r) => r.key === key);
    if (row) { if (received) row.figures.received++; if (closed && change.status === "Completed") row.figures.completed++; }
  }
  return true;
}

await load();
await connectLive({
  cities: [cityCode],
  on: { matter: (batch) => { if (batch.map(count).some(Boolean)) draw(); } },
});
