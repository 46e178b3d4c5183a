// The console's seal register (印章加编号，使用审批、登记、备案): the point's seals with their number,
// name, scope, custodian and status; one opens with its custody record and its uses. Every form is
// one the grain offers: issuing a seal when the register's allowedActions name Issue (the point's
// directors), asking to use, transferring and retiring from the seal's allowedActions, approving
// the uses listed in approvableUses (a director, not the asker) and registering those in
// recordableUses (the custodian). The printable register is /print/seals.html. Live: a "seal"
// message of the point reloads the list (and the open seal). Built with h() only; paths with path``.
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { formatDateTime } from "/js/china-time.js";
import { connectLive } from "/js/live.js";

const section = document.getElementById("seals");
const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
const staff = [...new Map([...point.windows.flatMap((w) => [w.clerkA, w.clerkB]), ...point.proxyAgents].map((c) => [c.id, c])).values()];
const events = { Issued: "启用", Transferred: "移交", Retired: "缴销" };
const statusName = (s) => (s === "Retired" ? "已缴销" : "在用");

const slot = (field) => h("div", { class: "field-error", "data-for": field });
const input = (field, label, attributes = {}) => [h("label", {}, label), h("input", { name: field, autocomplete: "off", ...attributes }), slot(field)];
const staffSelect = (field, label, except) => [h("label", {}, label),
  h("select", { name: field }, staff.filter((c) => c.id !== except).map((c) => h("option", { value: c.id }, `${c.name}（${c.id}）`))), slot(field)];
const value = (form, field) => form.querySelector(`[name="${field}"]`).value.trim();
const table = (heads, rows) => h("table", {}, h("thead", {}, h("tr", {}, heads.map((x) => h("th", {}, x)))), h("tbody", {}, rows));

