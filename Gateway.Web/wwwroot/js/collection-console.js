// The collection window and attendance at the clerk console (收费, 代收, 日结, 考勤): for each of the
// signed-in clerk's windows that charges fees or collects bills, today's ledger with its totals and
// the forms the day's allowedActions name; a printable receipt per line; clock in / clock out from
// the attendance sheet's allowedActions. Every rule is the grains'; this page draws their answers.
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { submit } from "/js/submission.js";
import { yuan, fenOf } from "/js/money.js";
import { chinaToday, formatClock } from "/js/china-time.js";

const root = document.getElementById("collection");
const me = await api("/api/auth/me");
const today = chinaToday();
const methods = [["Cash", "现金"], ["Card", "刷卡"], ["QrCode", "扫码"]];
const actionNames = { Charge: "收费", CollectBill: "代收", Refund: "退费", Close: "日结" };

async function renderAttendance(box) {
  const sheet = await api(path`/api/points/${me.pointCode}/attendance/${today}`);
  const mine = sheet.punches.filter((p) => p.clerkId === me.id);
  const findings = sheet.findings.filter((f) => f.clerkId === me.id);
  const buttons = sheet.allowedActions.map((a) => {
    const button = h("button", { class: "secondary", "data-attendance": a }, a === "ClockIn" ? "上班打卡 Clock in" : "下班打卡 Clock out");
    button.onclick = async () => {
      try {
        await submit(`attendance/${a}`, path`/api/points/${me.pointCode}/attendance/${today}/${a === "ClockIn" ? "clock-in" : "clock-out"}`);
        await renderAttendance(box);
      } catch (error) { box.append(h("div", { class: "notice error" }, error.message)); }
    };
    return button;
  });
  box.replaceChildren(...[
    h("h3", {}, "考勤 Attendance · ", today),
    h("div", {}, ...buttons, " ", h("span", { class: "muted", id: "punches" }, mine.map((p) => `${formatClock(p.in)}–${p.out ? formatClock(p.out) : ""}`).join("，"))),
    findings.length ? h("div", { class: "notice error" }, findings.map((f) => `${f.kind}${f.minutes ? ` ${f.minutes} 分钟` : ""}（${f.shiftId}）`).join("；")) : null].filter(Boolean));
}

function field(name, label, attributes = {}) {
  return [h("label", { for: `${name}-${attributes.window}` }, label), h("input", { id: `${name}-${attributes.window}`, name, autocomplete: "off", ...attributes, window: undefined }), h("div", { class: "field-error", "data-for": name })];
}

function methodSelect(windowId) {
  return [h("label", { for: `method-${windowId}` }, "支付方式"), h("select", { id: `method-${windowId}`, name: "method" }, ...methods.map(([v, l]) => h("option", { value: v }, l))), h("div", { class: "field-error", "data-for": "method" })];
}

