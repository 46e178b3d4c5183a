// The public service guide (办事指南): the eight public fields of every item of the chosen point.
// ?point= chooses the point among those of /public/network.
import { applyTexts, toggleLanguage, t } from "/js/i18n.js";
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
const params = new URLSearchParams(location.search);
const select = document.getElementById("point");
const network = await api("/public/network");
select.replaceChildren(...network.map((p) => h("option", { value: p.code }, `${"　".repeat(p.depth)}${p.name}`)));
const asked = network.find((p) => p.code === params.get("point"));
select.value = (asked ?? network[0])?.code ?? "";
select.onchange = () => { params.set("point", select.value); location.search = params.toString(); };
const chosen = network.find((p) => p.code === select.value);
document.getElementById("point-name").textContent = chosen?.name ?? "";
const items = chosen ? await api(path`/public/points/${chosen.code}/catalog`) : [];
const field = (key, value) => [h("dt", {}, t(key)), h("dd", {}, value)];
document.getElementById("items").replaceChildren(...items.map((i) => h("div", { class: "card" },
  h("h2", {}, i.name),
  h("dl", { class: "fields" },
    field("conditions", i.conditions), field("legalBasis", i.legalBasis), field("procedure", i.procedure),
    field("materials", i.requiredMaterials.join("、")),
    field("timeLimit", i.timeLimitWorkingDays === 0 ? t("immediate") : `${i.timeLimitWorkingDays}${t("workingDays")}`),
    field("result", i.result), field("fee", i.fee)))));
