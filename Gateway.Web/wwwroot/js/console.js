// The clerk console: catalog, intake with the materials checklist, the window's queue with live
// status, and a matter's page with its history and every action the clerk may take on it.
import { applyTexts, toggleLanguage, t, formatDate } from "/js/i18n.js";
import { api, showProblem, clearProblems, escapeHtml } from "/js/api.js";
import { connectLive } from "/js/live.js";
import { residentIdProblem } from "/js/resident-id.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("sign-out").onclick = async () => { await api("/api/auth/sign-out", { method: "POST" }); location.href = "/index.html"; };

const me = await api("/api/auth/me");
const point = await api(`/api/points/${me.pointCode}`);
const catalog = await api(`/api/points/${me.pointCode}/catalog`);
const director = me.role === "CenterDirector";
const myWindows = point.windows.filter((w) => director || w.clerkA.id === me.id || w.clerkB.id === me.id);
const myItems = catalog.filter((i) => myWindows.some((w) => w.id === i.windowId));
const tiers = { Village: 1, Township: 2, City: 3 };
let selected = null;

document.getElementById("point-name").textContent = point.name;
document.getElementById("me").textContent = `${me.displayName}（${me.id}）`;

// ---- Catalog and intake ----------------------------------------------------------------
const itemSelect = document.getElementById("item");
itemSelect.innerHTML = `<option value="">${escapeHtml(t("selectItem"))}</option>` +
  myItems.map((i) => `<option value="${escapeHtml(i.id)}">${escapeHtml(i.name)}（${t(i.kind)}）</option>`).join("");
itemSelect.onchange = showItem;

