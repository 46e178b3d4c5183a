// The city monitor's ratings card (好差评): per point, today's ratings that count and the
// satisfaction rate (满意率: 非常满意, 满意 and 基本满意 over all that count), and the bad ones; read
// from the ratings' read side, and read again when a "rating" live message arrives for the city.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { connectLive } from "/js/live.js";
import { rt } from "/js/rating-texts.js";
import { chinaToday } from "/js/china-time.js";

const card = document.getElementById("ratings-card");
const me = await api("/api/auth/me");
const cityCode = new URLSearchParams(location.search).get("city") ?? me.pointCode.slice(0, 6);
const names = new Map();
const visit = (node) => { names.set(node.code, node.name); node.children.forEach(visit); };
visit(await api(path`/api/points/${cityCode}/tree`));
const rows = h("tbody", { id: "ratings" });
card.replaceChildren(
  h("h2", {}, rt("ratingsToday"), " ", h("span", { class: "muted", id: "ratings-total" })),
  h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, rt("point")), h("th", { class: "num" }, rt("ratingsCount")), h("th", { class: "num" }, rt("satisfaction")), h("th", { class: "num" }, rt("bad")))), rows));

const percent = (value) => (value === null || value === undefined ? "—" : `${Math.round(value * 1000) / 10}%`);

async function load() {
  const today = chinaToday();
  const tallies = await api(withQuery("/api/ratings/tally", { pointCode: cityCode, from: today, to: today }));
  const total = tallies.reduce((s, t) => s + t.total, 0);
  document.getElementById("ratings-total").textContent = String(total);
  rows.replaceChildren(...tallies.map((t) => h("tr", { "data-code": t.pointCode },
    h("td", {}, names.get(t.pointCode) ?? t.pointCode, " ", h("span", { class: "muted" }, t.pointCode)),
    h("td", { class: "num" }, t.total), h("td", { class: "num" }, percent(t.satisfaction)), h("td", { class: "num" }, t.bad))));
}

await load();
await connectLive({ cities: [cityCode], on: { rating: () => load() }, onState: (state) => { if (state === "live") load(); } });
