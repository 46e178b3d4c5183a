// Statistics (统计) of a point, its subtree, a window, by period (day, week, month, quarter, year)
// with the period before, split by point, window, item, clerk or day: one gateway call per view
// (GET /api/points/{point}/statistics), which reads the report rollups. Charts with ECharts.
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { formatDay, chinaToday } from "/js/china-time.js";
import { st, applyStatisticsTexts } from "/js/statistics-texts.js";
import { drawFlow, drawRows } from "/js/statistics-charts.js";
import { wired } from "/js/forms.js";

applyTexts();
applyStatisticsTexts();
document.getElementById("lang").onclick = toggleLanguage;

const me = await api("/api/auth/me");
if (me.role === "CityMonitor") document.getElementById("back").setAttribute("href", "/monitor.html");
const form = document.getElementById("statistics-form");
const pointSelect = document.getElementById("statistics-point");
const windowSelect = document.getElementById("statistics-window");
const params = new URLSearchParams(location.search);
document.getElementById("statistics-day").value = params.get("day") ?? chinaToday();
for (const name of ["period", "by"]) if (params.get(name)) form[name].value = params.get(name);
const reachesBelow = me.role === "CenterDirector" || me.role === "CityMonitor";
form.subtree.checked = params.has("subtree") ? params.get("subtree") === "true" : reachesBelow;
form.subtree.disabled = !reachesBelow;

// The points the user may choose: their own, and for a director or the monitor every point below it.
const root = me.role === "CityMonitor" ? me.pointCode.slice(0, 6) : me.pointCode;
const points = [];
if (reachesBelow) {
  const visit = (node, depth) => { points.push({ code: node.code, name: `${"　".repeat(depth)}${node.name}` }); node.children.forEach((c) => visit(c, depth + 1)); };
  visit(await api(path`/api/points/${root}/tree`), 0);
} else {
  points.push({ code: me.pointCode, name: (await api(path`/api/points/${me.pointCode}`)).name });
}
pointSelect.replaceChildren(...points.map((p) => h("option", { value: p.code }, p.name)));
pointSelect.value = points.some((p) => p.code === params.get("point")) ? params.get("point") : points[0].code;

async function loadWindows() {
  const point = await api(path`/api/points/${pointSelect.value}`);
  windowSelect.replaceChildren(h("option", { value: "" }, st("anyWindow")), ...point.windows.map((w) => h("option", { value: w.id }, w.name)));
  if (point.windows.some((w) => w.id === params.get("windowId"))) windowSelect.value = params.get("windowId");
}

const percent = (v) => (v === null || v === undefined ? "—" : `${(v * 100).toFixed(1)}%`);
const number = (v) => (v === null || v === undefined ? "—" : Number.isInteger(v) ? String(v) : v.toFixed(1));
// Money arrives as whole fen and is shown in yuan (元) with two decimals.
const yuan = (fen) => (fen === null || fen === undefined ? "—" : `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`);
// The figures shown, with how each is written.
const figures = [
  ["received", (f) => f.received], ["accepted", (f) => f.accepted], ["completed", (f) => f.completed], ["onTime", (f) => f.onTime],
  ["onTimeRate", (f) => f.onTimeRate, percent], ["late", (f) => f.late], ["overdue", (f) => f.overdue], ["returned", (f) => f.returned],
  ["supplements", (f) => f.supplements], ["handedUp", (f) => f.handedUp], ["joint", (f) => f.joint],
  ["averageDays", (f) => f.averageWorkingDays], ["p90Days", (f) => f.workingDaysP90],
  ["ratings", (f) => f.ratings], ["satisfaction", (f) => f.satisfaction, percent], ["bad", (f) => f.ratingsBad],
  ["complaints", (f) => f.complaints], ["upheld", (f) => f.complaintsUpheld],
  ["tickets", (f) => f.tickets], ["averageWait", (f) => f.averageWaitMinutes], ["p90Wait", (f) => f.waitMinutesP90],
  ["feeReceipts", (f) => f.feeReceipts], ["feesCollected", (f) => f.feesCollectedFen, yuan], ["feesRefunded", (f) => f.feesRefundedFen, yuan],
  ["appointments", (f) => f.appointments], ["appointmentsCheckedIn", (f) => f.appointmentsCheckedIn], ["appointmentsNoShow", (f) => f.appointmentsNoShow],
  ["vacantPosts", (f) => f.vacantPosts],
];
const rowFigures = ["received", "completed", "onTime", "onTimeRate", "overdue", "returned", "averageDays", "p90Days", "satisfaction", "complaints", "averageWait", "feesCollected", "vacantPosts"];

