// The public online filing page (网上申报, no sign-in): pick an item of the point's public catalog,
// fill in the application (a person by an identity document, or an organisation by its unified
// social credit code), then upload a file (PDF, JPEG or PNG) for each material and submit it.
// The number and code shown once are the applicant's key: with them the same page shows where the
// application stands (pre-examined within one working day: accepted, one notice of what is missing,
// or refused), takes the missing files and the resubmission, and once accepted the matter's receipt
// number and progress code. Every value the page did not write itself is set as text.
import { api, showProblem, clearProblems, ApiError } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { formatDay } from "/js/china-time.js";
import { wired } from "/js/forms.js";

const statusNames = { Draft: "填报中（尚未提交）", Submitted: "已提交，待预审", NeedsMaterials: "需补正材料", Accepted: "已受理", Refused: "不予受理" };
const point = new URLSearchParams(location.search).get("point") ?? "";
const form = document.getElementById("filing");
const lookup = document.getElementById("lookup");
const card = document.getElementById("application");
const itemSelect = document.getElementById("item");

const hall = await api(path`/public/points/${point}/hall`);
document.getElementById("point-name").textContent = hall.name;
const items = await api(path`/public/points/${point}/catalog`);
itemSelect.replaceChildren(...items.map((i) => h("option", { value: i.id }, i.name)));
const showItem = () => {
  const item = items.find((i) => i.id === itemSelect.value);
  document.getElementById("item-fields").replaceChildren(...(item ? [
    h("dt", {}, "申报材料"), h("dd", {}, item.requiredMaterials.join("、")),
    h("dt", {}, "服务时限"), h("dd", {}, item.timeLimitWorkingDays ? `${item.timeLimitWorkingDays} 个工作日` : "即办"),
    h("dt", {}, "收费标准"), h("dd", {}, item.fee),
  ] : []));
};
itemSelect.onchange = showItem;
showItem();
const documentType = document.getElementById("document-type");
documentType.onchange = () => {
  document.getElementById("name-label").textContent = documentType.value === "UnifiedSocialCreditCode" ? "单位名称" : "申请人姓名";
  document.getElementById("issuing-state").hidden = documentType.value !== "Passport";
};
const delivery = document.getElementById("delivery");
delivery.onchange = () => { document.getElementById("address").hidden = delivery.value !== "Post"; };

form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  const f = form.elements;
  const body = {
    itemId: itemSelect.value,
    description: f.description.value,
    applicant: {
      name: f["applicant.name"].value.trim(),
      residentId: f["applicant.residentId"].value.trim(),
      phone: f["applicant.phone"].value.trim() || null,
      documentType: documentType.value,
      issuingState: documentType.value === "Passport" ? f["applicant.issuingState"].value.trim() || null : null,
    },
    delivery: { method: delivery.value, address: delivery.value === "Post" ? f["delivery.address"].value.trim() : null },
  };
  try {
    const receipt = await submit("online-filing", path`/public/points/${point}/online-applications`, { body });
    form.reset();
    form.hidden = true;
    lookup.elements.number.value = receipt.number;
    lookup.elements.code.value = receipt.code;
    await show(receipt.number, receipt.code);
  } catch (error) {
    showProblem(form, error);
  }
};
wired(form);

lookup.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(lookup);
  try {
    await show(lookup.elements.number.value.trim(), lookup.elements.code.value.trim());
  } catch (error) {
    showProblem(lookup, error);
  }
};
wired(lookup);

async function show(number, code) {
  const progress = await api(path`/public/online-applications/${number}/progress`, { method: "POST", body: { code } });
  const notice = h("div", { class: "notice" });
  const parts = [
    h("h2", {}, progress.itemName),
    h("dl", { class: "fields" },
      h("dt", {}, "申请号"), h("dd", { id: "application-number" }, progress.number),
      h("dt", {}, "查询码"), h("dd", { id: "application-code" }, code),
      h("dt", {}, "受理单位"), h("dd", {}, progress.pointName),
      h("dt", {}, "状态"), h("dd", { id: "application-status", "data-status": progress.status }, statusNames[progress.status] ?? progress.status),
      progress.preExamineBy && progress.status === "Submitted" ? [h("dt", {}, "预审期限"), h("dd", {}, formatDay(progress.preExamineBy))] : null,
      h("dt", {}, "结果送达"), h("dd", {}, progress.deliveryMethod === "Post" ? "邮寄送达" : "窗口领取")),
    h("p", { class: "muted" }, "请记下申请号和查询码：凭此补传材料、查询进度。"),
  ];
  if (progress.noticeMissing.length > 0 && progress.status === "NeedsMaterials") {
    parts.push(h("div", { class: "notice error" }, `一次性告知：请补正 ${progress.noticeMissing.join("、")}。${progress.noticeNote ?? ""}`));
  }
  if (progress.status === "Refused") {
    parts.push(h("p", {}, `不予受理：${progress.refusalReason}`, progress.refusalLegalBasis ? `（依据：${progress.refusalLegalBasis}）` : ""));
  }
  if (progress.status === "Accepted") {
    parts.push(h("dl", { class: "fields", id: "matter" },
      h("dt", {}, "办件回执号"), h("dd", { id: "receipt-number" }, progress.receiptNumber),
      h("dt", {}, "办件查询码"), h("dd", {}, progress.matterProgressCode ?? "—"),
      h("dt", {}, "承诺办结"), h("dd", {}, progress.matterDueDate ? formatDay(progress.matterDueDate) : "—")),
    h("p", {}, h("a", { href: "/public/progress.html" }, "凭回执号和办件查询码查询办理进度")));
  }
  parts.push(h("h3", {}, "已上传材料"), h("ul", { id: "files" }, ...progress.files.map((f) => h("li", {}, `${f.material}：${f.fileName}（${Math.ceil(f.size / 1024)} KB）`))));
  if (progress.canAddFiles) {
    for (const material of progress.requiredMaterials) {
      const input = h("input", { type: "file", accept: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png", "data-material": material });
      const button = h("button", { type: "button", class: "link" }, "上传");
      button.onclick = async () => {
        const file = input.files?.[0];
        if (!file) return;
        try {
          await upload(number, code, material, file);
          await show(number, code);
        } catch (error) {
          notice.className = "notice error";
          notice.textContent = error.message;
        }
      };
      parts.push(h("div", { class: "upload" }, h("label", {}, material), input, button));
    }
  }
  if (progress.canSubmit) {
    const send = h("button", { type: "button", id: "submit-application" }, progress.status === "NeedsMaterials" ? "补正后重新提交" : "提交申请");
    send.onclick = async () => {
      try {
        await api(path`/public/online-applications/${number}/submit`, { method: "POST", body: { code } });
        await show(number, code);
      } catch (error) {
        notice.className = "notice error";
        notice.textContent = error.message;
      }
    };
    parts.push(h("div", { class: "actions" }, send));
  }
  parts.push(notice);
  card.replaceChildren(...parts);
  card.hidden = false;
}

/** Sends one file's bytes as the body; the code goes in a header, never in the URL. */
async function upload(number, code, material, file) {
  const response = await fetch(withQuery(path`/public/online-applications/${number}/files`, { material, fileName: file.name }), {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": file.type || "application/octet-stream", "X-Application-Code": code },
    body: file,
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(data, response.status);
  return data;
}
