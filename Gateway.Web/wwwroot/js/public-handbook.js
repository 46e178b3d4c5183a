// A point's handbook (办事指南手册), printable on A4: the implementation list in force on the day
// chosen (?on=, default today), each item with its eight public fields, window, hours, contact, its
// flow chart and a link to its sample form (示范文本). ?point= names the point.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { itemFields, flowChart } from "/js/catalog-print.js";

const params = new URLSearchParams(location.search);
const point = params.get("point") ?? "";
const on = params.get("on");
const handbook = await api(withQuery(path`/public/points/${point}/handbook`, on ? { on } : {}));
document.getElementById("title").textContent = `${handbook.pointName}办事指南手册`;
document.getElementById("subtitle").textContent =
  `${handbook.day} 起施行的实施清单，共${handbook.entries.length}项${handbook.supervisionPhone ? `；投诉监督电话 ${handbook.supervisionPhone}` : ""}`;
const day = document.getElementById("on");
day.value = handbook.day;
day.onchange = () => { params.set("on", day.value); location.search = params.toString(); };
document.getElementById("print").onclick = () => window.print();
document.getElementById("toc").replaceChildren(...handbook.entries.map((e) => h("li", {}, `${e.item.name}（${e.windowName}）`)));
document.getElementById("entries").replaceChildren(...handbook.entries.map((e, i) => h("section", { class: "item", "data-item": e.item.id },
  h("h2", {}, `${i + 1}. ${e.item.name}`),
  itemFields(e.item, e.windowName),
  h("h3", {}, "办事流程图"),
  flowChart(e.flow),
  h("p", { class: "no-print" }, h("a", { href: withQuery("/public/sample-form.html", { point, item: e.item.id, on: handbook.day }) }, "示范文本")))));
