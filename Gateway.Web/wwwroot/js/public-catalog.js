// The public service guide (办事指南): the eight public fields of every item of the chosen point.
// ?point= chooses the point among those of /public/network.
import { applyTexts, toggleLanguage, t } from "/js/i18n.js";
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";

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
if (chosen) document.getElementById("handbook").setAttribute("href", withQuery("/public/handbook.html", { point: chosen.code }));
// ?on= shows the versions in force on that day (the city's approved changes take effect on their day).
const on = params.get("on");
const items = chosen ? await api(withQuery(path`/public/points/${chosen.code}/catalog`, on ? { on } : {})) : [];
const field = (key, value) => [h("dt", {}, t(key)), h("dd", {}, value)];
document.getElementById("items").replaceChildren(...items.map((i) => h("div", { class: "card", "data-item": i.id },
  h("h2", {}, i.name),
  i.code ? h("p", { class: "muted version" }, `${i.code} · 第${i.version}版，${i.effectiveFrom ?? ""}起施行 · `,
    h("a", { href: withQuery("/public/sample-form.html", { point: chosen.code, item: i.id }) }, "示范文本")) : null,
  h("dl", { class: "fields" },
    field("conditions", i.conditions), field("legalBasis", i.legalBasis), field("procedure", i.procedure),
    field("materials", i.requiredMaterials.join("、")),
    field("timeLimit", i.timeLimitWorkingDays === 0 ? t("immediate") : `${i.timeLimitWorkingDays}${t("workingDays")}`),
    field("result", i.result), field("fee", i.fee)))));
