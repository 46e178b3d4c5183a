// Print-friendly pages: the one-time notice of missing materials (一次性告知书) and the
// commitment slip (办件承诺单), with the point's name, the receipt number, the progress code
// (查询码: with the receipt number, the citizen's key to the public lookup) and the deadline.
// The page says which it is (<body data-print="notice|slip">); ?receipt= names the matter.
import { applyTexts, t, formatDate } from "/js/i18n.js";
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { formatProgressCode } from "/js/progress-code.js";
import { formatDay } from "/js/china-time.js";

const pairs = (list) => list.flatMap(([label, value]) => [h("div", { class: "muted" }, label), h("div", {}, value)]);
const citizen = (m) => `${m.citizenName}（${m.maskedResidentId}）`;
const code = (m) => (m.progressCode ? [[t("progressCode"), h("b", { class: "progress-code" }, formatProgressCode(m.progressCode))]] : []);
const codeNote = (m) => (m.progressCode ? h("p", { class: "muted" }, t("progressCodeNote")) : null);
// The clerk signs by name (the point's roster); an id only when the roster cannot be read.
let clerkNames = new Map();
const signature = (clerkId, pointName) => h("div", { class: "sign" }, h("span", {}, `${t("clerk")}：${clerkNames.get(clerkId) ?? clerkId}`), h("span", {}, `${pointName} ${t("sealHere")}`));

function notice(m) {
  return [
    h("h1", {}, m.notice.pointName, h("br"), t("noticeTitle")),
    h("div", { class: "meta" }, pairs([
      [t("receipt"), m.receiptNumber], ...code(m), [t("citizen"), citizen(m)], [t("item"), m.notice.itemName], [t("acceptedAt"), formatDate(m.notice.issuedAt)],
    ])),
    h("p", {}, `${t("missing")}：`),
    h("ol", {}, m.notice.missing.map((x) => h("li", {}, x))),
    codeNote(m),
    signature(m.notice.clerkId, m.notice.pointName),
  ];
}

function slip(m) {
  return [
    h("h1", {}, m.slip.pointName, h("br"), t("slipTitle")),
    h("div", { class: "meta" }, pairs([
      [t("receipt"), m.receiptNumber], ...code(m), [t("citizen"), citizen(m)], [t("item"), m.slip.itemName], [t("acceptedAt"), formatDate(m.slip.acceptedAt)],
      [t("timeLimit"), `${m.slip.timeLimitWorkingDays}${t("workingDays")}`],
      [t("dueDate"), [h("b", {}, formatDay(m.dueDate ?? m.slip.dueDate)), m.slip.provisional ? t("provisional") : null]],
    ])),
    codeNote(m),
    signature(m.slip.clerkId, m.slip.pointName),
  ];
}

async function renderPrint(kind) {
  applyTexts();
  document.getElementById("print").onclick = () => window.print();
  const page = document.getElementById("page");
  const receipt = new URLSearchParams(location.search).get("receipt");
  try {
    const m = await api(path`/api/matters/${receipt}`);
    const rosters = await Promise.all([...new Set([m.pointCode, m.currentPointCode ?? m.pointCode])].map((code) => api(path`/api/points/${code}`).catch(() => null)));
    clerkNames = new Map(rosters.filter((r) => r).flatMap((r) => [...r.windows.flatMap((w) => [w.clerkA, w.clerkB]), ...r.proxyAgents]).map((c) => [c.id, c.name]));
    if (kind === "notice" && m.notice) {
      document.title = `${t("noticeTitle")} ${m.receiptNumber}`;
      page.replaceChildren(...notice(m));
    } else if (kind === "slip" && m.slip) {
      document.title = `${t("slipTitle")} ${m.receiptNumber}`;
      page.replaceChildren(...slip(m));
    } else {
      page.textContent = t("notFound");
    }
  } catch (error) {
    page.textContent = error.status === 404 ? t("notFound") : error.message;
  }
}

await renderPrint(document.body.dataset.print);