// A form that sends its body to a route and then shows the seal again.
function actionForm({ id, title, fields, send }) {
  const form = h("form", { class: "card action", id, novalidate: true },
    h("h3", {}, title), ...fields, h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit" }, title)));
  form.onsubmit = async (e) => {
    e.preventDefault();
    clearProblems(form);
    try { await send(form); } catch (error) { showProblem(form, error); }
  };
  return form;
}

const list = h("tbody", { id: "seal-rows" });
const issueSlot = h("div");
const detail = h("div", { class: "card", id: "seal", hidden: true });
let opened = null;
let names = {};
const who = (id) => (id ? names[id] ?? id : "");

section.replaceChildren(
  h("div", { class: "card" },
    h("h2", {}, "印章登记簿 ", h("span", { class: "muted", id: "seal-count" })),
    h("p", {}, h("a", { href: withQuery("/print/seals.html", { point: me.pointCode }), target: "_blank", id: "print-seals" }, "打印印章登记簿（A4）")),
    h("table", { id: "seal-list" },
      h("thead", {}, h("tr", {}, ["编号", "名称", "使用范围", "保管人", "状态", "待批准", "待用印"].map((k) => h("th", {}, k)))),
      list),
    issueSlot),
  detail);

async function load() {
  const register = await api(path`/api/points/${me.pointCode}/seal-register`);
  names = register.staffNames;
  document.getElementById("seal-count").textContent = `（${register.seals.length}）`;
  list.replaceChildren(...register.seals.map((s) => {
    const row = h("tr", { class: "clickable", "data-serial": s.serialNumber },
      h("td", {}, s.serialNumber), h("td", {}, s.name), h("td", {}, s.scope), h("td", {}, s.custodianName),
      h("td", {}, h("span", { class: `badge ${s.status}` }, statusName(s.status))),
      h("td", {}, String(s.uses.filter((u) => !u.approvedBy).length)),
      h("td", {}, String(s.uses.filter((u) => u.approvedBy && !u.usedBy).length)));
    row.onclick = () => open(s.serialNumber);
    return row;
  }));
  issueSlot.replaceChildren(...(register.allowedActions.includes("Issue") ? [issueForm()] : []));
}

function issueForm() {
  return actionForm({
    id: "issue-seal",
    title: "启用印章（加编号）",
    fields: [...input("serialNumber", "印章编号（如 YZ-001）", { maxlength: 20 }), ...input("name", "印章名称"), ...input("scope", "使用范围"),
      ...staffSelect("custodianId", "保管人")],
    send: async (form) => {
      const body = { serialNumber: value(form, "serialNumber"), name: value(form, "name"), scope: value(form, "scope"), custodianId: value(form, "custodianId") };
      const seal = await submit("seal/issue", path`/api/points/${me.pointCode}/seals`, { body });
      form.reset();
      await load();
      await open(seal.serialNumber);
    },
  });
}

// What each allowed action of a seal asks for, and where it goes.
const sealForms = {
  RequestUse: (s) => actionForm({
    id: "request-seal-use",
    title: "用印申请",
    fields: [...input("purpose", "用印事由（文书）"), ...input("receiptNumber", "办件回执号（可选）"), ...input("copies", "份数", { type: "number", min: 1, max: 100, value: 1 })],
    send: async (form) => {
      const body = { purpose: value(form, "purpose"), receiptNumber: value(form, "receiptNumber") || null, copies: Number(value(form, "copies") || 0) };
      await act(s, "uses", body);
    },
  }),
  Transfer: (s) => actionForm({
    id: "transfer-seal",
    title: "印章移交",
    fields: [...staffSelect("custodianId", "移交给", s.custodianId), ...input("reason", "移交原因")],
    send: (form) => act(s, "transfer", { custodianId: value(form, "custodianId"), reason: value(form, "reason") }),
  }),
  Retire: (s) => actionForm({
    id: "retire-seal",
    title: "印章缴销",
    fields: input("reason", "缴销原因"),
    send: (form) => act(s, "retire", { reason: value(form, "reason") }),
  }),
};

async function act(seal, route, body) {
  await submit(`seal/${seal.serialNumber}/${route}`, `${path`/api/points/${me.pointCode}/seals/${seal.serialNumber}`}/${route}`, { body });
  await load();
  await open(seal.serialNumber);
}

// A use's button: approve (when the grain lists it as approvable) or register (recordable).
function useButton(seal, use, route, label, notice) {
  const button = h("button", { type: "button", class: `use-${route}`, "data-use": use.id }, label);
  button.onclick = async () => {
    notice.className = "notice";
    notice.textContent = "";
    try {
      await submit(`seal/${seal.serialNumber}/${use.id}/${route}`, path`/api/points/${me.pointCode}/seals/${seal.serialNumber}/uses/${use.id}/${route}`, { body: {} });
      await load();
      await open(seal.serialNumber);
    } catch (error) {
      notice.className = "notice error";
      notice.textContent = error.message;
    }
  };
  return button;
}

async function open(serial) {
  opened = serial;
  const s = await api(path`/api/points/${me.pointCode}/seals/${serial}`);
  const notice = h("div", { class: "notice" });
  const uses = s.uses.map((u) => h("tr", { "data-use": u.id },
    h("td", {}, String(u.id)), h("td", {}, who(u.requestedBy)), h("td", {}, u.purpose), h("td", {}, u.receiptNumber ?? ""), h("td", {}, String(u.copies)),
    h("td", {}, u.approvedBy ? `${who(u.approvedBy)} ${formatDateTime(u.approvedAt)}` : "待批准"),
    h("td", {}, u.usedBy ? `${who(u.usedBy)} ${formatDateTime(u.usedAt)}` : ""),
    h("td", {},
      s.approvableUses.includes(u.id) ? useButton(s, u, "approve", "批准", notice) : null,
      s.recordableUses.includes(u.id) ? useButton(s, u, "record", "登记用印", notice) : null)));
  detail.hidden = false;
  detail.replaceChildren(
    h("h2", {}, `${s.serialNumber} · ${s.name} `, h("span", { class: `badge ${s.status}` }, statusName(s.status))),
    h("dl", { class: "fields" },
      h("dt", {}, "使用范围"), h("dd", {}, s.scope),
      h("dt", {}, "保管人"), h("dd", { id: "seal-custodian" }, s.custodianName)),
    h("h3", {}, "保管记录"),
    table(["事项", "保管人", "经办", "时间", "原因"], s.custody.map((c) => h("tr", {},
      h("td", {}, events[c.event] ?? c.event), h("td", {}, c.custodianName ?? "—"), h("td", {}, who(c.by)), h("td", {}, formatDateTime(c.at)), h("td", {}, c.reason ?? "")))),
    h("h3", {}, "用印登记"),
    table(["#", "申请人", "事由", "办件", "份数", "批准", "用印", ""], uses),
    notice,
    ...s.allowedActions.filter((a) => sealForms[a]).map((a) => sealForms[a](s)));
}

await load();
await connectLive({
  points: [me.pointCode],
  on: {
    seal: async (batch) => {
      await load();
      if (opened && batch.some((c) => c.serialNumber === opened)) await open(opened);
    },
  },
});
