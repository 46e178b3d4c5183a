// The hall display of one point (大厅显示屏): its windows, who is on duty at each (A or B), the
// service item each window is serving, and today's counts. The point keeps this picture; the page
// loads it in one call and then takes each new picture ("hall") and load ("load") as they are
// pushed. Public: no sign-in, and what arrives is the point's public feed (no receipt number, no
// clerk id, no personal data; see LiveHub.WatchPoint).
import { applyTexts, t } from "/js/i18n.js";
import { formatClock } from "/js/china-time.js";
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { connectLive } from "/js/live.js";

applyTexts();
const code = new URLSearchParams(location.search).get("point");
let hall = await api(path`/public/points/${code}/hall`);
document.getElementById("point-name").textContent = hall.name;

function render() {
  document.getElementById("windows").replaceChildren(...hall.windows.map((w) => h("div", { class: "hall-window", "data-window": w.id },
    h("div", { class: "name" }, w.name),
    h("div", { class: "duty" }, `${t("onDuty")}：${w.onDuty} `, h("span", { class: "badge" }, w.primaryAway ? "B" : "A")),
    h("div", { class: "serving" }, w.serving ? `${t("serving")}：${w.serving}` : null))));
  document.getElementById("accepted").textContent = hall.load.acceptedToday;
  document.getElementById("closed").textContent = hall.load.closedToday;
  document.getElementById("queue").textContent = hall.load.queue;
  document.getElementById("supervision-phone").textContent = hall.supervisionPhone ?? "—";
}

render();
setInterval(() => { document.getElementById("clock").textContent = formatClock(); }, 1000);
await connectLive({
  points: [code],
  on: {
    hall: (batch) => {
      const latest = batch.filter((x) => x.code === code).at(-1);
      if (latest) { hall = latest; render(); }
    },
    load: (batch) => {
      const own = batch.filter((l) => l.pointCode === code && !l.subtree).at(-1);
      if (own) { hall = { ...hall, load: own }; render(); }
    },
  },
  // "live" once the point's feed is joined (screens and tests can tell a display that follows it).
  onState: (state) => { document.body.dataset.live = state; },
});
