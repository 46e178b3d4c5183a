// The hall display of one point (大厅显示屏): its windows, who is on duty at each (A or B), the
// matter each window is serving, and today's counts, updated live. Public: no personal data.
import { applyTexts, t, language } from "/js/i18n.js";
import { api, escapeHtml } from "/js/api.js";
import { connectLive } from "/js/live.js";

applyTexts();
const code = new URLSearchParams(location.search).get("point");
let hall = await api(`/public/points/${encodeURIComponent(code)}/hall`);
const serving = new Map(hall.windows.map((w) => [w.id, w.serving]));
document.getElementById("point-name").textContent = hall.name;

function render() {
  document.getElementById("windows").innerHTML = hall.windows.map((w) => `
    <div class="hall-window" data-window="${escapeHtml(w.id)}">
      <div class="name">${escapeHtml(w.name)}</div>
      <div class="duty">${t("onDuty")}：${escapeHtml(w.onDuty)} <span class="badge">${w.primaryAway ? "B" : "A"}</span></div>
      <div class="serving">${serving.get(w.id) ? `${t("serving")}：${escapeHtml(serving.get(w.id))}` : ""}</div>
    </div>`).join("");
  document.getElementById("accepted").textContent = hall.load.acceptedToday;
  document.getElementById("closed").textContent = hall.load.closedToday;
  document.getElementById("queue").textContent = hall.load.queue;
}

render();
setInterval(() => { document.getElementById("clock").textContent = new Date().toLocaleTimeString(language(), { hour12: false }); }, 1000);
await connectLive({
  points: [code],
  onMatters: async (batch) => {
    for (const c of batch.filter((c) => c.pointCode === code && !["Completed", "Returned"].includes(c.status))) {
      serving.set(c.windowId, `${c.receiptNumber.slice(-8)} ${c.itemName}`);
    }
    if (batch.some((c) => c.action === "HandlerChanged")) hall = await api(`/public/points/${encodeURIComponent(code)}/hall`);
    render();
  },
  onLoads: (batch) => {
    const own = batch.find((l) => l.pointCode === code && !l.subtree);
    if (own) { hall.load = own; render(); }
  },
});
