// A printable fee receipt (收据): one line of a window's collection day, as the gateway answers it
// (GET /api/receipts/{no}); the amount in yuan from integer fen, never through floating point.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { yuan } from "/js/money.js";
import { formatDateTime } from "/js/china-time.js";

const methods = { Cash: "现金", Card: "刷卡", QrCode: "扫码支付" };
const page = document.getElementById("page");
const no = new URLSearchParams(location.search).get("no") ?? "";
document.getElementById("print").onclick = () => window.print();

try {
  const r = await api(path`/api/receipts/${no}`);
  const l = r.line;
  const row = (label, value) => h("tr", {}, h("th", {}, label), h("td", {}, value));
  page.replaceChildren(
    h("h1", { class: "centered" }, r.pointName),
    h("h2", { class: "centered" }, l.kind === "Bill" ? "代收款收据" : "收费收据"),
    h("table", { class: "receipt" }, h("tbody", {},
      row("收据号", l.receiptNumber),
      row("窗口", r.windowName),
      row("事项", l.itemName),
      l.payee ? row("收款单位", l.payee) : null,
      l.maskedAccountNumber ? row("户号", l.maskedAccountNumber) : null,
      l.maskedPayerName ? row("缴费人", l.maskedPayerName) : null,
      l.matterReceiptNumber ? row("办件回执号", l.matterReceiptNumber) : null,
      l.kind === "Fee" ? row("收费标准", `${yuan(l.unitFen)} 元${r.feeUnit ? `/${r.feeUnit}` : ""} × ${l.quantity}`) : null,
      r.feeBasis ? row("收费依据", r.feeBasis) : null,
      h("tr", {}, h("th", {}, "金额"), h("td", { id: "amount" }, `￥${yuan(l.amountFen)} 元`)),
      row("支付方式", methods[l.method] ?? l.method),
      row("收款时间", formatDateTime(l.at)),
      row("收款人", l.clerkId),
      l.refund ? row("已退费", `${formatDateTime(l.refund.at)} ${l.refund.reason}`) : null)));
} catch (error) {
  page.replaceChildren(h("p", { class: "notice error" }, error.message));
}
