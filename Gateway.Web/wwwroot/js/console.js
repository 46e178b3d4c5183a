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
let selected = null;

document.getElementById("point-name").textContent = point.name;
document.getElementById("me").textContent = `${me.displayName}（${me.id}）`;

// ---- Catalog and intake ----------------------------------------------------------------
const itemSelect = document.getElementById("item");
itemSelect.innerHTML = `<option value="">${escapeHtml(t("selectItem"))}</option>` +
  myItems.map((i) => `<option value="${escapeHtml(i.id)}">${escapeHtml(i.name)}（${escapeHtml(t(i.kind))}）</option>`).join("");
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
  ].map(([k, v]) => `<dt>${escapeHtml(t(k))}</dt><dd>${escapeHtml(v)}</dd>`).join("");
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
    parts.push(`${escapeHtml(w.name)}：${escapeHtml(t("onDuty"))} ${escapeHtml(duty.onDuty.name)}
      <button class="secondary" data-window="${escapeHtml(w.id)}" data-action="${action}">${escapeHtml(t(duty.primaryAway ? "primaryBack" : "primaryAway"))}</button>`);
  }
  const box = document.getElementById("duty");
  box.innerHTML = parts.join(" ");
  for (const b of box.querySelectorAll("button")) {
    b.onclick = async () => {
      await api(`/api/points/${encodeURIComponent(me.pointCode)}/windows/${encodeURIComponent(b.dataset.window)}/${b.dataset.action}`, { method: "POST", idempotent: true });
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
      <td><span class="badge ${escapeHtml(m.status)}">${escapeHtml(t(m.status))}</span></td>
      <td class="flag-${escapeHtml(m.flag)}">${escapeHtml(m.dueDate ?? "")}</td><td>${escapeHtml(m.handlerClerkId)}</td>
    </tr>`).join("");
  for (const tr of body.querySelectorAll("tr")) tr.onclick = () => openMatter(tr.dataset.receipt);
}

// ---- A matter's page ---------------------------------------------------------------------
// The forms are exactly the actions the matter grain allows this user now (m.allowedActions):
// each action has its form (fields) and its route; nothing here decides who may do what, when.
const url = (s) => encodeURIComponent(s ?? "");
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
    fields: () => [me.role !== "ProxyAgent" && point.proxyAgents.length ? select("proxyAgentId", t("proxyAgent"), point.proxyAgents) : "", input("note", t("note"))],
  },
  HandBack: { route: () => "hand-back", title: () => t("handBack"), fields: () => [input("reason", t("reason"))] },
  Decide: {
    route: () => "decide",
    title: () => t("decide"),
    fields: () => [`<label><input type="checkbox" name="approve" checked style="width:auto"> ${escapeHtml(t("approve"))}</label>`,
      input("resultNote", t("resultNote")), input("reason", t("reason")), input("legalBasis", t("legalBasis"))],
  },
  Deliver: { route: () => "deliver", title: () => t("deliver"), fields: () => [] },
  HandOver: { route: () => "hand-over", title: () => t("handOver"), fields: () => [input("toClerkId", t("toClerk")), input("note", t("note"))] },
  CompletePart: {
    route: (a) => `parts/${url(a.pointCode)}/${url(a.windowId)}/complete`,
    title: (a) => `${t("completePart")} · ${a.windowId}`,
    fields: () => [input("note", t("note"))],
  },
  ReturnPart: {
    route: (a) => `parts/${url(a.pointCode)}/${url(a.windowId)}/return`,
    title: (a) => `${t("returnPart")} · ${a.windowId}`,
    fields: () => [input("reason", t("reason")), input("legalBasis", t("legalBasis"))],
  },
  CheckDeadlines: { route: () => "check-deadlines", title: () => t("checkDeadlines"), fields: () => [] },
};

async function openMatter(receipt) {
  selected = receipt;
  const [m, history] = await Promise.all([api(`/api/matters/${url(receipt)}`), api(`/api/matters/${url(receipt)}/history`)]);
  const panel = document.getElementById("matter");
  const forms = (m.allowedActions ?? [])
    .filter((a) => actionForms[a.action])
    .map((a) => { const f = actionForms[a.action]; return form(f.route(a), f.title(a), ...f.fields(m, a)); });

  const outcome = m.outcome ?? m.decision;
  panel.innerHTML = `
    <h2>${escapeHtml(m.itemName)} <span class="badge ${escapeHtml(m.status)}">${escapeHtml(t(m.status))}</span></h2>
    <dl class="fields">
      <dt>${escapeHtml(t("receipt"))}</dt><dd>${escapeHtml(m.receiptNumber)}</dd>
      <dt>${escapeHtml(t("citizen"))}</dt><dd>${escapeHtml(m.citizenName)} ${escapeHtml(m.maskedResidentId)}</dd>
      <dt>${escapeHtml(t("point"))}</dt><dd>${escapeHtml(m.pointName)} · ${escapeHtml(m.currentPointCode)}</dd>
      <dt>${escapeHtml(t("due"))}</dt><dd class="flag-${escapeHtml(m.flag)}">${escapeHtml(m.dueDate ?? t("nobody"))}${m.dueDateProvisional ? escapeHtml(t("provisional")) : ""}</dd>
      <dt>${escapeHtml(t("owner"))}</dt><dd>${escapeHtml(m.ownerClerkId)}</dd>
      <dt>${escapeHtml(t("handler"))}</dt><dd>${escapeHtml(m.handlerClerkId)}</dd>
      ${m.notice ? `<dt>${escapeHtml(t("missing"))}</dt><dd>${escapeHtml(m.notice.missing.join("、"))}</dd>` : ""}
      ${outcome ? `<dt>${escapeHtml(t("result"))}</dt><dd>${escapeHtml(outcome.resultNote ?? `${outcome.reason ?? ""} ${outcome.legalBasis ?? ""}`)}</dd>` : ""}
      ${m.parts.length ? `<dt>${escapeHtml(t("parts"))}</dt><dd>${m.parts.map((p) => `${escapeHtml(p.pointCode)}/${escapeHtml(p.windowId)} <span class="badge">${escapeHtml(t(p.status))}</span> <span class="flag-${escapeHtml(p.flag)}">${escapeHtml(p.dueDate ?? "")}</span>`).join("<br>")}</dd>` : ""}
    </dl>
    <div class="actions no-print">
      ${m.notice ? `<a href="/print/notice.html?receipt=${url(m.receiptNumber)}" target="_blank">${escapeHtml(t("printNotice"))}</a>` : ""}
      ${m.slip ? `<a href="/print/slip.html?receipt=${url(m.receiptNumber)}" target="_blank">${escapeHtml(t("printSlip"))}</a>` : ""}
    </div>
    ${forms.join("")}
    <h3>${escapeHtml(t("history"))}</h3>
    <ol class="history">${history.map((h) => `<li>${escapeHtml(formatDate(h.occurredAt))} · <b>${escapeHtml(t(h.action))}</b> · ${escapeHtml(h.pointCode)}${h.windowId ? "/" + escapeHtml(h.windowId) : ""} · ${escapeHtml(h.actorId)}${h.detail ? " · " + escapeHtml(h.detail) : ""}</li>`).join("")}</ol>`;
  for (const f of panel.querySelectorAll("form")) f.onsubmit = (e) => act(e, receipt, f);
  for (const tr of document.querySelectorAll("#queue tr")) tr.classList.toggle("selected", tr.dataset.receipt === receipt);
}

const input = (name, label) => `<label>${escapeHtml(label)}</label><input name="${escapeHtml(name)}" autocomplete="off"><div class="field-error" data-for="${escapeHtml(name)}"></div>`;
const select = (name, label, options) => `<label>${escapeHtml(label)}</label><select name="${escapeHtml(name)}">${options.map((o) => `<option value="${escapeHtml(o.id)}">${escapeHtml(o.name)}</option>`).join("")}</select><div class="field-error" data-for="${escapeHtml(name)}"></div>`;
const checklist = (name, values) => `<div class="checklist" data-field="${escapeHtml(name)}" data-list="${escapeHtml(name)}">${values.map((v) => `<label><input type="checkbox" value="${escapeHtml(v)}"> ${escapeHtml(v)}</label>`).join("")}</div><div class="field-error" data-for="${escapeHtml(name)}"></div>`;
const form = (action, title, ...fields) => `<form class="card" data-action="${escapeHtml(action)}" novalidate style="margin-top:10px"><h3>${escapeHtml(title)}</h3>${fields.join("")}<div class="notice"></div><div class="actions"><button type="submit">${escapeHtml(title)}</button></div></form>`;

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
    await api(`/api/matters/${url(receipt)}/${f.dataset.action}`, { method: "POST", body, idempotent: true });
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
  on: {
    matter: (batch) => {
      clearTimeout(pending);
      pending = setTimeout(async () => {
        await refreshQueue();
        if (selected && batch.some((c) => c.receiptNumber === selected)) await openMatter(selected);
      }, 100);
    },
  },
  onState: (state) => { liveBadge.textContent = state === "live" ? t("updatedLive") : "…"; liveBadge.dataset.state = state; },
});