function form(id, title, fields, send, after) {
  const f = h("form", { class: "card", id, novalidate: true }, h("h3", {}, title), ...fields, h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit" }, title)));
  f.onsubmit = async (event) => {
    event.preventDefault();
    clearProblems(f);
    try { await after(await send(f)); } catch (error) { showProblem(f, error); }
  };
  return f;
}

async function renderWindow(box, window, items) {
  const base = path`/api/points/${me.pointCode}/windows/${window.id}/collection/${today}`;
  const day = await api(base);
  const refresh = () => renderWindow(box, window, items);
  const fees = items.filter((i) => i.feeFen > 0 && !i.collectsFor);
  const bills = items.filter((i) => i.collectsFor);
  const forms = [];
  if (day.allowedActions.includes("Charge") && fees.length) {
    forms.push(form(`charge-${window.id}`, actionNames.Charge, [
      h("label", { for: `fee-item-${window.id}` }, "事项"),
      h("select", { id: `fee-item-${window.id}`, name: "itemId" }, ...fees.map((i) => h("option", { value: i.id }, `${i.name} · ${yuan(i.feeFen)} 元${i.feeUnit ? `/${i.feeUnit}` : ""}${i.feeInAdvance ? "（预收）" : ""}`))),
      h("div", { class: "field-error", "data-for": "itemId" }),
      ...field("matterReceiptNumber", "办件回执号", { window: window.id }),
      ...field("quantity", "数量", { window: window.id, value: "1", inputmode: "numeric" }),
      ...methodSelect(window.id),
    ], (f) => submit(`charge/${window.id}`, `${base}/charge`, { body: { itemId: f.itemId.value, matterReceiptNumber: f.matterReceiptNumber.value.trim(), quantity: Number.parseInt(f.quantity.value, 10) || 0, method: f.method.value } }), refresh));
  }
  if (day.allowedActions.includes("CollectBill") && bills.length) {
    forms.push(form(`bill-${window.id}`, actionNames.CollectBill, [
      h("label", { for: `bill-item-${window.id}` }, "代收单位"),
      h("select", { id: `bill-item-${window.id}`, name: "itemId" }, ...bills.map((i) => h("option", { value: i.id }, `${i.name}（${i.collectsFor}）`))),
      ...field("accountNumber", "户号", { window: window.id }),
      ...field("payerName", "缴费人", { window: window.id }),
      ...field("amountFen", "金额（元）", { window: window.id, inputmode: "decimal" }),
      ...methodSelect(window.id),
    ], (f) => submit(`bill/${window.id}`, `${base}/bills`, { body: { itemId: f.itemId.value, accountNumber: f.accountNumber.value.trim(), payerName: f.payerName.value.trim(), amountFen: fenOf(f.amountFen.value) ?? 0, method: f.method.value } }), refresh));
  }
  if (day.allowedActions.includes("Refund") && day.lines.some((l) => !l.refund)) {
    forms.push(form(`refund-${window.id}`, actionNames.Refund, [
      h("label", { for: `refund-no-${window.id}` }, "收据号"),
      h("select", { id: `refund-no-${window.id}`, name: "receiptNumber" }, ...day.lines.filter((l) => !l.refund).map((l) => h("option", { value: l.receiptNumber }, `${l.receiptNumber} · ${yuan(l.amountFen)} 元`))),
      ...field("reason", "退费原因", { window: window.id }),
    ], (f) => submit(`refund/${window.id}`, `${base}/refund`, { body: { receiptNumber: f.receiptNumber.value, reason: f.reason.value.trim() } }), refresh));
  }
  if (day.allowedActions.includes("Close")) {
    forms.push(form(`close-${window.id}`, actionNames.Close, [
      h("p", { class: "muted" }, `账面现金 ${yuan(day.expectedCashFen)} 元`),
      ...field("countedCashFen", "清点现金（元）", { window: window.id, inputmode: "decimal" }),
      ...field("differenceReason", "差异原因", { window: window.id }),
    ], (f) => submit(`close/${window.id}`, `${base}/close`, { body: { countedCashFen: fenOf(f.countedCashFen.value) ?? -1, differenceReason: f.differenceReason.value.trim() || null } }), refresh));
  }
  const totals = (list) => list.map((x) => h("tr", {}, h("td", {}, x.label), h("td", { class: "num" }, x.receipts), h("td", { class: "num" }, yuan(x.collectedFen)), h("td", { class: "num" }, yuan(x.refundedFen))));
  box.replaceChildren(...[
    h("h3", {}, window.name, " · ", today, " ", h("span", { class: `badge ${day.status}` }, day.status === "Closed" ? "已日结" : "收费中"), " ", h("b", { class: "net" }, `${yuan(day.netFen)} 元`)),
    h("table", { class: "lines" },
      h("thead", {}, h("tr", {}, h("th", {}, "收据号"), h("th", {}, "事项"), h("th", {}, "金额（元）"), h("th", {}, "方式"), h("th", {}, ""))),
      h("tbody", {}, day.lines.map((l) => h("tr", { "data-receipt": l.receiptNumber },
        h("td", {}, l.receiptNumber), h("td", {}, l.itemName, l.maskedPayerName ? ` · ${l.maskedPayerName} ${l.maskedAccountNumber}` : ""),
        h("td", { class: "num" }, yuan(l.amountFen)), h("td", {}, l.method), h("td", {}, l.refund ? `已退费：${l.refund.reason}` : h("a", { href: withQuery("/print/receipt.html", { no: l.receiptNumber }), target: "_blank", class: "print-receipt" }, "打印收据")))))),
    h("table", { class: "totals" }, h("thead", {}, h("tr", {}, h("th", {}, "合计"), h("th", {}, "笔数"), h("th", {}, "收款"), h("th", {}, "退款"))), h("tbody", {}, totals(day.byItem), totals(day.byMethod), totals(day.byPayee))),
    day.close ? h("p", {}, `日结：账面 ${yuan(day.close.expectedCashFen)} 元，实点 ${yuan(day.close.countedCashFen)} 元${day.close.differenceReason ? `，差异原因：${day.close.differenceReason}` : ""}`) : null,
    h("div", { class: "grid two" }, forms)].filter(Boolean));
}

if (root && ["WindowClerk", "CenterDirector"].includes(me.role)) {
  const point = await api(path`/api/points/${me.pointCode}`);
  const catalog = await api(path`/api/points/${me.pointCode}/catalog`);
  const director = me.role === "CenterDirector";
  const attendance = h("div", { class: "card", id: "attendance" });
  root.append(h("h2", {}, "收费与考勤 Fees and attendance"), attendance);
  await renderAttendance(attendance);
  for (const window of point.windows.filter((w) => director || w.clerkA.id === me.id || w.clerkB.id === me.id)) {
    const items = catalog.filter((i) => i.windowId === window.id && (i.feeFen > 0 || i.collectsFor));
    if (!items.length) continue;
    const box = h("div", { class: "card collection-day", "data-window": window.id });
    root.append(box);
    await renderWindow(box, window, items);
  }
}
