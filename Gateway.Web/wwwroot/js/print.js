// Print-friendly pages: the one-time notice of missing materials (一次性告知书) and the
// commitment slip (办件承诺单), with the point's name, the receipt number and the deadline.
import { applyTexts, t, formatDate } from "/js/i18n.js";
import { api, escapeHtml } from "/js/api.js";

export async function renderPrint(kind) {
  applyTexts();
  const receipt = new URLSearchParams(location.search).get("receipt");
  const m = await api(`/api/matters/${encodeURIComponent(receipt)}`);
  const page = document.getElementById("page");
  const rows = (pairs) => pairs.map(([k, v]) => `<div class="muted">${escapeHtml(k)}</div><div>${v}</div>`).join("");
  if (kind === "notice" && m.notice) {
    document.title = `${t("noticeTitle")} ${m.receiptNumber}`;
    page.innerHTML = `
      <h1>${escapeHtml(m.notice.pointName)}<br>${t("noticeTitle")}</h1>
      <div class="meta">${rows([
        [t("receipt"), escapeHtml(m.receiptNumber)], [t("citizen"), `${escapeHtml(m.citizenName)}（${escapeHtml(m.maskedResidentId)}）`],
        [t("item"), escapeHtml(m.notice.itemName)], [t("acceptedAt"), escapeHtml(formatDate(m.notice.issuedAt))],
      ])}</div>
      <p>${t("missing")}：</p>
      <ol>${m.notice.missing.map((x) => `<li>${escapeHtml(x)}</li>`).join("")}</ol>
      <div class="sign"><span>${t("clerk")}：${escapeHtml(m.notice.clerkId)}</span><span>${escapeHtml(m.notice.pointName)} ${t("sealHere")}</span></div>`;
  } else if (kind === "slip" && m.slip) {
    document.title = `${t("slipTitle")} ${m.receiptNumber}`;
    page.innerHTML = `
      <h1>${escapeHtml(m.slip.pointName)}<br>${t("slipTitle")}</h1>
      <div class="meta">${rows([
        [t("receipt"), escapeHtml(m.receiptNumber)], [t("citizen"), `${escapeHtml(m.citizenName)}（${escapeHtml(m.maskedResidentId)}）`],
        [t("item"), escapeHtml(m.slip.itemName)], [t("acceptedAt"), escapeHtml(formatDate(m.slip.acceptedAt))],
        [t("timeLimit"), `${m.slip.timeLimitWorkingDays}${t("workingDays")}`],
        [t("dueDate"), `<b>${escapeHtml(m.dueDate ?? m.slip.dueDate)}</b>${m.slip.provisional ? escapeHtml(t("provisional")) : ""}`],
      ])}</div>
      <div class="sign"><span>${t("clerk")}：${escapeHtml(m.slip.clerkId)}</span><span>${escapeHtml(m.slip.pointName)} ${t("sealHere")}</span></div>`;
  } else {
    page.textContent = t("notFound");
  }
}