function showItem() {
  const item = myItems.find((i) => i.id === itemSelect.value);
  const fields = document.getElementById("item-fields");
  const materials = document.getElementById("materials");
  if (!item) { fields.innerHTML = ""; materials.innerHTML = ""; return; }
  const limit = item.timeLimitWorkingDays === 0 ? t("immediate") : `${item.timeLimitWorkingDays}${t("workingDays")}`;
  fields.innerHTML = [
    ["name", item.name], ["conditions", item.conditions], ["legalBasis", item.legalBasis], ["procedure", item.procedure],
    ["materials", item.requiredMaterials.join("、")], ["timeLimit", limit], ["result", item.result], ["fee", item.fee],
  ].map(([k, v]) => `<dt>${t(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("");
  materials.innerHTML = item.requiredMaterials
    .map((m) => `<label><input type="checkbox" value="${escapeHtml(m)}"> ${escapeHtml(m)}</label>`).join("");
}

const intake = document.getElementById("intake");
const idInput = intake.querySelector('[name="citizen.residentId"]');
const phoneInput = intake.querySelector('[name="citizen.phone"]');
const fieldError = (name, message) => {
  intake.querySelector(`[name="${name}"]`)?.classList.toggle("invalid", !!message);
  intake.querySelector(`.field-error[data-for="${name}"]`).textContent = message ?? "";
};
idInput.oninput = () => fieldError("citizen.residentId", idInput.value && idInput.value.length === 18 && residentIdProblem(idInput.value) ? t("invalidId") : null);
idInput.onblur = () => fieldError("citizen.residentId", idInput.value && residentIdProblem(idInput.value) ? t("invalidId") : null);
phoneInput.oninput = () => fieldError("citizen.phone", phoneInput.value && !/^1\d{0,10}$/.test(phoneInput.value) ? t("invalidPhone") : null);

intake.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(intake);
  const item = myItems.find((i) => i.id === itemSelect.value);
  if (!item) { showProblem(intake, { errors: { itemId: [t("selectItem")] } }); return; }
  const body = {
    windowId: item.windowId,
    itemId: item.id,
    citizen: { name: intake["citizen.name"].value.trim(), residentId: idInput.value.trim(), phone: phoneInput.value.trim() || null },
    materialsHandedIn: [...intake.querySelectorAll("#materials input:checked")].map((c) => c.value),
  };
  try {
    const matter = await api(`/api/points/${me.pointCode}/matters`, { method: "POST", body, idempotent: true });
    intake.reset();
    showItem();
    const notice = intake.querySelector(".notice");
    notice.className = "notice ok";
    notice.textContent = `${t("receipt")} ${matter.receiptNumber} · ${t(matter.status)}`;
    await refreshQueue();
    await openMatter(matter.receiptNumber);
  } catch (error) { showProblem(intake, error); }
};

// ---- A/B post ----------------------------------------------------------------------------
async function showDuty() {
  const parts = [];
  for (const w of myWindows.slice(0, 3)) {
    const duty = await api(`/api/points/${me.pointCode}/windows/${w.id}/duty`);
    const action = duty.primaryAway ? "back" : "away";
    parts.push(`${escapeHtml(w.name)}：${t("onDuty")} ${escapeHtml(duty.onDuty.name)}
      <button class="secondary" data-window="${escapeHtml(w.id)}" data-action="${action}">${t(duty.primaryAway ? "primaryBack" : "primaryAway")}</button>`);
  }
  const box = document.getElementById("duty");
  box.innerHTML = parts.join(" ");
  for (const b of box.querySelectorAll("button")) {
    b.onclick = async () => {
      await api(`/api/points/${me.pointCode}/windows/${b.dataset.window}/${b.dataset.action}`, { method: "POST", idempotent: true });
      await showDuty();
      await refreshQueue();
    };
  }
}

// ---- Queue ---------------------------------------------------------------------------------
async function refreshQueue() {
  const lists = await Promise.all([
    ...myWindows.map((w) => api(`/api/points/${me.pointCode}/windows/${w.id}/queue?openOnly=true`)),
    api(`/api/points/${me.pointCode}/matters?heldHere=true&openOnly=true`),
  ]);
  const rows = new Map();
  for (const m of lists.flat()) rows.set(m.receiptNumber, m);
  const sorted = [...rows.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  document.getElementById("queue-count").textContent = `(${sorted.length})`;
  const body = document.querySelector("#queue tbody");
  body.innerHTML = sorted.map((m) => `
    <tr class="clickable${m.receiptNumber === selected ? " selected" : ""}" data-receipt="${escapeHtml(m.receiptNumber)}">
      <td>${escapeHtml(m.receiptNumber)}</td><td>${escapeHtml(m.itemName)}</td>
      <td>${escapeHtml(m.citizenName)} <span class="muted">${escapeHtml(m.maskedResidentId)}</span></td>
      <td><span class="badge ${m.status}">${t(m.status)}</span></td>
      <td class="flag-${m.flag}">${m.dueDate ?? ""}</td><td>${escapeHtml(m.handlerClerkId)}</td>
    </tr>`).join("");
  for (const tr of body.querySelectorAll("tr")) tr.onclick = () => openMatter(tr.dataset.receipt);
}

// ---- A matter's page ---------------------------------------------------------------------
async function openMatter(receipt) {
  selected = receipt;
  const [m, history] = await Promise.all([api(`/api/matters/${receipt}`), api(`/api/matters/${receipt}/history`)]);
  const panel = document.getElementById("matter");
  const here = m.currentPointCode === me.pointCode;
  const atOrigin = m.pointCode === me.pointCode;
  const item = catalog.find((i) => i.id === m.itemId);
  const decidedAbove = atOrigin && item && tiers[item.decidingTier] > tiers[point.tier];
  const forms = [];
  if (atOrigin && m.status === "AwaitingSupplement") forms.push(form("supplement", t("supplement"), checklist("materials", m.notice?.missing ?? [])));
  if (atOrigin && m.status === "InProgress" && m.kind !== "Joint") {
    if (decidedAbove) forms.push(form("hand-up", t("handUp"), point.proxyAgents.length ? select("proxyAgentId", t("proxyAgent"), point.proxyAgents) : "", input("note", t("note"))));
    else forms.push(form("complete", t("complete"), input("resultNote", t("resultNote"))));
    forms.push(form("request-supplement", t("requestSupplement"), checklist("missing", m.materialsHandedIn)));
  }
  if (atOrigin && (m.status === "InProgress" || m.status === "AwaitingSupplement")) forms.push(form("return", t("returnMatter"), input("reason", t("reason")), input("legalBasis", t("legalBasis"))));
  if (m.status === "InProgress" && m.kind === "Joint") {
    for (const p of m.parts.filter((p) => p.status === "Open" && p.pointCode === me.pointCode && myWindows.some((w) => w.id === p.windowId))) {
      forms.push(form(`parts/${p.pointCode}/${p.windowId}/complete`, `${t("completePart")} · ${p.windowId}`, input("note", t("note"))));
      forms.push(form(`parts/${p.pointCode}/${p.windowId}/return`, `${t("returnPart")} · ${p.windowId}`, input("reason", t("reason")), input("legalBasis", t("legalBasis"))));
    }
  }
  if (here && !atOrigin && m.status === "HandedUp") {
    forms.push(form("decide", t("decide"), `<label><input type="checkbox" name="approve" checked style="width:auto"> ${t("approve")}</label>`,
      input("resultNote", t("resultNote")), input("reason", t("reason")), input("legalBasis", t("legalBasis"))));
    forms.push(form("hand-up", t("handUp"), input("note", t("note"))));
    forms.push(form("hand-back", t("handBack"), input("reason", t("reason"))));
  }
  if (atOrigin && m.status === "ResultReady") forms.push(form("deliver", t("deliver")));
  if (m.ownerClerkId === me.id && !["Completed", "Returned"].includes(m.status)) forms.push(form("hand-over", t("handOver"), input("toClerkId", t("toClerk")), input("note", t("note"))));

  const outcome = m.outcome ?? m.decision;
  panel.innerHTML = `
    <h2>${escapeHtml(m.itemName)} <span class="badge ${m.status}">${t(m.status)}</span></h2>
    <dl class="fields">
      <dt>${t("receipt")}</dt><dd>${escapeHtml(m.receiptNumber)}</dd>
      <dt>${t("citizen")}</dt><dd>${escapeHtml(m.citizenName)} ${escapeHtml(m.maskedResidentId)}</dd>
      <dt>${t("point")}</dt><dd>${escapeHtml(m.pointName)} · ${escapeHtml(m.currentPointCode)}</dd>
      <dt>${t("due")}</dt><dd class="flag-${m.flag}">${m.dueDate ?? t("nobody")}${m.dueDateProvisional ? t("provisional") : ""}</dd>
      <dt>${t("owner")}</dt><dd>${escapeHtml(m.ownerClerkId)}</dd>
      <dt>${t("handler")}</dt><dd>${escapeHtml(m.handlerClerkId)}</dd>
      ${m.notice ? `<dt>${t("missing")}</dt><dd>${escapeHtml(m.notice.missing.join("、"))}</dd>` : ""}
      ${outcome ? `<dt>${t("result")}</dt><dd>${escapeHtml(outcome.resultNote ?? `${outcome.reason ?? ""} ${outcome.legalBasis ?? ""}`)}</dd>` : ""}
      ${m.parts.length ? `<dt>${t("parts")}</dt><dd>${m.parts.map((p) => `${escapeHtml(p.pointCode)}/${escapeHtml(p.windowId)} <span class="badge">${t(p.status)}</span> <span class="flag-${p.flag}">${p.dueDate ?? ""}</span>`).join("<br>")}</dd>` : ""}
    </dl>
    <div class="actions no-print">
      ${m.notice ? `<a href="/print/notice.html?receipt=${encodeURIComponent(m.receiptNumber)}" target="_blank">${t("printNotice")}</a>` : ""}
      ${m.slip ? `<a href="/print/slip.html?receipt=${encodeURIComponent(m.receiptNumber)}" target="_blank">${t("printSlip")}</a>` : ""}
    </div>
    ${forms.join("")}
    <h3>${t("history")}</h3>
    <ol class="history">${history.map((h) => `<li>${formatDate(h.occurredAt)} · <b>${t(h.action)}</b> · ${escapeHtml(h.pointCode)}${h.windowId ? "/" + escapeHtml(h.windowId) : ""} · ${escapeHtml(h.actorId)}${h.detail ? " · " + escapeHtml(h.detail) : ""}</li>`).join("")}</ol>`;
  for (const f of panel.querySelectorAll("form")) f.onsubmit = (e) => act(e, receipt, f);
  for (const tr of document.querySelectorAll("#queue tr")) tr.classList.toggle("selected", tr.dataset.receipt === receipt);
}

const input = (name, label) => `<label>${escapeHtml(label)}</label><input name="${name}" autocomplete="off"><div class="field-error" data-for="${name}"></div>`;
const select = (name, label, options) => `<label>${escapeHtml(label)}</label><select name="${name}">${options.map((o) => `<option value="${escapeHtml(o.id)}">${escapeHtml(o.name)}</option>`).join("")}</select><div class="field-error" data-for="${name}"></div>`;
const checklist = (name, values) => `<div class="checklist" data-field="${name}" data-list="${name}">${values.map((v) => `<label><input type="checkbox" value="${escapeHtml(v)}"> ${escapeHtml(v)}</label>`).join("")}</div><div class="field-error" data-for="${name}"></div>`;
const form = (action, title, ...fields) => `<form class="card" data-action="${action}" novalidate style="margin-top:10px"><h3>${escapeHtml(title)}</h3>${fields.join("")}<div class="notice"></div><div class="actions"><button type="submit">${escapeHtml(title)}</button></div></form>`;

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
    await api(`/api/matters/${receipt}/${f.dataset.action}`, { method: "POST", body, idempotent: true });
    await refreshQueue();
    await openMatter(receipt);
  } catch (error) { showProblem(f, error); }
}

// ---- Live status -------------------------------------------------------------------------
let pending = null;
await showDuty();
await refreshQueue();
const liveBadge = document.getElementById("live");
await connectLive({
  points: [me.pointCode],
  onMatters: (batch) => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      await refreshQueue();
      if (selected && batch.some((c) => c.receiptNumber === selected)) await openMatter(selected);
    }, 100);
  },
  onState: (state) => { liveBadge.textContent = state === "live" ? t("updatedLive") : "…"; liveBadge.dataset.state = state; },
});
