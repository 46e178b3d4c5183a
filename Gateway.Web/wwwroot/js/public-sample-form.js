// The sample filled form (示范文本) of one item at one point: the application form as a citizen
// fills it, with made-up sample values marked as such (no real person's data), the item's
// materials ticked, its window and time limit, and the item's flow chart. ?point=&item=&on=.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { itemFields, flowChart, limitText } from "/js/catalog-print.js";

const params = new URLSearchParams(location.search);
const on = params.get("on");
const handbook = await api(withQuery(path`/public/points/${params.get("point") ?? ""}/handbook`, on ? { on } : {}));
const entry = handbook.entries.find((e) => e.item.id === params.get("item"));
document.getElementById("print").onclick = () => window.print();
if (!entry) {
  document.getElementById("title").textContent = "本点现行实施清单中没有该事项";
} else {
  const item = entry.item;
  const filled = (text) => h("span", { class: "filled" }, text);
  const row = (label, value) => h("tr", {}, h("th", {}, label), h("td", {}, value));
  document.getElementById("title").textContent = `《${item.name}》申请表`;
  document.getElementById("form").replaceChildren(
    row("受理单位", `${handbook.pointName}·${entry.windowName}`),
    row("事项编码", item.code ?? ""),
    row("申请人姓名", filled("张某某（示例）")),
    row("公民身份号码", filled("510682××××××××××××（填写18位身份证号码）")),
    row("联系电话", filled("138××××××××")),
    row("住址", filled(`${handbook.pointName.replace(/便民服务(中心|大厅|站|室)|代办服务点|政务服务中心/u, "")}××组××号`)),
    row("申请事项", filled(item.name)),
    row("申请事由", filled(`本人符合“${item.conditions}”的条件，特申请办理${item.name}。`)),
    row("提交材料", h("ul", {}, item.requiredMaterials.map((m) => h("li", {}, "☑ ", filled(m))))),
    row("承诺时限", limitText(item)),
    row("收费", item.fee),
    row("申请人签名", filled(`张某某　　${handbook.day.slice(0, 4)}年×月×日`)));
  document.getElementById("flow").replaceChildren(flowChart(entry.flow));
  document.getElementById("fields").replaceChildren(itemFields(item, entry.windowName));
}
