// The workbench's petitions panel (信访) and first-inquiry tally (首问负责): the point's open
// petitions with their deadlines and flags (decision within 15 days, written reply within 60 days of
// acceptance), each opened with its history and exactly the forms its allowedActions name; and, per
// clerk, the consultations they owned and matters they took in first this month. The panel reads
// the list again after every action and on every live "petition" message. Built with h() only.
import { api, showProblem, clearProblems } from "/js/api.js";
import { submit } from "/js/submission.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { formatDate } from "/js/i18n.js";
import { chinaToday } from "/js/china-time.js";

const names = {
  Registered: "待决定受理", Accepted: "办理中", NotAccepted: "不予受理", Replied: "已答复",
  Letter: "书信", Email: "电子邮件", Fax: "传真", Phone: "电话", Visit: "走访", Online: "网上",
  None: "", Yellow: "黄牌", Red: "红牌",
};
const name = (key) => names[key] ?? key;
const slot = (field) => h("div", { class: "field-error", "data-for": field });
const input = (field, label, attributes = {}) => [h("label", {}, label), h("input", { name: field, autocomplete: "off", ...attributes }), slot(field)];
const area = (field, label) => [h("label", {}, label), h("textarea", { name: field, rows: 3 }), slot(field)];
const pair = (key, value) => [h("dt", {}, key), h("dd", {}, value)];

// What each allowed action asks for, and where it goes.
const forms = {
  Accept: { label: "予以受理", route: "accept", fields: () => input("note", "办理安排（可选）"), body: (v) => ({ note: v("note") }) },
  Decline: { label: "不予受理", route: "decline", fields: () => [...area("reason", "理由"), ...input("referral", "告知的处理途径")], body: (v) => ({ reason: v("reason") ?? "", referral: v("referral") ?? "" }) },
  Extend: { label: "延长办理期限（一次，不超过30日）", route: "extend", fields: () => [...input("days", "延长天数", { type: "number", min: 1, max: 30 }), ...input("reason", "延期理由")], body: (v) => ({ days: Number(v("days") ?? 0), reason: v("reason") ?? "" }) },
  Reply: { label: "出具书面答复意见", route: "reply", fields: () => area("reply", "答复意见"), body: (v) => ({ reply: v("reply") ?? "" }) },
};

export async function mount(section, { pointCode, on, onReconnect }) {
  const rows = h("tbody", { id: "petition-rows" });
  const detail = h("div", { id: "petition-detail" });
  const tally = h("tbody", { id: "first-inquiry-rows" });
  section.replaceChildren(
    h("h2", {}, "信访事项 ", h("span", { class: "muted", id: "petition-count" })),
    h("table", { id: "petitions" },
      h("thead", {}, h("tr", {}, ["编号", "形式", "状态", "期限", "预警"].map((k) => h("th", {}, k)))),
      rows),
    detail,
    h("h2", {}, "首问负责统计（本月）"),
    h("table", { id: "first-inquiry" },
      h("thead", {}, h("tr", {}, ["工作人员", "咨询", "其中转办件", "首问受理办件", "合计"].map((k) => h("th", {}, k)))),
      tally));

  async function load() {
    const list = await api(withQuery(path`/api/points/${pointCode}/petitions`, { openOnly: true }));
    document.getElementById("petition-count").textContent = `（${list.length}）`;
    rows.replaceChildren(...(list.length ? list.map((p) => {
      const tr = h("tr", { class: `clickable flag-${p.flag}`, "data-number": p.number },
        h("td", {}, p.number), h("td", {}, name(p.channel)), h("td", {}, name(p.status)), h("td", {}, p.dueDate ?? ""), h("td", {}, name(p.flag)));
      tr.onclick = () => open(p.number);
      return tr;
    }) : [h("tr", {}, h("td", { colspan: "5", class: "muted" }, "暂无"))]));
    const today = chinaToday();
    const first = `${today.slice(0, 8)}01`;
    const counts = await api(withQuery(path`/api/points/${pointCode}/first-inquiry`, { from: first, to: nextDay(today) }));
    tally.replaceChildren(...counts.map((c) => h("tr", {},
      h("td", {}, c.clerkName ?? c.clerkId), h("td", {}, c.consultations), h("td", {}, c.turnedIntoMatters), h("td", {}, c.mattersTakenInFirst), h("td", {}, c.consultations + c.mattersTakenInFirst))));
  }

  async function open(number) {
    const [view, history] = await Promise.all([api(path`/api/petitions/${number}`), api(path`/api/petitions/${number}/history`)]);
    detail.replaceChildren(
      h("h3", {}, `信访 ${view.number} `, h("span", { class: "badge" }, name(view.status))),
      h("dl", { class: "fields" },
        ...pair("信访人", view.petitioner),
        ...pair("形式", name(view.channel)),
        ...pair("信访事项", view.request),
        ...pair("登记", `${formatDate(view.registeredAt)} ${view.registeredBy}`),
        ...pair("受理决定期限", view.decideBy),
        view.replyBy ? pair("答复期限", `${view.replyBy}${view.extendedDays ? `（延期 ${view.extendedDays} 日：${view.extensionReason}）` : ""}`) : null,
        ...pair("预警", h("span", { class: `flag-${view.flag}` }, name(view.flag))),
        view.declineReason ? pair("不予受理理由", `${view.declineReason}；途径：${view.referral}`) : null,
        view.reply ? pair("答复意见", view.reply) : null),
      ...view.allowedActions.filter((a) => forms[a]).map((a) => actionForm(view, forms[a])),
      h("ul", {}, history.map((r) => h("li", {}, `${formatDate(r.occurredAt)} ${r.actorId} ${r.detail ?? r.action}`))));
  }

  function actionForm(view, spec) {
    const f = h("form", { class: "card action", "data-action": spec.route, novalidate: true },
      h("h4", {}, spec.label), ...spec.fields(), h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit" }, spec.label)));
    f.onsubmit = async (e) => {
      e.preventDefault();
      clearProblems(f);
      const value = (field) => f.querySelector(`[name="${field}"]`)?.value.trim() || null;
      try {
        await submit(`${view.number}/${spec.route}`, path`/api/petitions/${view.number}/${spec.route}`, { body: spec.body(value) });
        await load();
        await open(view.number);
      } catch (error) { showProblem(f, error); }
    };
    return f;
  }

  // Live: a petition of the point changed (registered at the console, decided elsewhere): read the list again.
  on("petition", () => load());
  onReconnect(() => load());
  await load();
}

const nextDay = (isoDay) => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
