// The clerk's calling panel (叫号) on the console: today's queue of the clerk's windows, drawn
// from the view's allowedActions — call next, recall, no-show (after the set number of calls),
// transfer to another window (keeps its place), start serving (linked to the matter taken in)
// and finish. Live: a call ("queueCall") or a new picture ("queue") of the point refreshes it, at
// most once per animation frame and never two reads at once; only the parts whose content changed
// are drawn again, so a receipt number being typed into a serve form stays while other windows call.
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { submit } from "/js/submission.js";
import { connectLive } from "/js/live.js";

const panel = document.getElementById("ticket-queue");
const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
const director = me.role === "CenterDirector";
const myWindows = point.windows.filter((w) => director || w.clerkA.id === me.id || w.clerkB.id === me.id);
const windowName = (id) => point.windows.find((w) => w.id === id)?.name ?? id;
const statusText = { Waiting: "候号", Called: "已叫号", Serving: "办理中", Finished: "已办完", NoShow: "过号" };
const bookingText = { Booked: "已预约", Cancelled: "已取消", CheckedIn: "已签到", NoShow: "爽约" };
const priorityText = { None: "", Elderly: "绿色通道·老年人", Disabled: "绿色通道·残疾人", Pregnant: "绿色通道·孕妇", Appointment: "预约" };
// The receipt number of the matter the clerk last took in (shown in the intake form's notice).
let lastReceipt = "";

const intakeNotice = document.querySelector("#intake .notice");
if (intakeNotice) {
  new MutationObserver(() => {
    if (intakeNotice.classList.contains("ok")) lastReceipt = intakeNotice.textContent.split(" ")[1] ?? "";
    for (const input of panel.querySelectorAll("input[name=receiptNumber]")) if (!input.value) input.value = lastReceipt;
  }).observe(intakeNotice, { childList: true, characterData: true, subtree: true, attributes: true });
}

async function act(scope, route, body, form) {
  if (form) clearProblems(form);
  try {
    await submit(scope, route, { body: body ?? {} });
    await refresh();
  } catch (error) {
    if (form) showProblem(form, error); else panelNotice.textContent = error.message;
  }
}

function ticketForm(action, ticket) {
  const base = path`/api/points/${me.pointCode}/queue/tickets/${ticket.number}`;
  const button = (text) => h("button", { type: "submit", class: action === "MarkNoShow" ? "secondary" : undefined }, text);
  const form = (name, text, ...fields) => {
    const f = h("form", { class: "inline", "data-action": name, "data-ticket": ticket.number }, ...fields, button(text), h("div", { class: "notice" }));
    f.onsubmit = (e) => {
      e.preventDefault();
      const data = Object.fromEntries(new FormData(f));
      act(`queue/${ticket.number}/${name}`, `${base}/${name}`, data.toWindowId ? { toWindowId: data.toWindowId } : { receiptNumber: data.receiptNumber || null }, f);
    };
    return f;
  };
  const receipt = () => h("input", { name: "receiptNumber", placeholder: "回执号（受理后）", value: lastReceipt || ticket.receiptNumber || "" });
  switch (action) {
    case "Recall": return form("recall", "重呼");
    case "MarkNoShow": return form("no-show", "过号");
    case "StartServing": return form("serve", "开始办理", receipt());
    case "Finish": return form("finish", "办理完毕", receipt());
    case "Transfer": return form("transfer", "转窗口",
      h("select", { name: "toWindowId", "aria-label": "转到窗口" }, ...point.windows.filter((w) => w.id !== ticket.windowId).map((w) => h("option", { value: w.id }, w.name))));
    default: return null;
  }
}

// The panel's parts, each drawn again only when what it shows changed (its signature).
const panelNotice = h("div", { class: "notice" });
const parts = {
  windows: h("div", { class: "queue-windows" }),
  tickets: h("div", { class: "queue-tickets" }),
  waiting: h("div", { class: "muted" }),
  bookingsTitle: h("h3", {}),
  bookings: h("ul", { class: "bookings", id: "bookings" }),
};
panel.replaceChildren(h("h2", {}, "叫号"), parts.windows, parts.tickets, parts.waiting, parts.bookingsTitle, parts.bookings, panelNotice);
const drawn = new Map();
const ticketRows = new Map();

/** Replaces the children of part `name` with draw() when `data` differs from what it shows. */
function update(name, data, draw) {
  const signature = JSON.stringify(data);
  if (drawn.get(name) === signature) return;
  drawn.set(name, signature);
  parts[name].replaceChildren(...draw());
}

