// The city monitor's vacant posts (空岗): a window with nobody on duty during its rostered hours
// flags here live (vacantPost messages) until it is staffed again.
import { h } from "/js/dom.js";
import { formatClock } from "/js/china-time.js";

const open = new Map(); // point/window/shift → message
let panel = null;

function ensurePanel() {
  if (panel) return panel;
  panel = h("section", { class: "card", id: "vacant-posts" }, h("h2", {}, "空岗 Vacant posts"), h("ul", {}));
  (document.querySelector("main") ?? document.body).append(panel);
  return panel;
}

/** Handles a batch of vacantPost live messages. */
export function showVacantPosts(batch) {
  for (const v of batch) {
    const key = `${v.pointCode}/${v.windowId}/${v.shiftId}`;
    if (v.cleared) open.delete(key); else open.set(key, v);
  }
  const list = ensurePanel().querySelector("ul");
  list.replaceChildren(...[...open.values()].map((v) =>
    h("li", { class: "flag red", "data-vacant": `${v.pointCode}/${v.windowId}` }, `${v.pointCode} · ${v.windowId} · ${v.shiftId} · 自 ${formatClock(v.since)}`)));
}
