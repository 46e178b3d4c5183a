// A published monthly 通报 of the signed-in user's city, printable: the ranking and figures of the
// month as they were when it was published (the grain keeps them; nothing is recomputed). Every
// member of the city's staff reads it; ?month=yyyy-MM chooses one, else the newest.
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api, showProblem } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { formatDateTime } from "/js/china-time.js";
import { at, applyAssessmentTexts, formulaText } from "/js/assessment-texts.js";
import { entryTables } from "/js/assessment-tables.js";

applyTexts();
applyAssessmentTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("bulletin-print").onclick = () => window.print();

const me = await api("/api/auth/me");
document.getElementById("assessment-link").hidden = !["CenterDirector", "Supervisor", "CityMonitor"].includes(me.role);
const city = me.pointCode.slice(0, 6);
const form = document.getElementById("bulletin-form");
const select = document.getElementById("bulletin-month");
const params = new URLSearchParams(location.search);
const list = await api(path`/api/cities/${city}/bulletins`);
select.replaceChildren(...list.map((b) => h("option", { value: b.month }, `${b.month.replace("-", "年")}月 · ${b.number}`)));
if (list.some((b) => b.month === params.get("month"))) select.value = params.get("month");

async function show() {
  if (!select.value) {
    document.getElementById("bulletin-heading").textContent = at("noBulletins");
    document.body.dataset.loaded = "true";
    return;
  }
  let bulletin;
  try {
    bulletin = await api(path`/api/cities/${city}/bulletins/${select.value}`);
  } catch (error) { showProblem(form, error); return; }
  history.replaceState(null, "", `?month=${encodeURIComponent(bulletin.month)}`);
  document.getElementById("bulletin-heading").textContent = `${bulletin.cityName} ${bulletin.month.replace("-", "年")}月 ${at("bulletinTitle")}`;
  document.getElementById("bulletin-subtitle").textContent =
    `${bulletin.number} · ${at("publishedAt")}：${formatDateTime(bulletin.publishedAt)}${bulletin.publishedByName ? ` · ${at("publishedBy")}：${bulletin.publishedByName}` : ""}`;
  document.title = `${at("bulletinTitle")} ${bulletin.number}`;
  document.getElementById("bulletin-tables").replaceChildren(...entryTables(bulletin));
  document.getElementById("bulletin-formula").textContent = formulaText(bulletin.weights);
  document.body.dataset.loaded = "true";
}

select.onchange = show;
await show();