function ticketRow(x, view, actions) {
  return h("div", { class: "queue-ticket", "data-ticket": x.number, "data-status": x.status },
    h("div", {}, h("b", { class: "ticket-number" }, x.number), ` ${windowName(x.windowId)} · `, h("span", { class: "badge" }, statusText[x.status]),
      x.status === "Called" ? ` · 已呼叫 ${x.calls} 次（${view.noShowAfterCalls} 次后可过号）` : "",
      priorityText[x.priority] ? ` · ${priorityText[x.priority]}` : "",
      x.receiptNumber ? ` · 回执号 ${x.receiptNumber}` : ""),
    h("div", { class: "actions" }, ...actions.map((a) => ticketForm(a.action, x))));
}

function render(view, book) {
  const mine = new Set(myWindows.map((w) => w.id));
  const allowed = view.allowedActions;
  const categories = view.categories.filter((c) => mine.has(c.windowId))
    .map((c) => ({ ...c, callNext: allowed.some((a) => a.action === "CallNext" && a.windowId === c.windowId) }));
  update("windows", categories, () => categories.map((c) => {
    const button = h("button", { type: "button", "data-action": "call-next", "data-window": c.windowId, disabled: !c.callNext }, "叫号");
    button.onclick = () => act(`queue/call-next/${c.windowId}`, path`/api/points/${me.pointCode}/queue/call-next`, { windowId: c.windowId });
    return h("div", { class: "queue-window" }, `${c.windowNumber} 号${c.windowName}（${c.prefix}）· 等候 `, h("b", { "data-waiting": c.windowId }, c.waiting), " 人 ", button);
  }));

  // A called or served ticket's row is kept (with whatever is typed in its forms) while the
  // ticket, its allowed actions and the no-show count are unchanged.
  const current = view.tickets.filter((x) => mine.has(x.windowId) && (x.status === "Called" || x.status === "Serving"));
  const rows = current.map((x) => {
    const actions = allowed.filter((a) => a.ticket === x.number);
    const signature = JSON.stringify([x, actions, view.noShowAfterCalls]);
    const kept = ticketRows.get(x.number);
    if (kept?.signature === signature) return kept.row;
    const row = ticketRow(x, view, actions);
    ticketRows.set(x.number, { signature, row });
    return row;
  });
  for (const number of [...ticketRows.keys()]) if (!current.some((x) => x.number === number)) ticketRows.delete(number);
  if (rows.length !== parts.tickets.children.length || rows.some((row, i) => parts.tickets.children[i] !== row)) parts.tickets.replaceChildren(...rows);

  const waiting = view.tickets.filter((x) => mine.has(x.windowId) && x.status === "Waiting").map((x) => x.number);
  update("waiting", waiting, () => [waiting.length ? `候号：${waiting.join("、")}` : "暂无候号"]);
  // Today's appointments at the clerk's windows; a citizen who missed appointments repeatedly is
  // flagged for a confirming call (需电话确认).
  const bookings = book.bookings.filter((b) => mine.has(b.windowId));
  update("bookingsTitle", bookings.length, () => [`今日预约（${bookings.length}）`]);
  update("bookings", bookings, () => bookings.map((b) => h("li", { "data-code": b.code, "data-status": b.status },
    `${b.start}-${b.end} ${b.itemName} · ${b.maskedName} ${b.maskedPhone} · ${bookingText[b.status] ?? b.status}`,
    b.ticketNumber ? ` · ${b.ticketNumber}` : "",
    b.confirmByPhone ? h("span", { class: "badge warn" }, "多次爽约，需电话确认") : null)));
}

async function read() {
  const [view, book] = await Promise.all([
    api(path`/api/points/${me.pointCode}/queue`),
    api(path`/api/points/${me.pointCode}/appointments`),
  ]);
  render(view, book);
}

// One read at a time; messages arriving meanwhile make one more read after it, in the next frame.
let reading = null;
let again = false;
function refresh() {
  if (reading) { again = true; return reading; }
  // The next frame; a hidden tab has none, so at most 100 ms.
  reading = new Promise((resolve) => { requestAnimationFrame(resolve); setTimeout(resolve, 100); })
    .then(read)
    .finally(() => {
      reading = null;
      if (again) { again = false; refresh(); }
    });
  return reading;
}

await refresh();
await connectLive({ points: [me.pointCode], on: { queue: () => refresh(), queueCall: () => refresh() } });
