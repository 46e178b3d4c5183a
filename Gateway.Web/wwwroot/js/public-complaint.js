// The public complaint page (网上投诉, no sign-in): a citizen complains about a center, one of its
// windows or a matter, or makes a suggestion; anonymous by default (then no feedback), or named
// with a phone for the reply. What comes back is the complaint's number and its deadlines only.
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { submit } from "/js/submission.js";
import { wired } from "/js/forms.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
const code = new URLSearchParams(location.search).get("point") ?? "";
const form = document.getElementById("complaint");
const result = document.getElementById("receipt-card");
const hall = await api(path`/public/points/${code}/hall`);
document.getElementById("point-name").textContent = hall.name;
document.getElementById("phone").textContent = hall.supervisionPhone ?? "—";
const windowSelect = document.getElementById("window");
windowSelect.replaceChildren(...hall.windows.map((w) => h("option", { value: w.id }, w.name)));

const subjectKind = document.getElementById("subject");
subjectKind.onchange = () => {
  windowSelect.hidden = subjectKind.value !== "Window";
  document.getElementById("receipt").hidden = subjectKind.value !== "Matter";
};
const anonymous = document.getElementById("anonymous");
anonymous.onchange = () => { document.getElementById("named").hidden = anonymous.checked; };

form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  result.hidden = true;
  const kind = subjectKind.value;
  const body = {
    type: form.elements.type.value,
    subject: {
      kind,
      windowId: kind === "Window" ? windowSelect.value : null,
      receiptNumber: kind === "Matter" ? form.elements["subject.receiptNumber"].value.trim() : null,
    },
    content: form.elements.content.value,
    complainant: anonymous.checked ? null : { name: form.elements["complainant.name"].value.trim(), phone: form.elements["complainant.phone"].value.trim() || null },
  };
  try {
    const receipt = await submit("public-complaint", path`/public/points/${code}/complaints`, { body });
    form.reset();
    anonymous.checked = true;
    document.getElementById("named").hidden = true;
    result.replaceChildren(
      h("h2", {}, "已收到"),
      h("dl", { class: "fields" },
        h("dt", {}, "编号"), h("dd", { id: "complaint-number" }, receipt.number),
        h("dt", {}, "受理单位"), h("dd", {}, receipt.pointName),
        h("dt", {}, "受理期限"), h("dd", {}, receipt.acknowledgeBy),
        h("dt", {}, receipt.anonymous ? "办理期限" : "答复期限"), h("dd", {}, receipt.replyBy)),
      receipt.anonymous ? h("p", { class: "muted" }, "匿名投诉不予反馈，但同样登记、办理并接受监督。") : null);
    result.hidden = false;
  } catch (error) {
    showProblem(form, error);
  }
};
wired(form);
