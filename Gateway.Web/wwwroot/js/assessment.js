// The service index and assessment (服务指数, 考核) of a month, for directors, supervisors and the city
// monitor: every point, window and clerk at and below the chosen point with its figures, index and
// ranks (computed by the grains from the rollups); the city's 通报 drafted here and published by the
// city monitor or a city director; candidates for 文明窗口 and 先进个人 of a quarter.
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { chinaToday, formatDateTime } from "/js/china-time.js";
import { at, applyAssessmentTexts, formulaText } from "/js/assessment-texts.js";
import { entryTables, unitName } from "/js/assessment-tables.js";
import { wired } from "/js/forms.js";

applyTexts();
applyAssessmentTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("assessment-print").onclick = () => window.print();

const me = await api("/api/auth/me");
const params = new URLSearchParams(location.search);
const form = document.getElementById("assessment-form");
const pointSelect = document.getElementById("assessment-point");
const monthInput = document.getElementById("assessment-month");
const city = me.pointCode.slice(0, 6);

// The month before this one (China time) unless asked: the last month that can be published.
const [year, month] = chinaToday().split("-").map(Number);
const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
monthInput.value = /^\d{4}-\d{2}$/.test(params.get("month") ?? "") ? params.get("month") : previous;

const tree = await api(path`/api/points/${me.role === "CityMonitor" ? city : me.pointCode}/tree`);
const points = [];
const visit = (node, depth) => { points.push({ code: node.code, name: `${"　".repeat(depth)}${node.name}` }); node.children.forEach((c) => visit(c, depth + 1)); };
visit(tree, 0);
pointSelect.replaceChildren(...points.map((p) => h("option", { value: p.code }, p.name)));
pointSelect.value = points.some((p) => p.code === params.get("point")) ? params.get("point") : points[0].code;

// Who may publish the city's 通报: the grain decides; the form is offered to the city's monitor and directors.
const mayPublish = me.role === "CityMonitor" || (me.role === "CenterDirector" && me.pointCode === city);

async function show() {
  clearProblems(form);
  let report;
  try {
    report = await api(withQuery(path`/api/points/${pointSelect.value}/assessment`, { month: monthInput.value }));
  } catch (error) { showProblem(form, error); return; }
  history.replaceState(null, "", `?${new URLSearchParams({ point: report.pointCode, month: report.month })}`);
  document.getElementById("point-name").textContent = report.pointName;
  document.getElementById("assessment-heading").textContent = `${report.pointName} ${report.month.replace("-", "年")}月 ${at("assessmentTitle")}`;
  document.getElementById("assessment-subtitle").textContent = report.bulletinNumber ? at("published", report.bulletinNumber) : `${at("draft")} · ${formatDateTime(report.computedAt)}`;
  document.getElementById("assessment-tables").replaceChildren(...entryTables(report));
  document.getElementById("assessment-formula").textContent = formulaText(report.weights);
  document.getElementById("publication-link").setAttribute("href", withQuery("/public/publication.html", { point: report.pointCode }));
  showBulletin(report);
  document.body.dataset.loaded = "true";
}

function showBulletin(report) {
  const panel = document.getElementById("bulletin-form");
  panel.hidden = !mayPublish;
  const open = document.getElementById("bulletin-open");
  const publish = document.getElementById("bulletin-publish");
  open.hidden = !report.bulletinNumber;
  open.setAttribute("href", withQuery("/bulletin.html", { month: report.month }));
  publish.hidden = Boolean(report.bulletinNumber) || !report.isComplete;
  document.getElementById("bulletin-state").textContent = report.bulletinNumber ? at("published", report.bulletinNumber) : report.isComplete ? at("draft") : at("monthOpen");
}

document.getElementById("bulletin-publish").onclick = async () => {
  const panel = document.getElementById("bulletin-form");
  clearProblems(panel);
  try {
    await api(path`/api/cities/${city}/bulletins/${monthInput.value}/publish`, { method: "POST" });
  } catch (error) { showProblem(panel, error); return; }
  await show();
};

// Candidates of a quarter: the last four quarters, newest first.
const quarterSelect = document.getElementById("candidates-quarter");
const quarters = [];
for (let i = 0, y = year, q = Math.floor((month - 1) / 3) + 1; i < 4; i++) {
  quarters.push(`${y}-${q}`);
  q -= 1; if (q === 0) { q = 4; y -= 1; }
}
quarterSelect.replaceChildren(...quarters.map((v) => h("option", { value: v }, at("yearQuarter", ...v.split("-")))));

const candidateList = (title, list) => h("div", {},
  h("h3", {}, title),
  list.length ? h("table", { class: "sheet-table" },
    h("thead", {}, h("tr", {}, ...["rank", "name", "completed", "onTimeRate", "satisfaction", "index"].map((k) => h("th", {}, at(k))))),
    h("tbody", {}, ...list.map((c) => h("tr", {},
      h("td", { class: "num" }, c.rank), h("td", {}, unitName(c.entry)), h("td", { class: "num" }, c.entry.figures.completed),
      h("td", { class: "num" }, c.entry.score ? `${(c.entry.score.onTimeRate * 100).toFixed(1)}%` : "—"),
      h("td", { class: "num" }, c.entry.score?.satisfaction == null ? "—" : `${(c.entry.score.satisfaction * 100).toFixed(1)}%`),
      h("td", { class: "num" }, c.entry.score?.index ?? "—")))))
    : h("p", { class: "muted" }, at("none")));

const candidates = document.getElementById("candidates-form");
candidates.onsubmit = async (e) => {
  e.preventDefault();
  const candidatesForm = e.target;
  clearProblems(candidatesForm);
  const [y, q] = quarterSelect.value.split("-");
  let result;
  try {
    result = await api(withQuery(path`/api/points/${pointSelect.value}/award-candidates`, { year: y, quarter: q }));
  } catch (error) { showProblem(candidatesForm, error); return; }
  document.getElementById("candidates").replaceChildren(
    candidateList(at("modelWindows"), result.modelWindows),
    candidateList(at("modelClerks"), result.modelClerks),
    h("div", {}, h("h3", {}, at("passedOver")),
      result.passedOver.length
        ? h("ul", {}, ...result.passedOver.map((p) => h("li", {}, `${unitName(p.entry)}（${at(p.passedOverBecause)}）`)))
        : h("p", { class: "muted" }, at("none"))));
};
wired(candidates);

form.onsubmit = async (e) => { e.preventDefault(); await show(); };
wired(form);
pointSelect.onchange = show;
await show();
