// The printable seal register (印章登记簿) of a point (?point=): every seal with its number, name,
// scope, custodian and status; its custody record (issued, transferred, retired: who, when, why) and
// every use (asked by whom, for what, approved by whom, stamped by whom and when), staff by name.
// Read-only; A4 (css/seals.css).
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { formatDateTime } from "/js/china-time.js";

const events = { Issued: "启用", Transferred: "移交", Retired: "缴销" };
const point = new URLSearchParams(location.search).get("point") ?? (await api("/api/auth/me")).pointCode;
const register = await api(path`/api/points/${point}/seal-register`);
const seals = register.seals;
const who = (id) => (id ? register.staffNames[id] ?? id : "");

const table = (heads, rows) => h("table", {}, h("thead", {}, h("tr", {}, ...heads.map((x) => h("th", {}, x)))), h("tbody", {}, ...rows));

document.getElementById("register").replaceChildren(...[
  h("h1", {}, "印章登记簿"),
  h("p", {}, `单位：${register.pointName}（${point}）　打印时间：${formatDateTime(new Date())}`),
  seals.length === 0 ? h("p", {}, "尚无登记的印章。") : null,
  ...seals.map((s) => h("section", { "data-seal": s.serialNumber },
    h("h2", {}, `${s.serialNumber} · ${s.name}`),
    h("p", {}, `使用范围：${s.scope}　保管人：${s.custodianName}　状态：${s.status === "Retired" ? "已缴销" : "在用"}`),
    table(["事项", "保管人", "经办", "时间", "原因"], s.custody.map((c) => h("tr", {},
      h("td", {}, events[c.event] ?? c.event), h("td", {}, c.custodianName ?? "—"), h("td", {}, who(c.by)), h("td", {}, formatDateTime(c.at)), h("td", {}, c.reason ?? "")))),
    table(["#", "申请人", "事由", "办件", "份数", "批准人", "批准时间", "用印人", "用印时间"], s.uses.map((u) => h("tr", {},
      h("td", {}, String(u.id)), h("td", {}, who(u.requestedBy)), h("td", {}, u.purpose), h("td", {}, u.receiptNumber ?? ""), h("td", {}, String(u.copies)),
      h("td", {}, u.approvedBy ? who(u.approvedBy) : "未批准"), h("td", {}, u.approvedAt ? formatDateTime(u.approvedAt) : ""),
      h("td", {}, who(u.usedBy)), h("td", {}, u.usedAt ? formatDateTime(u.usedAt) : "")))))),
].filter((x) => x !== null));
document.getElementById("print").onclick = () => window.print();
