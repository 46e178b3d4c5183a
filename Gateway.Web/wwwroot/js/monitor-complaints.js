// The city monitor's complaints panel: complaints registered today at each point of the city, from
// one count at load and then live ("complaint" messages whose action is Registered; no personal data).
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { connectLive } from "/js/live.js";
import { chinaToday } from "/js/china-time.js";

const me = await api("/api/auth/me");
const cityCode = new URLSearchParams(location.search).get("city") ?? me.pointCode.slice(0, 6);
const names = new Map();
const visit = (node) => { names.set(node.code, node.name); node.children.forEach(visit); };
visit(await api(path`/api/points/${cityCode}/tree`));
const counts = new Map(Object.entries(await api(path`/api/cities/${cityCode}/complaints/today`)));
const seen = new Set();
const today = () => chinaToday();

function render() {
  const rows = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  document.querySelector("#complaints-today tbody").replaceChildren(...rows.map(([code, n]) =>
    h("tr", { "data-point": code }, h("td", {}, names.get(code) ?? code), h("td", { class: "num" }, n))));
}

render();
await connectLive({
  cities: [cityCode],
  on: {
    complaint: (batch) => {
      for (const c of batch.filter((x) => x.action === "Registered" && !seen.has(x.number))) {
        seen.add(c.number);
        if (chinaToday(new Date(c.registeredAt)) !== today()) continue;
        counts.set(c.pointCode, (counts.get(c.pointCode) ?? 0) + 1);
      }
      render();
    },
  },
});
