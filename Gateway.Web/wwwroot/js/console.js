// The clerk console: catalog, intake with the materials checklist, the window's queue with live
// status, and a matter's page with its history and every action the clerk may take on it.
// Everything shown is built with h() (text, never markup); every request path with path``.
import { applyTexts, toggleLanguage, t, formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { connectLive } from "/js/live.js";
import { residentIdProblem } from "/js/resident-id.js";
import { mountApplicantFields, applicantBody, isResidentId } from "/js/applicant-fields.js";
import { formatProgressCode } from "/js/progress-code.js";
import { formatDay } from "/js/china-time.js";
import { wired } from "/js/forms.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("sign-out").onclick = async () => { await api("/api/auth/sign-out", { method: "POST" }); location.href = "/index.html"; };

const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
const catalog = await api(path`/api/points/${me.pointCode}/catalog`);
const director = me.role === "CenterDirector";
// The director's own screen (bad ratings, complaints, supervision orders) is one click away.
document.getElementById("workbench-link").hidden = !director;
const myWindows = point.windows.filter((w) => director || w.clerkA.id === me.id || w.clerkB.id === me.id);
const myItems = catalog.filter((i) => myWindows.some((w) => w.id === i.windowId));
let selected = null;
// The version of the selected matter as shown: a live message about that version or an older one
// (often the echo of the clerk's own action, arriving after its answer) does not re-render the
// matter, so it never wipes what the clerk is typing into its forms.
let shownVersion = 0;

// Clerks are shown by name (the point's roster); one from another point by id.
const clerkNames = new Map([...point.windows.flatMap((w) => [w.clerkA, w.clerkB]), ...point.proxyAgents].map((c) => [c.id, c.name]));
const clerkName = (id) => clerkNames.get(id) ?? id;
document.getElementById("point-name").textContent = point.name;
document.getElementById("me").textContent = `${me.displayName}（${me.id}）`;

// ---- Catalog and intake ----------------------------------------------------------------
const itemSelect = document.getElementById("item");
itemSelect.replaceChildren(
  h("option", { value: "" }, t("selectItem")),
  ...myItems.map((i) => h("option", { value: i.id }, `${i.name}（${t(i.kind)}）`)));
itemSelect.onchange = showItem;

const fieldPairs = (pairs) => pairs.flatMap(([key, value]) => [h("dt", {}, t(key)), h("dd", {}, value)]);
const checkbox = (value) => h("label", {}, h("input", { type: "checkbox", value }), " ", value);

function showItem() {
  const item = myItems.find((i) => i.id === itemSelect.value);
  const fields = document.getElementById("item-fields");
  const materials = document.getElementById("materials");
  if (!item) { fields.replaceChildren(); materials.replaceChildren(); return; }
  const limit = item.timeLimitWorkingDays === 0 ? t("immediate") : `${item.timeLimitWorkingDays}${t("workingDays")}`;
  fields.replaceChildren(...fieldPairs([
    ["name", item.name], ["conditions", item.conditions], ["legalBasis", item.legalBasis], ["procedure", item.procedure],
    ["materials", item.requiredMaterials.join("、")], ["timeLimit", limit], ["result", item.result], ["fee", item.fee],
  ]));
  materials.replaceChildren(...item.requiredMaterials.map(checkbox));
}

const intake = document.getElementById("intake");
mountApplicantFields(intake, "citizen");
const idInput = intake.querySelector('[name="citizen.residentId"]');
const phoneInput = intake.querySelector('[name="citizen.phone"]');
const fieldError = (name, message) => {
  intake.querySelector(`[name="${name}"]`)?.classList.toggle("invalid", !!message);
  intake.querySelector(`.field-error[data-for="${name}"]`).textContent = message ?? "";
};
idInput.oninput = () => fieldError("citizen.residentId", isResidentId(intake, "citizen") && idInput.value && idInput.value.length === 18 && residentIdProblem(idInput.value) ? t("invalidId") : null);
idInput.onblur = () => fieldError("citizen.residentId", isResidentId(intake, "citizen") && idInput.value && residentIdProblem(idInput.value) ? t("invalidId") : null);
phoneInput.oninput = () => fieldError("citizen.phone", phoneInput.value && !/^1\d{0,10}$/.test(phoneInput.value) ? t("invalidPhone") : null);

intake.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(intake);
  const item = myItems.find((i) => i.id === itemSelect.value);
  if (!item) { showProblem(intake, { errors: { itemId: [t("selectItem")] } }); return; }
  const body = {
    windowId: item.windowId,
    itemId: item.id,
    citizen: applicantBody(intake, "citizen"),
    materialsHandedIn: [...intake.querySelectorAll("#materials input:checked")].map((c) => c.value),
  };
  try {
    const matter = await submit("intake", path`/api/points/${me.pointCode}/matters`, { body });
    intake.reset();
    showItem();
    const notice = intake.querySelector(".notice");
    notice.className = "notice ok";
    // The citizen's progress code is said here once more and printed on the slip or notice.
    notice.textContent = `${t("receipt")} ${matter.receiptNumber} · ${t(matter.status)}`
      + (matter.progressCode ? ` · ${t("progressCode")} ${formatProgressCode(matter.progressCode)}` : "");
    await refreshQueue();
    await openMatter(matter.receiptNumber);
  } catch (error) { showProblem(intake, error); }
};
wired(intake);

