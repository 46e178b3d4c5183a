// The applicant's fields of a form (办事人): the identity document's type beside the number (a
// resident ID by default, an organisation's unified social credit code, a passport with its issuing
// state, the Hong Kong/Macao/Taiwan residence and travel permits), and an optional agent applying
// on the applicant's behalf with the power of attorney's reference (委托书). Each document is checked
// by the server by its own rule; its refusal lands next to the field it names. Built with h() only.
import { h } from "/js/dom.js";

export const documentTypes = [
  ["ResidentIdCard", "居民身份证"],
  ["UnifiedSocialCreditCode", "统一社会信用代码（单位）"],
  ["Passport", "护照"],
  ["HongKongMacaoResidencePermit", "港澳居民居住证"],
  ["TaiwanResidencePermit", "台湾居民居住证"],
  ["HongKongMacaoTravelPermit", "港澳居民来往内地通行证"],
  ["TaiwanTravelPermit", "台湾居民来往大陆通行证"],
];

const personalDocuments = documentTypes.filter(([value]) => value !== "UnifiedSocialCreditCode");
const slot = (name) => h("div", { class: "field-error", "data-for": name });
const field = (name, label, attributes = {}) => [h("label", {}, label), h("input", { name, autocomplete: "off", ...attributes }), slot(name)];
const select = (name, label, options) => [h("label", {}, label), h("select", { name }, ...options.map(([value, text]) => h("option", { value }, text))), slot(name)];

/** The document type select (and a passport's issuing state) for the applicant under prefix, to sit before its number. */
export function documentFields(prefix) {
  const state = field(`${prefix}.issuingState`, "签发国（ICAO 三字母代码，如 CHN）", { maxlength: 3 });
  const type = select(`${prefix}.documentType`, "证件类型", documentTypes);
  const toggle = () => { for (const e of state) e.hidden = type[1].value !== "Passport"; };
  type[1].addEventListener("change", toggle);
  // A form's reset puts the type back to the resident ID: the passport's state folds away again.
  type[1].addEventListener("reset-fields", () => { for (const e of state) e.hidden = true; });
  toggle();
  return [...type, ...state];
}

/** The agent's fieldset (代理人及委托书), folded until the clerk says an agent applies. */
export function agentFields(prefix) {
  const agent = `${prefix}.agent`;
  const box = h("input", { type: "checkbox", name: `${agent}.present` });
  const fields = h("div", { class: "agent-fields", hidden: true },
    ...field(`${agent}.name`, "代理人姓名"),
    ...select(`${agent}.documentType`, "代理人证件类型", personalDocuments),
    ...field(`${agent}.documentNumber`, "代理人证件号码", { maxlength: 20 }),
    ...field(`${agent}.issuingState`, "代理人护照签发国（可选）", { maxlength: 3 }),
    ...field(`${agent}.authorisationReference`, "委托书编号", { maxlength: 100 }),
    ...field(`${agent}.phone`, "代理人手机（可选）", { maxlength: 11 }));
  box.addEventListener("change", () => { fields.hidden = !box.checked; });
  box.addEventListener("reset-fields", () => { fields.hidden = true; });
  return [h("label", { class: "inline" }, box, " 委托代理人办理（帮办代办）"), fields];
}

/** Puts the document and agent fields into an existing applicant form: the type before the number input, the agent after the phone. */
export function mountApplicantFields(form, prefix) {
  const number = form.querySelector(`[name="${prefix}.residentId"]`);
  const label = form.querySelector(`label[for="${number.id}"]`);
  const documents = documentFields(prefix);
  (label ?? number).before(...documents);
  if (label) {
    label.removeAttribute("data-i18n");
    label.textContent = "证件号码";
  }
  number.removeAttribute("maxlength");
  number.setAttribute("maxlength", "20");
  const phoneSlot = form.querySelector(`.field-error[data-for="${prefix}.phone"]`);
  const agent = agentFields(prefix);
  phoneSlot.after(...agent);
  form.addEventListener("reset", () => {
    for (const e of form.querySelectorAll(`[name="${prefix}.documentType"], [name="${prefix}.agent.present"]`)) e.dispatchEvent(new Event("reset-fields"));
  });
}

/** The applicant's fields under prefix (name, residentId, phone, documentType, issuingState, agent) as the API's CitizenBody. */
export function applicantBody(form, prefix) {
  const value = (name) => form.querySelector(`[name="${prefix}.${name}"]`)?.value.trim() || null;
  const type = value("documentType") ?? "ResidentIdCard";
  const agentPresent = form.querySelector(`[name="${prefix}.agent.present"]`)?.checked;
  return {
    name: value("name") ?? "",
    residentId: value("residentId") ?? "",
    phone: value("phone"),
    documentType: type,
    issuingState: type === "Passport" ? value("issuingState") : null,
    agent: agentPresent
      ? {
        name: value("agent.name") ?? "",
        documentType: value("agent.documentType") ?? "ResidentIdCard",
        documentNumber: value("agent.documentNumber") ?? "",
        issuingState: value("agent.issuingState"),
        authorisationReference: value("agent.authorisationReference") ?? "",
        phone: value("agent.phone"),
      }
      : null,
  };
}

/** Whether the resident ID check of the browser applies (the server checks every document again). */
export const isResidentId = (form, prefix) => (form.querySelector(`[name="${prefix}.documentType"]`)?.value ?? "ResidentIdCard") === "ResidentIdCard";
