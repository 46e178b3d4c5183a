// Catalog governance (目录管理). A township's or village's director sees the point's implementation
// list in force and proposes a deviation from the city's master catalog (time limit, materials)
// with a reason and an effective date; the city's director sees the changes waiting for approval and
// approves (with the day it takes effect) or refuses (with the reason), through exactly the forms
// the change's allowedActions name. Every value from the server is set as text (h()).
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { chinaToday } from "/js/china-time.js";
import { wired } from "/js/forms.js";

const statusNames = { Proposed: "待审批", Approved: "已批准", Refused: "不予批准" };
const fieldNames = {
  name: "事项名称", conditions: "办理条件", legalBasis: "政策依据", procedure: "办事程序", requiredMaterials: "申报材料",
  timeLimitWorkingDays: "服务时限", result: "办理结果", fee: "收费标准", feeFen: "收费金额", decidingTier: "决定层级", kind: "办件类型",
};
const forms = {
  Approve: { label: "批准", route: "approve", fields: [{ name: "effectiveFrom", label: "生效日期", date: true }, { name: "note", label: "意见（可选）" }] },
  Refuse: { label: "不予批准", route: "refuse", fields: [{ name: "reason", label: "理由" }] },
};

const limitText = (days) => (days === 0 ? "即办" : `${days}个工作日`);
const show = (key, value) => (key === "timeLimitWorkingDays" ? limitText(value) : Array.isArray(value) ? value.join("、") : String(value ?? ""));

const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
document.getElementById("point-name").textContent = point.name;
document.getElementById("me").textContent = `${me.displayName}（${me.id}）`;
document.getElementById("handbook-link").setAttribute("href", withQuery("/public/handbook.html", { point: me.pointCode }));
document.getElementById("sign-out").onclick = async () => { await api("/api/auth/sign-out", { method: "POST" }); location.href = "/index.html"; };
const isCity = me.pointCode.length === 6;
const detail = document.getElementById("change");

if (isCity) {
  document.getElementById("incoming-list").hidden = false;
  await loadIncoming();
} else {
  document.getElementById("own-list").hidden = false;
  document.getElementById("own-changes").hidden = false;
  await loadOwn();
}

async function loadOwn() {
  const [items, mine] = await Promise.all([
    api(path`/api/points/${me.pointCode}/catalog`),
    api(withQuery(path`/api/points/${me.pointCode}/catalog-changes`, { incoming: false })),
  ]);
  document.querySelector("#items tbody").replaceChildren(...items.map((item) => {
    const propose = h("button", { type: "button", class: "link propose", "data-item": item.id }, "提出变更");
    propose.onclick = () => openProposal(item);
    return h("tr", { "data-item": item.id },
      h("td", {}, item.code ?? ""), h("td", {}, item.name), h("td", {}, limitText(item.timeLimitWorkingDays)),
      h("td", {}, `第${item.version}版`), h("td", {}, item.effectiveFrom ?? ""), h("td", {}, propose));
  }));
  document.querySelector("#mine tbody").replaceChildren(...mine.map((c) => {
    const row = h("tr", { "data-number": c.number }, h("td", {}, c.number), h("td", {}, c.itemName),
      h("td", {}, h("span", { class: `badge ${c.status}` }, statusNames[c.status] ?? c.status)), h("td", {}, c.effectiveFrom ?? ""));
    row.onclick = () => open(c.number);
    return row;
  }));
}

function openProposal(item) {
  const form = document.getElementById("propose");
  form.hidden = false;
  clearProblems(form);
  document.getElementById("propose-item").textContent = `${item.code ?? ""} ${item.name}（现行：${limitText(item.timeLimitWorkingDays)}）`;
  form.elements["item.timeLimitWorkingDays"].value = item.timeLimitWorkingDays;
  form.elements["item.requiredMaterials"].value = item.requiredMaterials.join("\n");
  form.elements.reason.value = "";
  form.elements.effectiveFrom.value = chinaToday();
  form.onsubmit = async (event) => {
    event.preventDefault();
    const changed = {
      ...item,
      timeLimitWorkingDays: Number.parseInt(form.elements["item.timeLimitWorkingDays"].value, 10),
      requiredMaterials: form.elements["item.requiredMaterials"].value.split("\n").map((m) => m.trim()).filter((m) => m),
    };
    delete changed.version;
    delete changed.effectiveFrom;
    try {
      const view = await submit(`propose/${item.id}`, path`/api/points/${me.pointCode}/catalog-changes`,
        { body: { item: changed, reason: form.elements.reason.value, effectiveFrom: form.elements.effectiveFrom.value } });
      const notice = form.querySelector(".notice");
      notice.className = "notice ok";
      notice.textContent = `已报请市中心审批：${view.number}`;
      await loadOwn();
    } catch (error) {
      showProblem(form, error);
    }
  };
  wired(form);
}