function change(now, before) {
  if (now === null || now === undefined || before === null || before === undefined) return h("td", { class: "num" }, "—");
  const delta = now - before;
  const text = before === 0 ? (delta === 0 ? "0" : "—") : `${delta >= 0 ? "+" : ""}${((delta / Math.abs(before)) * 100).toFixed(1)}%`;
  return h("td", { class: `num ${delta > 0 ? "change-up" : delta < 0 ? "change-down" : ""}` }, text);
}

function render(report) {
  document.getElementById("point-name").textContent = report.pointName;
  document.getElementById("statistics-heading").textContent =
    `${report.pointName}　${formatDay(report.from)} — ${formatDay(report.to)}`;
  document.getElementById("statistics-subtitle").textContent =
    `${st("workingDays", report.workingDays)}；${st("previous")} ${formatDay(report.previousFrom)} — ${formatDay(report.previousTo)}（${st("workingDays", report.previousWorkingDays)}）`;
  document.querySelector("#statistics-totals tbody").replaceChildren(...figures.map(([key, value, format = number]) => h("tr", { "data-figure": key },
    h("th", {}, st(key)), h("td", { class: "num" }, format(value(report.total))), h("td", { class: "num" }, format(value(report.previousTotal))),
    change(value(report.total), value(report.previousTotal)))));
  const reasons = report.total.returnReasons;
  document.getElementById("statistics-reasons").textContent = reasons.length === 0 ? "" : `${st("returnReasons")}：${reasons.map((r) => `${r.reason} ${r.count}`).join("；")}`;

  drawFlow(document.getElementById("chart-days"), report.days, (d) => formatDay(d.label));
  const narrow = (row) => { if (!row.canNarrow) return; pointSelect.value = row.key; form.subtree.checked = true; loadWindows().then(show); };
  drawRows(document.getElementById("chart-rows"), report.rows, [["completed", (f) => f.completed], ["onTime", (f) => f.onTime]], report.query.by === "Point" ? narrow : null);
  document.getElementById("rows-hint").textContent = report.rows.some((r) => r.canNarrow) ? st("narrow") : report.rows.length === 0 ? st("noRows") : "";

  const byFigure = new Map(figures.map((f) => [f[0], f]));
  document.querySelector("#statistics-rows thead").replaceChildren(h("tr", {}, h("th", {}, st("name")), rowFigures.map((k) => h("th", { class: "num" }, st(k)))));
  document.querySelector("#statistics-rows tbody").replaceChildren(...report.rows.map((row) => {
    const tr = h("tr", { class: row.canNarrow ? "narrow" : "", "data-key": row.key },
      h("td", {}, report.query.by === "Day" ? formatDay(row.name) : row.name),
      rowFigures.map((k) => { const [, value, format = number] = byFigure.get(k); return h("td", { class: "num" }, format(value(row.figures))); }));
    if (row.canNarrow) tr.onclick = () => narrow(row);
    return tr;
  }));
}

// Only the latest view asked for is drawn: an earlier answer arriving after it is dropped.
let latest = 0;

async function show() {
  const asked = ++latest;
  clearProblems(form);
  const query = {
    period: form.period.value,
    day: form.day.value,
    by: form.by.value,
    subtree: form.subtree.checked,
    windowId: windowSelect.value || undefined,
  };
  history.replaceState(null, "", withQuery("/statistics.html", { point: pointSelect.value, ...query }));
  try {
    const report = await api(withQuery(path`/api/points/${pointSelect.value}/statistics`, query));
    if (asked === latest) render(report);
  } catch (error) {
    if (asked === latest) showProblem(form, error);
  }
}

pointSelect.onchange = () => loadWindows();
form.onsubmit = (event) => { event.preventDefault(); show(); };
await loadWindows();
wired(form);
await show();
document.body.dataset.ready = "true";
