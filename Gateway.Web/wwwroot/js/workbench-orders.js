// The workbench's supervision-orders panel (督办): orders addressed to the director's point and
// orders it issued, each opened with its history and exactly the forms its allowedActions name; a
// form to issue an order about an overdue or flagged matter or a complaint below; live updates by
// "supervisionOrder" messages (a red flag of an order issued below arrives here too).
import { formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { connectLive } from "/js/live.js";
import { wired } from "/js/forms.js";

const names = {
  Issued: "已下达", Replied: "已回复", SentBack: "已退回", Accepted: "已办结",
  Matter: "办件", Complaint: "投诉", Rectification: "差评整改", None: "", Yellow: "黄牌", Red: "红牌",
};
const name = (key) => names[key] ?? key;
const forms = {
  Reply: { label: "回复督办", route: "reply", fields: [{ name: "reply", label: "办理情况", area: true }] },
  Accept: { label: "办结", route: "accept", fields: [{ name: "note", label: "意见（可选）" }] },
  SendBack: { label: "退回重办", route: "send-back", fields: [{ name: "reason", label: "退回理由" }, { name: "workingDays", label: "新期限（工作日）", number: true }] },
  CheckDeadlines: { label: "检查期限", route: "check-deadlines", fields: [] },
};

const me = await api("/api/auth/me");
const detail = document.getElementById("order");
let selected = null;
let shownVersion = 0;

async function loadLists() {
  const [to, from] = await Promise.all([
    api(withQuery(path`/api/points/${me.pointCode}/supervision-orders`, { issued: false })),
    api(withQuery(path`/api/points/${me.pointCode}/supervision-orders`, { issued: true })),
  ]);
  fill("#orders-to tbody", to, (o) => o.issuerPointCode);
  fill("#orders-from tbody", from, (o) => o.pointCode);
}

function fill(selector, rows, other) {
  document.querySelector(selector).replaceChildren(...rows.map((o) => {
    const row = h("tr", { "data-number": o.number },
      h("td", {}, o.number), h("td", {}, `${name(o.target.kind)} ${o.target.caseId}：${o.instructions}`), h("td", {}, other(o)),
      h("td", {}, h("span", { class: `badge ${o.status}` }, name(o.status))),
      h("td", { class: `flag-${o.flag}` }, o.dueDate, " ", name(o.flag)));
    row.onclick = () => open(o.number);
    return row;
  }));
}

async function open(number) {
  selected = number;
  const [view, history] = await Promise.all([api(path`/api/supervision-orders/${number}`), api(path`/api/supervision-orders/${number}/history`)]);
  render(view, history);
}

const pair = (label, ...value) => [h("dt", {}, label), h("dd", {}, ...value)];

function render(view, history) {
  shownVersion = view.version;
  detail.hidden = false;
  detail.replaceChildren(
    h("h2", {}, `督办 ${view.number} `, h("span", { class: `badge ${view.status}` }, name(view.status))),
    h("dl", { class: "fields" },
      ...pair("督办对象", `${name(view.target.kind)} ${view.target.caseId}`),
      ...pair("下达 → 承办", `${view.issuerPointCode}（${view.issuedBy}）→ ${view.pointName}`),
      ...pair("督办要求", view.instructions),
      ...pair("回复期限", h("span", { class: `flag-${view.flag}` }, view.dueDate, " ", name(view.flag))),
      view.reply ? pair("回复", view.reply) : null,
      view.sendBackReason ? pair("退回理由", view.sendBackReason) : null),
    ...view.allowedActions.map((action) => actionForm(view, action)),
    h("h3", {}, "台帐"),
    h("ol", { class: "history" }, ...history.map((r) => h("li", {}, `${formatDate(r.occurredAt)} ${r.actorId} ${r.action} ${r.detail ?? ""}`))));
}

function actionForm(view, action) {
  const spec = forms[action];
  if (!spec) return null;
  const form = h("form", { class: "action", "data-action": action, novalidate: true },
    ...spec.fields.flatMap((f) => [
      h("label", {}, f.label),
      f.area ? h("textarea", { name: f.name, rows: 2 }) : h("input", { name: f.name, type: f.number ? "number" : "text", autocomplete: "off" }),
      h("div", { class: "field-error", "data-for": f.name }),
    ]),
    h("div", { class: "notice" }),
    h("div", { class: "actions" }, h("button", { type: "submit" }, spec.label)));
  form.onsubmit = async (e) => {
    e.preventDefault();
    clearProblems(form);
    const body = Object.fromEntries(spec.fields.map((f) => {
      const value = form.elements[f.name].value.trim();
      return [f.name, f.number ? Number.parseInt(value, 10) || 0 : value || null];
    }));
    try {
      const after = await submit(`order/${view.number}/${spec.route}`, path`/api/supervision-orders/${view.number}/${spec.route}`, { body });
      render(after, await api(path`/api/supervision-orders/${view.number}/history`));
      await loadLists();
    } catch (error) {
      showProblem(form, error);
    }
  };
  return form;
}

const issue = document.getElementById("issue-order");
issue.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(issue);
  const body = {
    target: { kind: issue.elements["target.kind"].value, caseId: issue.elements["target.caseId"].value.trim() },
    instructions: issue.elements.instructions.value,
    workingDays: Number.parseInt(issue.elements.workingDays.value, 10) || 0,
  };
  try {
    const view = await submit("issue-order", "/api/supervision-orders", { body });
    issue.reset();
    const notice = issue.querySelector(".notice");
    notice.className = "notice ok";
    notice.textContent = `已下达：${view.number}，${view.dueDate} 前回复`;
    await loadLists();
  } catch (error) {
    showProblem(issue, error);
  }
};
wired(issue);

await loadLists();
await connectLive({
  points: [me.pointCode],
  on: {
    supervisionOrder: async (batch) => {
      // An order a point below issued, gone red: it is flagged upward to this tier.
      for (const o of batch.filter((x) => x.flag === "Red" && x.pointCode !== me.pointCode && x.issuerPointCode !== me.pointCode)) {
        document.getElementById("orders-red-below").prepend(h("li", { class: "flag-Red", "data-number": o.number },
          `${o.number}：${o.issuerPointCode} → ${o.pointCode}，期限 ${o.dueDate} 已过`));
      }
      await loadLists();
      const mine = batch.filter((o) => o.number === selected).at(-1);
      if (mine && mine.version > shownVersion) await open(selected);
    },
  },
  onState: (state) => { document.getElementById("orders-live").textContent = state === "live" ? "实时" : "重连中"; },
});
