// The city monitor: the network as a tree with each point's live load, the city's totals, a live
// chart of intake and closures over the last hour, and the overdue matters. The tree, its loads and
// its flags come from one call (GET /api/points/{city}/tree); SignalR pushes the changes.
import { applyTexts, toggleLanguage, t } from "/js/i18n.js";
import { api } from "/js/api.js";
import { h, svg } from "/js/dom.js";
import { path } from "/js/url.js";
import { connectLive } from "/js/live.js";
import { showVacantPosts } from "/js/vacant-posts-monitor.js";
import { formatDay } from "/js/china-time.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("sign-out").onclick = async () => { await api("/api/auth/sign-out", { method: "POST" }); location.href = "/index.html"; };

const me = await api("/api/auth/me");
const cityCode = new URLSearchParams(location.search).get("city") ?? me.pointCode.slice(0, 6);
const points = new Map();   // code → { code, name, children: [codes] }
const loads = new Map();    // code → latest load shown for that point (its subtree's)
let flags = [];             // every point's own latest flags

async function loadTree() {
  const tree = await api(path`/api/points/${cityCode}/tree`);
  const all = [];
  const visit = (node) => {
    points.set(node.code, { code: node.code, name: node.name, children: node.children.map((c) => c.code) });
    loads.set(node.code, node.load);
    all.push(...node.flags);
    node.children.forEach(visit);
  };
  visit(tree);
  flags = all;
}
try {
  await loadTree();
} catch (error) {
  document.getElementById("kpis").replaceChildren(h("div", { class: "notice error" }, error.message));
  throw error;
}
document.getElementById("city-name").textContent = points.get(cityCode).name;

function rows(code, depth = 0) {
  const p = points.get(code);
  const l = loads.get(code) ?? {};
  const level = l.overdue > 0 ? "red" : l.dueSoon > 0 ? "yellow" : "";
  // 排队 is people waiting with a ticket; held: matters handed up or joint parts waiting for work here.
  const cells = [["queue", l.queue], ["wait", l.longestWaitMinutes], ["held", l.held], ["open", l.open], ["dueSoon", l.dueSoon], ["overdue", l.overdue], ["handOffs", l.handOffsInFlight]]
    .map(([figure, v]) => h("td", { class: "num", "data-figure": figure }, v ?? 0));
  const row = h("tr", { class: `node ${level}`, "data-code": code },
    h("td", { style: { paddingLeft: `${8 + depth * 18}px` } }, p.name, " ", h("span", { class: "muted" }, code)), cells);
  return [row, ...p.children.flatMap((c) => rows(c, depth + 1))];
}

function renderTree() {
  document.getElementById("tree").replaceChildren(...rows(cityCode));
  const c = loads.get(cityCode) ?? {};
  document.getElementById("kpis").replaceChildren(...[
    ["queueLen", c.queue], ["waitMinutes", c.longestWaitMinutes], ["held", c.held], ["open", c.open], ["dueSoon", c.dueSoon], ["overdue", c.overdue], ["handOffs", c.handOffsInFlight],
    ["acceptedToday", c.acceptedToday], ["closedToday", c.closedToday],
  ].map(([k, v]) => h("div", { class: "kpi" }, h("div", { class: "value" }, v ?? 0), h("div", { class: "label" }, t(k)))));
}

// Intake and closures per minute over the last hour, counted from the live matter changes.
const minutes = new Map();
function count(kind, at) {
  const minute = Math.floor(new Date(at).getTime() / 60000);
  const bucket = minutes.get(minute) ?? { intake: 0, closed: 0 };
  bucket[kind]++;
  minutes.set(minute, bucket);
}
function renderChart() {
  const now = Math.floor(Date.now() / 60000);
  const series = [...Array(60).keys()].map((i) => minutes.get(now - 59 + i) ?? { intake: 0, closed: 0 });
  const max = Math.max(1, ...series.map((b) => Math.max(b.intake, b.closed)));
  const line = (key) => series.map((b, i) => `${(i * 600) / 59},${170 - (b[key] / max) * 160}`).join(" ");
  document.getElementById("chart").replaceChildren(
    svg("polyline", { class: "intake", points: line("intake") }),
    svg("polyline", { class: "closed", points: line("closed") }));
  const total = series.reduce((s, b) => ({ intake: s.intake + b.intake, closed: s.closed + b.closed }), { intake: 0, closed: 0 });
  document.getElementById("chart-legend").textContent = `— ${t("acceptedToday")}: ${total.intake}   - - ${t("closedToday")}: ${total.closed}`;
}

function renderOverdue() {
  const red = [...new Map(flags.filter((f) => f.level === "Red").map((f) => [`${f.receiptNumber}/${f.partWindowId ?? ""}`, f])).values()];
  document.querySelector("#overdue tbody").replaceChildren(...red.map((f) => h("tr", {},
    h("td", {}, f.receiptNumber), h("td", {}, f.itemName, f.partWindowId ? ` · ${f.partWindowId}` : null),
    h("td", {}, points.get(f.pointCode)?.name ?? f.pointCode), h("td", { class: "flag-Red" }, formatDay(f.dueDate)))));
}

renderTree();
renderChart();
renderOverdue();
setInterval(renderChart, 30000);
const liveBadge = document.getElementById("live");
let treeRefresh = null;
await connectLive({
  cities: [cityCode],
  on: {
    vacantPost: showVacantPosts,
    load: (batch) => {
      for (const l of batch) {
        const leaf = (points.get(l.pointCode)?.children.length ?? 0) === 0;
        if (l.subtree || leaf) loads.set(l.pointCode, l);
      }
      renderTree();
      // Flags travel with the loads' roll-up: read the tree again (one call), at most twice a second.
      clearTimeout(treeRefresh);
      treeRefresh = setTimeout(async () => { await loadTree(); renderTree(); renderOverdue(); }, 500);
    },
    matter: (batch) => {
      for (const c of batch) {
        if (c.version === 1) count("intake", c.at);
        if (c.isClosed) count("closed", c.at);
      }
      renderChart();
    },
  },
  onState: (state) => { liveBadge.textContent = state === "live" ? t("updatedLive") : "…"; },
});
