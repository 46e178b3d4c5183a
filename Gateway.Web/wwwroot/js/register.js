// The register (台帐, 专用登记本) of a point or one of its windows for a day or a month: one line per
// matter with the paper book's columns, read batch after batch from the gateway, printable on A4
// landscape (css/reports.css) and exported as CSV or .xlsx by the gateway (links, audited there).
// A director or the city monitor may choose a point below their own.
import { applyTexts, toggleLanguage, t } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { rt, applyReportTexts } from "/js/report-texts.js";
import { formatDay, formatDateTime, chinaToday } from "/js/china-time.js";
import { wired } from "/js/forms.js";

applyTexts();
applyReportTexts();
document.getElementById("lang").onclick = toggleLanguage;

const me = await api("/api/auth/me");
const form = document.getElementById("register-form");
const pointSelect = document.getElementById("register-point");
const windowSelect = document.getElementById("register-window");
const dayInput = document.getElementById("register-day");
const params = new URLSearchParams(location.search);
dayInput.value = params.get("day") ?? chinaToday();
if (params.get("period") === "month") document.getElementById("register-period").value = "month";

// The points the user may choose: their own, and for a director or the monitor every point below it.
const tree = me.role === "CenterDirector" || me.role === "CityMonitor"
  ? await api(path`/api/points/${me.role === "CityMonitor" ? me.pointCode.slice(0, 6) : me.pointCode}/tree`)
  : null;
const points = [];
const visit = (node, depth) => { points.push({ code: node.code, name: `${"　".repeat(depth)}${node.name}` }); node.children.forEach((c) => visit(c, depth + 1)); };
if (tree) visit(tree, 0); else points.push({ code: me.pointCode, name: (await api(path`/api/points/${me.pointCode}`)).name });
pointSelect.replaceChildren(...points.map((p) => h("option", { value: p.code }, p.name)));
pointSelect.value = points.some((p) => p.code === params.get("point")) ? params.get("point") : points[0].code;

async function loadWindows() {
  const point = await api(path`/api/points/${pointSelect.value}`);
  document.getElementById("point-name").textContent = point.name;
  windowSelect.replaceChildren(h("option", { value: "" }, rt("anyWindow")), ...point.windows.map((w) => h("option", { value: w.id }, w.name)));
  if (point.windows.some((w) => w.id === params.get("windowId"))) windowSelect.value = params.get("windowId");
  return point;
}

const query = () => ({
  period: form.period.value,
  day: dayInput.value,
  windowId: windowSelect.value || undefined,
});

async function show() {
  clearProblems(form);
  const q = query();
  const point = pointSelect.value;
  document.getElementById("export-csv").setAttribute("href", withQuery(path`/api/points/${point}/register.csv`, q));
  document.getElementById("export-xlsx").setAttribute("href", withQuery(path`/api/points/${point}/register.xlsx`, q));
  const lines = [];
  try {
    let after;
    do {
      const page = await api(withQuery(path`/api/points/${point}/register`, { ...q, after, limit: 1000 }));
      lines.push(...page.lines);
      after = page.next ?? undefined;
    } while (after);
  } catch (error) { showProblem(form, error); return; }
  const pointName = pointSelect.selectedOptions[0]?.textContent.trim() ?? point;
  const windowName = windowSelect.value ? windowSelect.selectedOptions[0].textContent : "";
  document.getElementById("register-heading").textContent = `${pointName}${windowName ? ` · ${windowName}` : ""} ${rt("registerTitle")}`;
  const span = q.period === "month" ? formatDay(`${q.day.slice(0, 7)}-01`).replace(/1日$|^1 /, "").trim() : formatDay(q.day);
  document.getElementById("register-subtitle").textContent = `${rt("period")}：${span} · ${rt("lines", lines.length)}`;
  document.title = `${rt("registerTitle")} ${pointName} ${span}`;
  document.querySelector("#register-table tbody").replaceChildren(...lines.map((l, i) => h("tr", { "data-receipt": l.receiptNumber },
    h("td", { class: "num" }, i + 1),
    h("td", { class: "nowrap" }, l.receiptNumber),
    h("td", { class: "nowrap" }, formatDateTime(l.receivedAt)),
    h("td", { class: "nowrap" }, l.citizenMasked),
    h("td", {}, l.itemName),
    h("td", { class: "nowrap" }, t(l.kind)),
    h("td", {}, l.materials.join("、")),
    h("td", { class: "nowrap" }, l.handlerName),
    h("td", { class: "nowrap" }, formatDay(l.promisedOn)),
    h("td", { class: "nowrap" }, formatDay(l.completedOn)),
    h("td", {}, t(l.status), l.result ? `：${l.result}` : ""),
    h("td", { class: `nowrap timeliness ${l.timeliness}` }, rt(l.timeliness)))));
  document.body.dataset.loaded = "true";
}

form.onsubmit = async (e) => { e.preventDefault(); await show(); };
wired(form);
pointSelect.onchange = async () => { await loadWindows(); await show(); };
document.getElementById("register-print").onclick = () => window.print();
await loadWindows();
await show();
