// The console's online applications (网上申报) to pre-examine: those sent to the signed-in clerk's
// point, the late ones flagged; one opens with the applicant, the files (downloaded as attachments)
// and the forms its allowedActions offer: accept (it becomes a matter), tell once what is missing,
// or refuse with the reason. No rule is decided here: the grain answers what may be done.
import { api, showProblem } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { submit } from "/js/submission.js";
import { formatDay, formatDateTime } from "/js/china-time.js";
import { connectLive } from "/js/live.js";

const statusNames = { Draft: "填报中", Submitted: "待预审", NeedsMaterials: "待补正", Accepted: "已受理", Refused: "不予受理" };
const card = document.getElementById("online-applications");
const me = await api("/api/auth/me");
const detail = h("div", { id: "online-application" });
const body = h("tbody");

async function load() {
  const list = await api(path`/api/points/${me.pointCode}/online-applications`);
  card.hidden = false;
  body.replaceChildren(...list.map((a) => {
    const row = h("tr", { "data-number": a.number, class: a.flag === "Red" ? "late" : null },
      h("td", {}, a.number), h("td", {}, a.itemName), h("td", {}, statusNames[a.status] ?? a.status),
      h("td", {}, a.submittedAt ? formatDateTime(a.submittedAt) : "—"),
      h("td", {}, a.preExamineBy ? formatDay(a.preExamineBy) : "—", a.flag === "Red" ? h("b", { class: "flag red" }, " 超期") : null),
      h("td", {}, String(a.fileCount)));
    row.onclick = () => open(a.number);
    return row;
  }));
}

async function open(number) {
  const a = await api(path`/api/online-applications/${number}`);
  const forms = [];
  if (a.allowedActions.includes("Accept")) {
    const accept = h("button", { type: "button", id: "accept-online" }, "受理");
    const box = h("form", { class: "inline" }, accept, h("div", { class: "notice" }));
    accept.onclick = () => act(box, number, "accept", {});
    forms.push(box);
  }
  if (a.allowedActions.includes("NotifyMissing")) {
    const box = h("form", { class: "inline", novalidate: true },
      h("h3", {}, "一次性告知"),
      h("div", { class: "checklist", "data-field": "missing" }, ...a.requiredMaterials.map((m) => h("label", {}, h("input", { type: "checkbox", value: m }), m))),
      h("div", { class: "field-error", "data-for": "missing" }),
      h("textarea", { name: "note", rows: 2, maxlength: 500, placeholder: "补正要求" }),
      h("div", { class: "field-error", "data-for": "note" }),
      h("div", { class: "notice" }));
    const send = h("button", { type: "button" }, "告知补正");
    send.onclick = () => act(box, number, "notify-missing", {
      missing: [...box.querySelectorAll("input[type=checkbox]:checked")].map((c) => c.value),
      note: box.elements.note.value,
    });
    box.append(send);
    forms.push(box);
  }
  if (a.allowedActions.includes("Refuse")) {
    const box = h("form", { class: "inline", novalidate: true },
      h("h3", {}, "不予受理"),
      h("input", { name: "reason", maxlength: 500, placeholder: "理由" }), h("div", { class: "field-error", "data-for": "reason" }),
      h("input", { name: "legalBasis", maxlength: 200, placeholder: "依据（可选）" }), h("div", { class: "field-error", "data-for": "legalBasis" }),
      h("div", { class: "notice" }));
    const send = h("button", { type: "button" }, "不予受理");
    send.onclick = () => act(box, number, "refuse", { reason: box.elements.reason.value, legalBasis: box.elements.legalBasis.value || null });
    box.append(send);
    forms.push(box);
  }
  detail.replaceChildren(
    h("h3", {}, `${a.itemName} · ${statusNames[a.status] ?? a.status}`),
    h("dl", { class: "fields" },
      h("dt", {}, "申请号"), h("dd", {}, a.number),
      h("dt", {}, "申请人"), h("dd", {}, `${a.applicantName} ${a.applicantId}`, a.agentName ? `（代理人 ${a.agentName}）` : ""),
      h("dt", {}, "电话"), h("dd", {}, a.applicantPhone ?? "—"),
      h("dt", {}, "说明"), h("dd", {}, a.description),
      h("dt", {}, "送达"), h("dd", {}, a.deliveryMethod === "Post" ? `邮寄：${a.deliveryAddress ?? "—"}` : "窗口领取"),
      h("dt", {}, "预审期限"), h("dd", {}, a.preExamineBy ? formatDay(a.preExamineBy) : "—"),
      a.receiptNumber ? [h("dt", {}, "办件"), h("dd", { id: "online-receipt" }, a.receiptNumber)] : null,
      a.refusalReason ? [h("dt", {}, "不予受理"), h("dd", {}, a.refusalReason)] : null),
    h("ul", { class: "files" }, ...a.files.map((f) => h("li", {},
      `${f.material}：`, h("a", { href: path`/api/online-applications/${a.number}/files/${f.id}`, download: f.fileName }, f.fileName),
      ` （${Math.ceil(f.size / 1024)} KB）`))),
    ...forms);
}

async function act(form, number, action, body) {
  try {
    await submit(`online/${number}/${action}`, path`/api/online-applications/${number}/${action}`, { body });
    await load();
    await open(number);
  } catch (error) {
    showProblem(form, error);
  }
}

card.replaceChildren(
  h("h2", {}, "网上申报预审"),
  h("table", {}, h("thead", {}, h("tr", {}, ...["申请号", "事项", "状态", "提交时间", "预审期限", "材料"].map((t) => h("th", {}, t)))), body),
  detail);
if (["WindowClerk", "CenterDirector"].includes(me.role)) {
  await load();
  // Live: an application of the point filed, submitted or pre-examined (no personal data in the message): read the list again.
  await connectLive({ points: [me.pointCode], on: { onlineApplication: () => load() } });
}
