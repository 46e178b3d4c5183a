// The console's accountability panel (责任追究): the records against the signed-in clerk (or a window
// they staff), each with its reason, measure and the case it follows from; the clerk confirms
// reading one when the record's allowedActions offer it.
import { formatDate } from "/js/i18n.js";
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { submit } from "/js/submission.js";

const measures = { Reminder: "提醒", Admonition: "诫勉", Notice: "通报" };
const links = { Matter: "办件", Complaint: "投诉", SupervisionOrder: "督办" };
const card = document.getElementById("accountability");

async function load() {
  const records = await api("/api/me/accountability");
  card.hidden = records.length === 0;
  document.getElementById("accountability-count").textContent = `（${records.length}）`;
  document.getElementById("accountability-list").replaceChildren(...records.map((r) => {
    const confirm = r.allowedActions.includes("Acknowledge") ? h("button", { type: "button", class: "link" }, "本人已阅") : null;
    if (confirm) {
      confirm.onclick = async () => {
        await submit(`accountability/${r.number}`, path`/api/accountability/${r.number}/acknowledge`);
        await load();
      };
    }
    return h("li", { "data-number": r.number },
      h("b", {}, measures[r.measure] ?? r.measure), ` ${formatDate(r.recordedAt)} ${r.reason}（${links[r.link.kind] ?? r.link.kind} ${r.link.caseId}）`,
      r.status === "Acknowledged" ? h("span", { class: "muted" }, " 已阅") : confirm);
  }));
}

await load();
