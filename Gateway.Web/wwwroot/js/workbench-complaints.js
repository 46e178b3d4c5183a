// The workbench's complaints panel (投诉): the complaints handled at the director's point (or about
// it), each opened with its history and exactly the forms its allowedActions name; a form to record
// a complaint from the hall or the supervision phone; live updates by "complaint" messages (no
// personal data in them: the list is read again, the complainant only ever comes from the grain's view).
import { formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { connectLive } from "/js/live.js";
import { wired } from "/js/forms.js";

const names = {
  OnSiteCoordination: "现场协调", Transfer: "转办", Suggestion: "意见建议",
  Hall: "现场", Phone: "监督电话", Web: "网上",
  Center: "服务中心", Window: "窗口", Clerk: "工作人员", Matter: "办件",
  Registered: "已登记", Acknowledged: "已受理", Investigating: "调查核实中", Decided: "已决定", Replied: "已答复", Filed: "已归档",
  Upheld: "属实", PartlyUpheld: "部分属实", NotUpheld: "不属实",
  None: "", Yellow: "黄牌", Red: "红牌",
};
const name = (key) => names[key] ?? key;

// What each allowed action asks for, and where it goes.
const forms = {
  Acknowledge: { label: "受理", route: "acknowledge", fields: [] },
  Investigate: { label: "开始调查核实", route: "investigate", fields: [{ name: "note", label: "调查安排（可选）" }] },
  Decide: {
    label: "作出处理决定", route: "decide",
    fields: [{ name: "finding", label: "结论", options: ["Upheld", "PartlyUpheld", "NotUpheld"] }, { name: "findings", label: "调查结果", area: true }],
  },
  Reply: { label: "答复投诉人", route: "reply", fields: [{ name: "reply", label: "答复内容", area: true }] },
  File: { label: "归档", route: "file", fields: [] },
  Extend: { label: "延期答复（一次，至15个工作日）", route: "extend", fields: [{ name: "reason", label: "延期理由" }] },
  CheckDeadlines: { label: "检查期限", route: "check-deadlines", fields: [] },
};

const me = await api("/api/auth/me");
const list = document.querySelector("#complaints tbody");
const detail = document.getElementById("complaint");
let selected = null;
let shownVersion = 0;

async function loadList() {
  const rows = await api(withQuery(path`/api/points/${me.pointCode}/complaints`, { openOnly: true }));
  document.getElementById("complaint-count").textContent = `（${rows.length}）`;
  list.replaceChildren(...rows.map((c) => {
    const row = h("tr", { "data-number": c.number, class: c.number === selected ? "selected" : null },
      h("td", {}, c.number), h("td", {}, name(c.type)), h("td", {}, name(c.channel)), h("td", {}, name(c.subjectKind)),
      h("td", {}, h("span", { class: `badge ${c.status}` }, name(c.status))),
      h("td", { class: `flag-${c.flag}` }, c.dueDate ?? "", " ", name(c.flag)));
    row.onclick = () => open(c.number);
    return row;
  }));
}

async function open(number) {
  selected = number;
  const [view, history] = await Promise.all([api(path`/api/complaints/${number}`), api(path`/api/complaints/${number}/history`)]);
  render(view, history);
}

function render(view, history) {
  shownVersion = view.version;
  const subject = view.subject.windowId ?? view.subject.clerkId ?? view.subject.receiptNumber ?? "";
  detail.hidden = false;
  detail.replaceChildren(
    h("h2", {}, `投诉 ${view.number} `, h("span", { class: `badge ${view.status}` }, name(view.status))),
    h("dl", { class: "fields" },
      ...pair("涉及", `${view.pointName} · ${name(view.subject.kind)} ${subject}`),
      ...pair("办理单位", view.handlingPointCode === view.pointCode ? view.pointName : `上级 ${view.handlingPointCode}`),
      ...pair("类型 / 渠道", `${name(view.type)} / ${name(view.channel)}`),
      ...pair("投诉人", view.anonymous ? "匿名（不予反馈）" : `${view.complainantName ?? ""} ${view.complainantPhone ?? ""}`),
      ...pair("内容", view.content),
      ...pair("登记时间", formatDate(view.registeredAt)),
      ...pair("受理期限", view.acknowledgeBy),
      ...pair("答复期限", `${view.replyBy}${view.extended ? `（已延期：${view.extensionReason}）` : ""}`),
      ...pair("预警", h("span", { class: `flag-${view.flag}` }, name(view.flag))),
      view.finding ? pair("处理决定", `${name(view.finding)}：${view.findings}`) : null,
      view.reply ? pair("答复", view.reply) : null),
    ...view.allowedActions.map((action) => actionForm(view, action)),
    h("h3", {}, "台帐"),
    h("ol", { class: "history" }, ...history.map((r) => h("li", {}, `${formatDate(r.occurredAt)} ${r.actorId} ${r.action} ${r.detail ?? ""}`))));
}

const pair = (label, ...value) => [h("dt", {}, label), h("dd", {}, ...value)];

function actionForm(view, action) {
  const spec = forms[action];
  if (!spec) return null;
  const form = h("form", { class: "action", "data-action": action, novalidate: true },
    ...spec.fields.flatMap((f) => [
      h("label", {}, f.label),
      f.options ? h("select", { name: f.name }, ...f.options.map((o) => h("option", { value: o }, name(o))))
        : f.area ? h("textarea", { name: f.name, rows: 2 }) : h("input", { name: f.name, autocomplete: "off" }),
      h("div", { class: "field-error", "data-for": f.name }),
    ]),
    h("div", { class: "notice" }),
    h("div", { class: "actions" }, h("button", { type: "submit" }, spec.label)));
  form.onsubmit = async (e) => {
    e.preventDefault();
    clearProblems(form);
    const body = Object.fromEntries(spec.fields.map((f) => [f.name, form.elements[f.name].value.trim() || null]));
    try {
      const after = await submit(`complaint/${view.number}/${spec.route}`, path`/api/complaints/${view.number}/${spec.route}`, { body });
      render(after, await api(path`/api/complaints/${view.number}/history`));
      await loadList();
    } catch (error) {
      showProblem(form, error);
    }
  };
  return form;
}

// ---- Recording a complaint from the hall or the supervision phone ----
const register = document.getElementById("register-complaint");
register.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(register);
  const kind = register.elements["subject.kind"].value;
  const id = register.elements["subject.id"].value.trim() || null;
  const complainantName = register.elements["complainant.name"].value.trim();
  const body = {
    channel: register.elements.channel.value,
    type: register.elements.type.value,
    subject: { kind, windowId: kind === "Window" ? id : null, clerkId: kind === "Clerk" ? id : null, receiptNumber: kind === "Matter" ? id : null },
    content: register.elements.content.value,
    complainant: complainantName ? { name: complainantName, phone: register.elements["complainant.phone"].value.trim() || null } : null,
  };
  try {
    const view = await submit("register-complaint", path`/api/points/${me.pointCode}/complaints`, { body });
    register.reset();
    const notice = register.querySelector(".notice");
    notice.className = "notice ok";
    notice.textContent = `已登记：${view.number}`;
    await loadList();
  } catch (error) {
    showProblem(register, error);
  }
};
wired(register);

await loadList();
await connectLive({
  points: [me.pointCode],
  on: {
    complaint: async (batch) => {
      await loadList();
      const mine = batch.filter((c) => c.number === selected).at(-1);
      if (mine && mine.version > shownVersion) await open(selected);
    },
  },
  onState: (state) => {
    document.getElementById("complaints-live").textContent = state === "live" ? "实时" : "重连中";
    document.getElementById("complaints-panel").dataset.live = state;
  },
});
