// The ticket kiosk (自助取号机): a touch screen in the hall, no sign-in. The citizen picks a
// window (service category), optionally 绿色通道 first; or checks in an appointment with its
// booking code. The ticket shows its number, the window, how many are ahead and the estimated
// wait, and prints on 80 mm paper. Every value shown is text (h()), never markup.
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { wired } from "/js/forms.js";

const code = new URLSearchParams(location.search).get("point");
const priorityText = { Elderly: "绿色通道·老年人", Disabled: "绿色通道·残疾人", Pregnant: "绿色通道·孕妇", Appointment: "预约优先" };
let priority = "None";
let board;
let pointName = "";

const notice = document.getElementById("kiosk-notice");
setInterval(() => { document.getElementById("clock").textContent = new Date().toLocaleTimeString("zh-CN", { hour12: false }); }, 1000);

for (const button of document.querySelectorAll("#priority button")) {
  button.onclick = () => {
    priority = priority === button.dataset.priority ? "None" : button.dataset.priority;
    for (const b of document.querySelectorAll("#priority button")) b.classList.toggle("selected", b.dataset.priority === priority);
  };
}

async function load() {
  board = await api(path`/public/points/${code}/queue`);
  const hall = await api(path`/public/points/${code}/hall`);
  pointName = hall.name;
  document.getElementById("point-name").textContent = pointName;
  document.getElementById("categories").replaceChildren(...board.categories.map((c) => {
    const button = h("button", { type: "button", class: "kiosk-category", "data-window": c.windowId },
      h("span", { class: "prefix" }, c.prefix), h("span", { class: "name" }, c.windowName),
      h("span", { class: "waiting" }, `等候 ${c.waiting} 人`));
    button.onclick = () => take(c.windowId);
    return button;
  }));
}

function show(slip) {
  document.getElementById("ticket-point").textContent = slip.pointName || pointName;
  document.getElementById("ticket-number").textContent = slip.number;
  document.getElementById("ticket-window").textContent = `${slip.windowNumber} 号${slip.windowName}`;
  document.getElementById("ticket-priority").textContent = priorityText[slip.priority] ?? "";
  document.getElementById("ticket-ahead").textContent = `前面还有 ${slip.ahead} 人，预计等候约 ${slip.estimatedWaitMinutes} 分钟`;
  document.getElementById("ticket-time").textContent = new Date(slip.issuedAt).toLocaleString("zh-CN", { hour12: false });
  document.getElementById("choose").hidden = true;
  document.getElementById("ticket").hidden = false;
}

async function take(windowId) {
  notice.className = "notice"; notice.textContent = "";
  try {
    show(await api(path`/public/points/${code}/tickets`, { method: "POST", body: { windowId, priority } }));
  } catch (error) {
    notice.className = "notice error"; notice.textContent = error.message;
  }
}

const checkIn = document.getElementById("check-in");
checkIn.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(checkIn);
  try {
    show(await api(path`/public/points/${code}/appointments/check-in`, { method: "POST", body: { code: checkIn.code.value.trim() } }));
  } catch (error) { showProblem(checkIn, error); }
};
wired(checkIn);

document.getElementById("print").onclick = () => window.print();
document.getElementById("done").onclick = async () => {
  priority = "None";
  for (const b of document.querySelectorAll("#priority button")) b.classList.remove("selected");
  checkIn.reset();
  document.getElementById("ticket").hidden = true;
  document.getElementById("choose").hidden = false;
  await load();
};

await load();
document.body.dataset.ready = "true";
