// The console's consultations (咨询): a question is recorded without intake (no receipt, no register
// line), owned by the clerk asked first (首问负责); answered, handed over, or turned into a matter
// for any applicant (a person or an organisation) when the citizen applies. The forms of a
// consultation are exactly its view's allowedActions. Built with h() only; paths with path``.
import { formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { documentFields, agentFields, applicantBody } from "/js/applicant-fields.js";
import { connectLive } from "/js/live.js";

const section = document.getElementById("consultations");
const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
const catalog = await api(path`/api/points/${me.pointCode}/catalog`);
const director = me.role === "CenterDirector";
const myWindows = point.windows.filter((w) => director || w.clerkA.id === me.id || w.clerkB.id === me.id);
const myItems = catalog.filter((i) => myWindows.some((w) => w.id === i.windowId));
const staff = [...new Map([...point.windows.flatMap((w) => [w.clerkA, w.clerkB]), ...point.proxyAgents].map((c) => [c.id, c])).values()];
const staffName = (id) => staff.find((c) => c.id === id)?.name ?? id;
const names = { Open: "待答复", Answered: "已答复", TurnedIntoMatter: "已转办件", Visit: "现场", Phone: "电话" };
const name = (key) => names[key] ?? key;

const slot = (field) => h("div", { class: "field-error", "data-for": field });
const input = (field, label, attributes = {}) => [h("label", {}, label), h("input", { name: field, autocomplete: "off", ...attributes }), slot(field)];
const area = (field, label) => [h("label", {}, label), h("textarea", { name: field, rows: 3 }), slot(field)];
const pair = (key, value) => [h("dt", {}, key), h("dd", {}, value)];

// ---- Record ----------------------------------------------------------------------------------
const record = h("form", { class: "card", id: "consultation-form", novalidate: true },
  h("h2", {}, "咨询登记（不受理、不出回执）"),
  h("label", {}, "咨询方式"),
  h("select", { name: "channel" }, h("option", { value: "Visit" }, "现场咨询"), h("option", { value: "Phone" }, "电话咨询")),
  ...area("topic", "咨询事项"),
  ...area("answer", "当场答复（可留空，稍后答复）"),
  ...input("inquirer.name", "咨询人（可选）"),
  ...input("inquirer.phone", "联系电话（可选）", { maxlength: 20 }),
  h("div", { class: "notice" }),
  h("div", { class: "actions" }, h("button", { type: "submit", id: "record-consultation" }, "登记咨询")));
record.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(record);
  const value = (field) => record.querySelector(`[name="${field}"]`).value.trim() || null;
  const inquirer = value("inquirer.name") || value("inquirer.phone") ? { name: value("inquirer.name"), phone: value("inquirer.phone") } : null;
  const body = { channel: value("channel"), topic: value("topic") ?? "", answer: value("answer"), inquirer, windowId: myWindows[0]?.id ?? null };
  try {
    const view = await submit("consultation", path`/api/points/${me.pointCode}/consultations`, { body });
    record.reset();
    await loadList();
    await open(view.number);
  } catch (error) { showProblem(record, error); }
};

// ---- List and one consultation -------------------------------------------------------------------
const list = h("tbody");
const detail = h("div", { class: "card", id: "consultation", hidden: true });
section.replaceChildren(
  record,
  h("div", { class: "card" },
    h("h2", {}, "今日咨询 ", h("span", { class: "muted", id: "consultation-count" })),
    h("table", { id: "consultation-list" }, h("thead", {}, h("tr", {}, h("th", {}, "编号"), h("th", {}, "事项"), h("th", {}, "状态"), h("th", {}, "首问负责人"))), list)),
  detail);

async function loadList() {
  const rows = await api(withQuery(path`/api/points/${me.pointCode}/consultations`, { openOnly: false }));
  document.getElementById("consultation-count").textContent = `（${rows.length}）`;
  list.replaceChildren(...rows.map((c) => {
    const row = h("tr", { class: "clickable", "data-number": c.number },
      h("td", {}, c.number), h("td", {}, c.topic), h("td", {}, h("span", { class: `badge ${c.status}` }, name(c.status))), h("td", {}, staffName(c.ownerClerkId)));
    row.onclick = () => open(c.number);
    return row;
  }));
}

