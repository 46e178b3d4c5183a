// Finding matters (查找办件) on the console: receipt number, applicant's name, the last four of the
// ID number, item, status, window, days taken in, flag; sorted by deadline; pages by keyset (the
// server's "next" key, kept in a stack for "previous"). A clerk searches their own point; a director
// may include the points below. A result opens in the console (the "open-matter" event).
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { t } from "/js/i18n.js";
import { rt } from "/js/report-texts.js";
import { formatDay, formatDateTime } from "/js/china-time.js";

const panel = document.getElementById("matter-search");
const me = await api("/api/auth/me");
const [point, catalog] = await Promise.all([api(path`/api/points/${me.pointCode}`), api(path`/api/points/${me.pointCode}/catalog`)]);
const reachesBelow = me.role === "CenterDirector" || me.role === "CityMonitor";
const statuses = ["AwaitingSupplement", "InProgress", "HandedUp", "ResultReady", "Completed", "Returned"];

document.querySelector("header.bar .spacer")?.before(h("a", { href: "/register.html", id: "register-link", class: "link" }, rt("register")));

const field = (label, control) => h("label", { class: "search-field" }, h("span", {}, label), control);
const option = (value, text) => h("option", { value }, text);
const form = h("form", { id: "search-form", novalidate: true },
  h("div", { class: "search-fields" },
    field(rt("receiptNo"), h("input", { name: "receipt", autocomplete: "off" })),
    field(rt("applicantName"), h("input", { name: "name", autocomplete: "off" })),
    field(rt("idTail"), h("input", { name: "idTail", maxlength: 4, autocomplete: "off" })),
    field(t("item"), h("select", { name: "itemId" }, option("", rt("anyItem")), catalog.map((i) => option(i.id, i.name)))),
    field(t("status"), h("select", { name: "status" }, option("", rt("anyStatus")), statuses.map((s) => option(s, t(s))))),
    field(t("window"), h("select", { name: "windowId" }, option("", rt("anyWindow")), point.windows.map((w) => option(w.id, w.name)))),
    field(rt("receivedFrom"), h("input", { name: "from", type: "date" })),
    field(rt("receivedTo"), h("input", { name: "to", type: "date" })),
    field(rt("flag"), h("select", { name: "flag" }, option("", rt("anyFlag")), option("Yellow", rt("yellow")), option("Red", rt("red")))),
    h("label", { class: "inline" }, h("input", { type: "checkbox", name: "openOnly" }), " ", rt("openOnly")),
    reachesBelow ? h("label", { class: "inline" }, h("input", { type: "checkbox", name: "subtree" }), " ", rt("subtree")) : null),
  ["receiptNumber", "citizenName", "idTail", "from", "to", "after", "subtree", "pointCode"].map((name) => h("div", { class: "field-error", "data-for": name })),
  h("div", { class: "notice" }),
  h("div", { class: "actions" }, h("button", { type: "submit", id: "search-button" }, rt("searchAction"))));

const results = h("table", { id: "search-results" },
  h("thead", {}, h("tr", {}, [t("receipt"), t("item"), t("citizen"), t("status"), t("due"), t("handler"), rt("received")].map((x) => h("th", {}, x)))),
  h("tbody"));
const pager = h("div", { class: "actions pager" });
panel.replaceChildren(h("h2", {}, rt("search")), form, results, pager);

let criteria = {};
let cursors = [null]; // the "after" of each page shown so far: page n is read after cursors[n - 1]

form.onsubmit = async (e) => {
  e.preventDefault();
  const values = Object.fromEntries(new FormData(form).entries());
  criteria = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "" && v !== "on").map(([k, v]) => [k, v.trim()]));
  if (form.openOnly.checked) criteria.openOnly = true;
  if (form.subtree?.checked) criteria.subtree = true;
  cursors = [null];
  await showPage(0);
};

async function showPage(index) {
  clearProblems(form);
  let page;
  try {
    page = await api(withQuery(path`/api/points/${me.pointCode}/search`, { ...criteria, after: cursors[index] ?? undefined, limit: 20 }));
  } catch (error) { showProblem(form, error); return; }
  cursors = cursors.slice(0, index + 1);
  if (page.next) cursors.push(page.next);
  results.tBodies[0].replaceChildren(...(page.items.length ? page.items.map(row) : [h("tr", {}, h("td", { colspan: 7, class: "muted" }, rt("noMatters")))]));
  const previous = h("button", { type: "button", class: "secondary", id: "search-previous", disabled: index === 0 }, rt("previous"));
  const next = h("button", { type: "button", class: "secondary", id: "search-next", disabled: !page.next }, rt("next"));
  previous.onclick = () => showPage(index - 1);
  next.onclick = () => showPage(index + 1);
  pager.replaceChildren(previous, h("span", { class: "muted", id: "search-page" }, rt("page", index + 1)), next);
}

function row(m) {
  const tr = h("tr", { class: "clickable", "data-receipt": m.receiptNumber },
    h("td", {}, m.receiptNumber), h("td", {}, m.itemName),
    h("td", {}, m.citizenName, " ", h("span", { class: "muted" }, m.maskedResidentId)),
    h("td", {}, h("span", { class: `badge ${m.status}` }, t(m.status))),
    h("td", { class: `flag-${m.flag}` }, formatDay(m.dueDate)),
    h("td", {}, m.handlerName ?? m.handlerClerkId),
    h("td", { class: "received" }, formatDateTime(m.receivedAt)));
  tr.onclick = () => document.dispatchEvent(new CustomEvent("open-matter", { detail: m.receiptNumber }));
  return tr;
}