async function loadIncoming() {
  const rows = await api(withQuery(path`/api/points/${me.pointCode}/catalog-changes`, { incoming: true }));
  document.querySelector("#incoming tbody").replaceChildren(...rows.map((c) => {
    const row = h("tr", { "data-number": c.number }, h("td", {}, c.number), h("td", {}, c.pointName), h("td", {}, `${c.code ?? ""} ${c.itemName}`),
      h("td", {}, h("span", { class: `badge ${c.status}` }, statusNames[c.status] ?? c.status)), h("td", {}, c.effectiveFrom ?? ""));
    row.onclick = () => open(c.number);
    return row;
  }));
}

async function open(number) {
  const [view, history] = await Promise.all([api(path`/api/catalog-changes/${number}`), api(path`/api/catalog-changes/${number}/history`)]);
  render(view, history);
}


function render(view, history) {
  detail.hidden = false;
  const compared = Object.keys(fieldNames).filter((key) => key !== "feeFen");
  detail.replaceChildren(
    h("h2", {}, `目录变更申请 ${view.number}`),
    h("dl", { class: "fields" },
      h("dt", {}, "申请点"), h("dd", {}, view.pointName),
      h("dt", {}, "事项"), h("dd", {}, `${view.item.code ?? "（自选事项）"} ${view.item.name}`),
      h("dt", {}, "状态"), h("dd", { id: "change-status" }, statusNames[view.status] ?? view.status),
      h("dt", {}, "理由"), h("dd", {}, view.reason),
      h("dt", {}, "申请生效"), h("dd", {}, view.requestedFrom),
      view.effectiveFrom ? [h("dt", {}, "批准生效"), h("dd", {}, view.effectiveFrom)] : null,
      view.refusalReason ? [h("dt", {}, "不予批准理由"), h("dd", {}, view.refusalReason)] : null),
    h("table", { class: "compare" },
      h("thead", {}, h("tr", {}, h("th", {}, "项目"), h("th", {}, "基本目录"), h("th", {}, "拟实施"))),
      h("tbody", {}, compared.map((key) => h("tr", { class: view.differences.includes(key) ? "differs" : null },
        h("td", {}, fieldNames[key]), h("td", {}, show(key, view.masterItem?.[key])), h("td", {}, show(key, view.item[key])))))),
    ...view.allowedActions.map((action) => actionForm(view, action)).filter((form) => form),
    h("h3", {}, "记录"),
    h("ol", {}, history.map((r) => h("li", {}, `${r.occurredAt} ${r.actorId} ${r.action}${r.detail ? `：${r.detail}` : ""}`))));
}

function actionForm(view, action) {
  const spec = forms[action];
  if (!spec) return null;
  const form = h("form", { class: "card action", id: `${spec.route}-form`, novalidate: true },
    h("h3", {}, spec.label),
    spec.fields.map((f) => [
      h("label", { for: `${spec.route}-${f.name}` }, f.label),
      h("input", { id: `${spec.route}-${f.name}`, name: f.name, type: f.date ? "date" : "text", value: f.date ? view.requestedFrom : null }),
      h("span", { class: "field-error", "data-for": f.name })]),
    h("div", { class: "notice", role: "status" }),
    h("button", { type: "submit" }, spec.label));
  form.onsubmit = async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(spec.fields.map((f) => [f.name, form.elements[f.name].value || null]));
    try {
      await submit(`${view.number}/${spec.route}`, path`/api/catalog-changes/${view.number}/${spec.route}`, { body });
      await open(view.number);
      if (isCity) await loadIncoming(); else await loadOwn();
    } catch (error) {
      showProblem(form, error);
    }
  };
  return form;
}