// What each allowed action asks for, and where it goes.
const actionForms = {
  Answer: { title: "答复", route: "answer", fields: () => area("answer", "答复内容"), body: (f) => ({ answer: f.querySelector('[name="answer"]').value }) },
  HandOver: {
    title: "首问负责移交",
    route: "hand-over",
    fields: () => [h("label", {}, "移交给"), h("select", { name: "toClerkId" }, staff.filter((c) => c.id !== me.id).map((c) => h("option", { value: c.id }, c.name))), slot("toClerkId"), ...input("note", "说明（可选）")],
    body: (f) => ({ toClerkId: f.querySelector('[name="toClerkId"]').value, note: f.querySelector('[name="note"]').value.trim() || null }),
  },
  TurnIntoMatter: {
    title: "转为办件（受理）",
    route: "matter",
    fields: () => {
      const item = h("select", { name: "itemId" }, h("option", { value: "" }, "选择事项"), myItems.map((i) => h("option", { value: i.id }, i.name)));
      const materials = h("div", { class: "checklist", "data-field": "materialsHandedIn" });
      item.onchange = () => {
        const chosen = myItems.find((i) => i.id === item.value);
        materials.replaceChildren(...(chosen?.requiredMaterials ?? []).map((m) => h("label", {}, h("input", { type: "checkbox", value: m }), " ", m)));
      };
      return [h("label", {}, "办理事项"), item, slot("itemId"),
        ...input("applicant.name", "申请人（个人姓名或单位名称）"),
        ...documentFields("applicant"),
        ...input("applicant.residentId", "证件号码 / 统一社会信用代码", { maxlength: 20 }),
        ...input("applicant.phone", "手机号码（可选）", { maxlength: 11 }),
        ...agentFields("applicant"),
        h("label", {}, "已收材料"), materials, slot("materialsHandedIn")];
    },
    body: (f) => {
      const item = myItems.find((i) => i.id === f.querySelector('[name="itemId"]').value);
      return {
        windowId: item?.windowId ?? myWindows[0]?.id ?? "",
        itemId: item?.id ?? "",
        applicant: applicantBody(f, "applicant"),
        materialsHandedIn: [...f.querySelectorAll('[data-field="materialsHandedIn"] input:checked')].map((c) => c.value),
      };
    },
  },
};

async function open(number) {
  const [view, history] = await Promise.all([api(path`/api/consultations/${number}`), api(path`/api/consultations/${number}/history`)]);
  const forms = view.allowedActions.filter((a) => actionForms[a]).map((a) => {
    const spec = actionForms[a];
    const f = h("form", { class: "card action", "data-action": spec.route, novalidate: true },
      h("h3", {}, spec.title), ...spec.fields(), h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit" }, spec.title)));
    f.onsubmit = async (e) => {
      e.preventDefault();
      clearProblems(f);
      try {
        const answer = await submit(`${number}/${spec.route}`, path`/api/consultations/${number}/${spec.route}`, { body: spec.body(f) });
        if (a === "TurnIntoMatter") {
          const notice = f.querySelector(".notice");
          notice.className = "notice ok";
          notice.textContent = `已转为办件 ${answer.receiptNumber}`;
        }
        await loadList();
        await open(number);
      } catch (error) { showProblem(f, error); }
    };
    return f;
  });
  detail.hidden = false;
  detail.replaceChildren(
    h("h2", {}, `咨询 ${view.number} `, h("span", { class: `badge ${view.status}` }, name(view.status))),
    h("dl", { class: "fields" },
      ...pair("咨询事项", view.topic),
      ...pair("方式", name(view.channel)),
      ...pair("咨询人", [view.inquirerName, view.inquirerPhone].filter(Boolean).join(" ") || "未留"),
      ...pair("首问负责人", `${staffName(view.firstClerkId)}${view.ownerClerkId !== view.firstClerkId ? ` → ${staffName(view.ownerClerkId)}` : ""}`),
      ...pair("登记时间", formatDate(view.recordedAt)),
      view.answer ? pair("答复", view.answer) : null,
      view.matterReceiptNumber ? pair("办件", h("span", { id: "consultation-matter" }, view.matterReceiptNumber)) : null),
    ...forms,
    h("h3", {}, "记录"),
    h("ul", {}, history.map((r) => h("li", {}, `${formatDate(r.occurredAt)} ${staffName(r.actorId)} ${r.detail ?? r.action}`))));
}

await loadList();
// Live: a consultation of the point recorded, answered, handed over or turned into a matter: read the list again.
await connectLive({ points: [me.pointCode], on: { consultation: () => loadList() } });
