// The public progress lookup (办件查询): the receipt number and either the progress code printed on
// the slip (查询码) or the applicant's full resident ID number show the matter's status, deadline
// and, once decided, its result. The proof goes in the request body, never in the URL.
import { applyTexts, toggleLanguage, t, formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { formatDay } from "/js/china-time.js";
import { wired } from "/js/forms.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
const form = document.getElementById("lookup");
const result = document.getElementById("result");
const field = (key, ...value) => [h("dt", {}, t(key)), h("dd", {}, ...value)];

// One field for either proof: 18 characters is a resident ID number, anything else a progress code.
function proofOf(text) {
  const compact = text.replace(/[\s-]/g, "");
  return compact.length === 18 ? { residentId: compact } : { code: text.trim() };
}

form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  result.hidden = true;
  try {
    const receipt = form.receiptNumber.value.trim();
    if (!receipt || receipt === "." || receipt === "..") throw Object.assign(new Error(t("notFound")), { status: 404 });
    const p = await api(path`/public/progress/${receipt}`, { method: "POST", body: proofOf(form.proof.value) });
    result.replaceChildren(
      h("h2", {}, p.itemName, " ", h("span", { class: `badge ${p.status}` }, t(p.status))),
      h("dl", { class: "fields" },
        field("receipt", p.receiptNumber), field("point", p.pointName), field("acceptedAt", formatDate(p.receivedAt)),
        field("dueDate", p.dueDate ? formatDay(p.dueDate) : t("nobody")),
        p.extendedWorkingDays ? field("extension", `${p.extendedWorkingDays}${t("workingDays")}：${p.extensionReason ?? ""}`) : null,
        p.missingMaterials.length ? field("missing", p.missingMaterials.join("、")) : null,
        p.outcomeStatus ? field("result", `${t(p.outcomeStatus)} ${p.resultNote ?? ""} ${p.reason ?? ""} ${p.legalBasis ?? ""}`) : null));
    result.hidden = false;
  } catch (error) {
    if (error.status === 404) { error.errors = null; error.message = t("notFound"); }
    if (error.status === 429) {
      error.message = t(error.problem?.code === "progress.locked" ? "lookupLocked" : "tooManyRequests");
      error.errors = null;
    }
    showProblem(form, error);
  }
};
wired(form);
