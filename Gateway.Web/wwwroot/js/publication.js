// The public quarterly publication (办结公告, 每季度滚动公开) of one point, for the notice board: matters
// by item, completed and on-time counts, satisfaction. Anonymous; the gateway sends aggregates only
// (no names, no ID numbers, no clerks). ?point=&year=&quarter= (default: the current quarter in China).
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api, showProblem } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { chinaToday, formatDay } from "/js/china-time.js";
import { at, applyAssessmentTexts, percent } from "/js/assessment-texts.js";

applyTexts();
applyAssessmentTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("publication-print").onclick = () => window.print();

const params = new URLSearchParams(location.search);
const form = document.getElementById("publication-form");
const pointSelect = document.getElementById("publication-point");
const quarterSelect = document.getElementById("publication-quarter");
const [thisYear, thisMonth] = chinaToday().split("-").map(Number);
const thisQuarter = Math.floor((thisMonth - 1) / 3) + 1;

// The last eight quarters, newest first.
const quarters = [];
for (let i = 0, y = thisYear, q = thisQuarter; i < 8; i++) {
  quarters.push({ year: y, quarter: q });
  q -= 1; if (q === 0) { q = 4; y -= 1; }
}
quarterSelect.replaceChildren(...quarters.map((q) => h("option", { value: `${q.year}-${q.quarter}` }, at("yearQuarter", q.year, q.quarter))));
const asked = `${params.get("year")}-${params.get("quarter")}`;
quarterSelect.value = quarters.some((q) => `${q.year}-${q.quarter}` === asked) ? asked : `${thisYear}-${thisQuarter}`;

const network = await api("/public/network");
pointSelect.replaceChildren(...network.map((p) => h("option", { value: p.code }, `${"　".repeat(p.depth)}${p.name}`)));
pointSelect.value = (network.find((p) => p.code === params.get("point")) ?? network[0])?.code ?? "";

const line = (item, cls) => h("tr", { class: cls },
  h("td", {}, item.itemName),
  h("td", { class: "num" }, item.received),
  h("td", { class: "num" }, item.completed),
  h("td", { class: "num" }, item.onTime),
  h("td", { class: "num" }, percent(item.completed ? item.onTime / item.completed : null)),
  h("td", { class: "num" }, item.returned),
  h("td", { class: "num" }, item.rated),
  h("td", { class: "num" }, percent(item.satisfaction)));

async function show() {
  const [year, quarter] = quarterSelect.value.split("-");
  const next = new URLSearchParams({ point: pointSelect.value, year, quarter });
  history.replaceState(null, "", `?${next}`);
  let page;
  try {
    page = await api(path`/public/points/${pointSelect.value}/publication/${year}/${quarter}`);
  } catch (error) { showProblem(form, error); return; }
  document.getElementById("publication-heading").textContent = `${page.pointName} ${at("yearQuarter", page.year, page.quarter)}${at("publicationTitle")}`;
  document.getElementById("publication-period").textContent =
    `${at("period")}：${formatDay(page.from)} — ${formatDay(page.to)}${page.isComplete ? "" : at("asOf")}`;
  document.title = `${at("publicationTitle")} ${page.pointName} ${at("yearQuarter", page.year, page.quarter)}`;
  document.querySelector("#publication-table tbody").replaceChildren(...(page.items.length
    ? page.items.map((i) => line(i))
    : [h("tr", {}, h("td", { colspan: 8, class: "muted" }, at("noMatters")))]));
  document.querySelector("#publication-table tfoot").replaceChildren(line({ ...page.total, itemName: at("total") }, "total"));
  document.getElementById("publication-phone").textContent = page.supervisionPhone ? `${at("supervisionPhone")}：${page.supervisionPhone}` : "";
  document.body.dataset.loaded = "true";
}

pointSelect.onchange = show;
quarterSelect.onchange = show;
await show();