// ---- A/B post ----------------------------------------------------------------------------
async function showDuty() {
  const parts = [];
  for (const w of myWindows.slice(0, 3)) {
    const duty = await api(path`/api/points/${me.pointCode}/windows/${w.id}/duty`);
    const action = duty.primaryAway ? "back" : "away";
    const button = h("button", { class: "secondary", "data-window": w.id, "data-action": action }, t(duty.primaryAway ? "primaryBack" : "primaryAway"));
    button.onclick = async () => {
      await submit(`duty/${w.id}/${action}`, path`/api/points/${me.pointCode}/windows/${w.id}/${action}`);
      await showDuty();
      await refreshQueue();
    };
    parts.push(`${w.name}：${t("onDuty")} ${duty.onDuty.name} `, button, " ");
  }
  document.getElementById("duty").replaceChildren(...parts);
}

// ---- Queue ---------------------------------------------------------------------------------
async function refreshQueue() {
  const lists = await Promise.all([
    ...myWindows.map((w) => api(withQuery(path`/api/points/${me.pointCode}/windows/${w.id}/queue`, { openOnly: true }))),
    api(withQuery(path`/api/points/${me.pointCode}/matters`, { heldHere: true, openOnly: true })),
  ]);
  const rows = new Map();
  for (const m of lists.flat()) rows.set(m.receiptNumber, m);
  const sorted = [...rows.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  document.getElementById("queue-count").textContent = `(${sorted.length})`;
  document.querySelector("#queue tbody").replaceChildren(...sorted.map((m) => {
    const row = h("tr", { class: m.receiptNumber === selected ? "clickable selected" : "clickable", "data-receipt": m.receiptNumber },
      h("td", {}, m.receiptNumber), h("td", {}, m.itemName),
      h("td", {}, m.citizenName, " ", h("span", { class: "muted" }, m.maskedResidentId)),
      h("td", {}, h("span", { class: `badge ${m.status}` }, t(m.status))),
      h("td", { class: `flag-${m.flag}` }, formatDay(m.dueDate)), h("td", {}, m.handlerName ?? m.handlerClerkId));
    row.onclick = () => openMatter(m.receiptNumber);
    return row;
  }));
}

// ---- A matter's page ---------------------------------------------------------------------
// The forms are exactly the actions the matter grain allows this user now (m.allowedActions):
// each action has its form (fields) and its route; nothing here decides who may do what, when.
const actionForms = {
  SupplyMaterials: { route: () => "supplement", title: () => t("supplement"), fields: (m) => [checklist("materials", m.notice?.missing ?? [])] },
  RequestSupplement: { route: () => "request-supplement", title: () => t("requestSupplement"), fields: (m) => [checklist("missing", m.materialsHandedIn)] },
  Complete: { route: () => "complete", title: () => t("complete"), fields: () => [input("resultNote", t("resultNote"))] },
  Return: { route: () => "return", title: () => t("returnMatter"), fields: () => [input("reason", t("reason")), input("legalBasis", t("legalBasis"))] },
  // The hand-up leaves the user's own point; where that point has proxy agents (a village), a clerk
  // names the one who carries it (a proxy agent signed in carries it themself).
  HandUp: {
    route: () => "hand-up",
    title: () => t("handUp"),
    fields: () => [me.role !== "ProxyAgent" && point.proxyAgents.length ? select("proxyAgentId", t("proxyAgent"), point.proxyAgents) : null, input("note", t("note"))],
  },
  HandBack: { route: () => "hand-back", title: () => t("handBack"), fields: () => [input("reason", t("reason"))] },
  Decide: {
    route: () => "decide",
    title: () => t("decide"),
    fields: () => [h("label", { class: "inline" }, h("input", { type: "checkbox", name: "approve", checked: true }), " ", t("approve")),
      input("resultNote", t("resultNote")), input("reason", t("reason")), input("legalBasis", t("legalBasis"))],
  },
  Deliver: { route: () => "deliver", title: () => t("deliver"), fields: () => [] },
  HandOver: { route: () => "hand-over", title: () => t("handOver"), fields: () => [input("toClerkId", t("toClerk")), input("note", t("note"))] },
  CompletePart: {
    route: (a) => path`parts/${a.pointCode}/${a.windowId}/complete`,
    title: (a) => `${t("completePart")} · ${a.windowId}`,
    fields: () => [input("note", t("note"))],
  },
  ReturnPart: {
    route: (a) => path`parts/${a.pointCode}/${a.windowId}/return`,
    title: (a) => `${t("returnPart")} · ${a.windowId}`,
    fields: () => [input("reason", t("reason")), input("legalBasis", t("legalBasis"))],
  },
  CheckDeadlines: { route: () => "check-deadlines", title: () => t("checkDeadlines"), fields: () => [] },
  // A further notice after the one-time notice (一次性告知) goes through the director; the extension (延期) is the director's.
  AskSupplementApproval: { route: () => "ask-supplement-approval", title: () => t("askSupplementApproval"), fields: (m) => [checklist("missing", m.materialsHandedIn), input("reason", t("reason"))] },
  ApproveSupplement: {
    route: () => "approve-supplement",
    title: () => t("approveSupplement"),
    fields: (m) => [m.pendingSupplement ? h("p", { class: "pending" }, pendingText(m.pendingSupplement)) : checklist("missing", m.materialsHandedIn), input("reason", t("reason"))],
  },
  RefuseSupplement: { route: () => "refuse-supplement", title: () => t("refuseSupplement"), fields: () => [input("reason", t("reason"))] },
  Extend: {
    route: () => "extend",
    title: () => t("extend"),
    fields: () => [h("label", {}, t("extendWorkingDays")), h("input", { name: "workingDays", type: "number", min: 1, autocomplete: "off" }), errorSlot("workingDays"), input("reason", t("reason"))],
  },
};
const pendingText = (p) => `${p.clerkId}：${p.missing.join("、")}（${p.reason}）`;

async function openMatter(receipt) {
  selected = receipt;
  const [m, history] = await Promise.all([api(path`/api/matters/${receipt}`), api(path`/api/matters/${receipt}/history`)]);
  shownVersion = m.version;
  const forms = (m.allowedActions ?? [])
    .filter((a) => actionForms[a.action])
    .map((a) => { const f = actionForms[a.action]; return form(f.route(a), f.title(a), f.fields(m, a)); });
  for (const f of forms) f.onsubmit = (e) => act(e, receipt, f);

  const outcome = m.outcome ?? m.decision;
  const parts = m.parts.flatMap((p, i) => [i ? h("br") : null, `${p.pointCode}/${p.windowId} `,
    h("span", { class: "badge" }, t(p.status)), " ", h("span", { class: `flag-${p.flag}` }, formatDay(p.dueDate))]);
  const print = (page, key) => h("a", { href: withQuery(page, { receipt: m.receiptNumber }), target: "_blank" }, t(key));
  document.getElementById("matter").replaceChildren(
    h("h2", {}, m.itemName, " ", h("span", { class: `badge ${m.status}` }, t(m.status))),
    h("dl", { class: "fields" },
      fieldPairs([["receipt", m.receiptNumber], ["citizen", `${m.citizenName} ${m.maskedResidentId}`], ["point", `${m.pointName} · ${m.currentPointCode}`]]),
      m.progressCode ? fieldPairs([["progressCode", formatProgressCode(m.progressCode)]]) : null,
      h("dt", {}, t("due")), h("dd", { class: `flag-${m.flag}` }, m.dueDate ? formatDay(m.dueDate) : t("nobody"), m.dueDateProvisional ? t("provisional") : null),
      fieldPairs([["owner", clerkName(m.ownerClerkId)], ["handler", clerkName(m.handlerClerkId)]]),
      m.notice ? fieldPairs([["missing", m.notice.missing.join("、")]]) : null,
      m.pendingSupplement ? fieldPairs([["pendingSupplement", pendingText(m.pendingSupplement)]]) : null,
      m.extension ? fieldPairs([["extension", `${m.extension.workingDays}${t("workingDays")} · ${m.extension.reason} · ${m.extension.directorId}`]]) : null,
      m.pauses?.length || m.pausedWorkingDays ? fieldPairs([["pausedDays", `${m.pausedWorkingDays}${t("workingDays")} · ${t("noticesIssued")} ${m.noticesIssued}`
        + (m.pauses ?? []).map((p) => ` · ${p.from}～${p.until ?? ""}${p.approvedBy ? `（${p.approvedBy}：${p.reason}）` : ""}`).join("")]]) : null,
      outcome ? fieldPairs([["result", outcome.resultNote ?? `${outcome.reason ?? ""} ${outcome.legalBasis ?? ""}`]]) : null,
      m.parts.length ? [h("dt", {}, t("parts")), h("dd", {}, parts)] : null),
    h("div", { class: "actions no-print" },
      m.notice ? print("/print/notice.html", "printNotice") : null,
      m.slip ? print("/print/slip.html", "printSlip") : null),
    ...forms,
    h("h3", {}, t("history")),
    h("ol", { class: "history" }, history.map((x) => h("li", {},
      `${formatDate(x.occurredAt)} · `, h("b", {}, t(x.action)),
      ` · ${x.pointCode}${x.windowId ? `/${x.windowId}` : ""} · ${clerkName(x.actorId)}${x.detail ? ` · ${x.detail}` : ""}`))));
  for (const tr of document.querySelectorAll("#queue tr")) tr.classList.toggle("selected", tr.dataset.receipt === receipt);
}

const errorSlot = (name) => h("div", { class: "field-error", "data-for": name });
const input = (name, label) => [h("label", {}, label), h("input", { name, autocomplete: "off" }), errorSlot(name)];
const select = (name, label, options) => [h("label", {}, label), h("select", { name }, options.map((o) => h("option", { value: o.id }, o.name))), errorSlot(name)];
const checklist = (name, values) => [h("div", { class: "checklist", "data-field": name, "data-list": name }, values.map(checkbox)), errorSlot(name)];
const form = (action, title, fields) => h("form", { class: "card action", "data-action": action, novalidate: true },
  h("h3", {}, title), fields, h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit" }, title)));

async function act(e, receipt, f) {
  e.preventDefault();
  clearProblems(f);
  const body = {};
  for (const el of f.querySelectorAll("input[name], select[name]")) {
    if (el.type === "checkbox") body[el.name] = el.checked;
    else if (el.value.trim()) body[el.name] = el.value.trim();
  }
  for (const list of f.querySelectorAll("[data-list]")) body[list.dataset.list] = [...list.querySelectorAll("input:checked")].map((c) => c.value);
  try {
    await submit(`${receipt}/${f.dataset.action}`, `${path`/api/matters/${receipt}`}/${f.dataset.action}`, { body });
    await refreshQueue();
    await openMatter(receipt);
  } catch (error) { showProblem(f, error); }
}

// The search panel (js/matter-search.js) opens a matter it found here.
document.addEventListener("open-matter", (e) => openMatter(e.detail));

// ---- Live status -------------------------------------------------------------------------
let pending = null;
await showDuty();
await refreshQueue();
const liveBadge = document.getElementById("live");
await connectLive({
  points: [me.pointCode],
  on: {
    matter: (batch) => {
      clearTimeout(pending);
      pending = setTimeout(async () => {
        await refreshQueue();
        if (selected && batch.some((c) => c.receiptNumber === selected && c.version > shownVersion)) await openMatter(selected);
      }, 100);
    },
  },
  onState: (state) => { liveBadge.textContent = state === "live" ? t("updatedLive") : "…"; liveBadge.dataset.state = state; },
});
