// The hall screen's duty panel: who is on duty today and the leader receiving citizens (领导坐班接待),
// from the day's published roster (GET /public/points/{code}/duty/{today}); names only, no staff ids.
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { api } from "/js/api.js";
import { chinaToday } from "/js/china-time.js";

const panel = document.getElementById("duty-today");
const code = new URLSearchParams(location.search).get("point");
const kinds = { FullDay: "全天", Morning: "上午", Afternoon: "下午", Noon: "午间值班", Evening: "晚间值班", HolidayDuty: "节假日值班" };
const hhmm = (time) => String(time).slice(0, 5);

if (panel && code) {
  const day = await api(path`/public/points/${code}/duty/${chinaToday()}`);
  panel.replaceChildren(
    h("div", { class: "leader" }, "今日领导坐班接待：", day.leader ? h("b", {}, `${day.leader.title} ${day.leader.name}`) : "—"),
    h("ul", { class: "duty-posts" }, day.posts.map((p) =>
      h("li", {}, `${p.windowName ?? "大厅值班"} · ${kinds[p.kind] ?? p.kind} ${hhmm(p.start)}–${hhmm(p.end)} · `, h("b", {}, p.clerkName)))));
}
