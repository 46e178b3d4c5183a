// The public booking page (预约办事): the citizen picks an item (its materials list from the
// catalog is shown), a working day and a slot with places left, gives a name and mobile number,
// and gets a booking code to check in at the kiosk or to cancel. Days that are not working days
// have no slots. Every value shown is text (h()), never markup.
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { wired } from "/js/forms.js";

const code = new URLSearchParams(location.search).get("point");
const catalog = await api(path`/public/points/${code}/catalog`);
const hall = await api(path`/public/points/${code}/hall`);
document.getElementById("point-name").textContent = hall.name;
const windowName = (id) => hall.windows.find((w) => w.id === id)?.name ?? id;

const form = document.getElementById("book");
const itemSelect = document.getElementById("item");
const dateInput = document.getElementById("date");
const startSelect = document.getElementById("start");
itemSelect.replaceChildren(h("option", { value: "" }, "请选择"), ...catalog.map((i) => h("option", { value: i.id }, `${i.name}（${windowName(i.windowId)}）`)));
const item = () => catalog.find((i) => i.id === itemSelect.value);

async function loadSlots() {
  const chosen = item();
  document.getElementById("materials").textContent = chosen ? `需携带材料：${chosen.requiredMaterials.join("、")}` : "";
  startSelect.replaceChildren();
  if (!chosen || !dateInput.value) return;
  clearProblems(form);
  try {
    const day = await api(withQuery(path`/public/points/${code}/appointments/slots`, { date: dateInput.value }));
    const slots = day.slots.filter((s) => s.windowId === chosen.windowId);
    if (!day.workingDay || slots.length === 0) {
      startSelect.replaceChildren(h("option", { value: "" }, "当日不办公，无可预约时段"));
      return;
    }
    startSelect.replaceChildren(...slots.map((s) => h("option", { value: s.start, disabled: s.booked >= s.capacity },
      `${s.start}-${s.end}${s.outsideHours ? "（延时预约）" : ""} 余 ${Math.max(0, s.capacity - s.booked)}`)));
  } catch (error) { showProblem(form, error); }
}
itemSelect.onchange = loadSlots;
dateInput.onchange = loadSlots;

form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  const chosen = item();
  if (!chosen) { showProblem(form, { errors: { itemId: ["请选择办理事项"] } }); return; }
  try {
    const booked = await api(path`/public/points/${code}/appointments`, { method: "POST", body: {
      date: dateInput.value, windowId: chosen.windowId, itemId: chosen.id, start: startSelect.value,
      name: form.name.value.trim(), phone: form.phone.value.trim(),
    } });
    const card = document.getElementById("confirmation");
    card.replaceChildren(
      h("h2", {}, "预约成功"),
      h("div", { class: "ticket-number", id: "booking-code" }, booked.code),
      h("p", {}, `${booked.date} ${booked.start}-${booked.end} · ${booked.windowName} · ${booked.itemName}`),
      h("p", {}, `需携带材料：${booked.materials.join("、")}`),
      h("p", { class: "muted" }, "请凭预约码到大厅自助取号机签到，签到后优先叫号。"));
    card.hidden = false;
    form.reset();
    startSelect.replaceChildren();
  } catch (error) { showProblem(form, error); }
};
wired(form);

const cancel = document.getElementById("cancel");
cancel.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(cancel);
  try {
    const done = await api(path`/public/points/${code}/appointments/${cancel.code.value.trim() || "-"}/cancel`, { method: "POST", body: { phone: cancel.phone.value.trim() } });
    const notice = cancel.querySelector(".notice");
    notice.className = "notice ok";
    notice.textContent = `已取消 ${done.date} ${done.start} 的预约`;
  } catch (error) { showProblem(cancel, error); }
};
wired(cancel);
document.body.dataset.ready = "true";
