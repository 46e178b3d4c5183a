// The console's petition registration (信访登记): a clerk registers a letter, call or visit with the
// petitioner (any applicant: a person or an organisation) and what is asked; the point's director
// decides on it from the workbench. It is not a matter: no intake, no receipt. Built with h() only.
import { formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { submit } from "/js/submission.js";
import { documentFields } from "/js/applicant-fields.js";

const section = document.getElementById("petitions");
const me = await api("/api/auth/me");
const channels = [["Visit", "走访"], ["Letter", "书信"], ["Phone", "电话"], ["Email", "电子邮件"], ["Fax", "传真"], ["Online", "网上信访"]];
const slot = (field) => h("div", { class: "field-error", "data-for": field });
const input = (field, label, attributes = {}) => [h("label", {}, label), h("input", { name: field, autocomplete: "off", ...attributes }), slot(field)];

const registered = h("div", { class: "notice" });
const form = h("form", { class: "card", id: "petition-form", novalidate: true },
  h("h2", {}, "信访登记"),
  h("label", {}, "信访形式"), h("select", { name: "channel" }, channels.map(([value, text]) => h("option", { value }, text))), slot("channel"),
  ...input("petitioner.name", "信访人（个人姓名或单位名称）"),
  ...documentFields("petitioner"),
  ...input("petitioner.residentId", "证件号码 / 统一社会信用代码", { maxlength: 20 }),
  ...input("petitioner.phone", "联系电话（可选）", { maxlength: 11 }),
  h("label", {}, "信访事项"), h("textarea", { name: "request", rows: 4 }), slot("request"),
  registered,
  h("div", { class: "actions" }, h("button", { type: "submit", id: "register-petition" }, "登记")));
form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  const value = (field) => form.querySelector(`[name="${field}"]`).value.trim() || null;
  const type = value("petitioner.documentType") ?? "ResidentIdCard";
  const body = {
    channel: value("channel"),
    petitioner: {
      name: value("petitioner.name") ?? "",
      residentId: value("petitioner.residentId") ?? "",
      phone: value("petitioner.phone"),
      documentType: type,
      issuingState: type === "Passport" ? value("petitioner.issuingState") : null,
    },
    request: value("request") ?? "",
  };
  try {
    const view = await submit("petition", path`/api/points/${me.pointCode}/petitions`, { body });
    form.reset();
    registered.className = "notice ok";
    registered.textContent = `已登记 ${view.number}（${formatDate(view.registeredAt)}），${view.decideBy} 前由中心主任决定是否受理`;
  } catch (error) { showProblem(form, error); }
};
section.replaceChildren(form);
