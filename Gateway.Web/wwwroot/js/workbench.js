// The directors' workbench (主任工作台): a frame of panels. Each <section data-panel="/js/…"> names
// the module that draws it; the module exports mount(section, workbench), where workbench gives
// the signed-in director (me), the point watched (pointCode, ?point= or the director's own),
// on(kind, handler) to receive live messages of a kind, and onReconnect(handler) to reload after
// the live connection was lost. One live connection serves every panel.
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path, localPath } from "/js/url.js";
import { connectLive } from "/js/live.js";
import { rt } from "/js/rating-texts.js";

applyTexts();
document.getElementById("workbench-title").textContent = rt("workbench");
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("sign-out").onclick = async () => { await api("/api/auth/sign-out", { method: "POST" }); location.href = "/index.html"; };

const me = await api("/api/auth/me");
const pointCode = new URLSearchParams(location.search).get("point") ?? me.pointCode;
document.getElementById("me").textContent = `${me.displayName}（${me.id}）`;
const handlers = new Map();
const reconnects = [];
const workbench = {
  me,
  pointCode,
  on(kind, handler) {
    if (!handlers.has(kind)) handlers.set(kind, []);
    handlers.get(kind).push(handler);
  },
  onReconnect(handler) { reconnects.push(handler); },
};

try {
  const point = await api(path`/api/points/${pointCode}`);
  document.getElementById("point-name").textContent = point.name;
} catch (error) {
  document.getElementById("panels").replaceChildren(h("div", { class: "notice error" }, error.message));
  throw error;
}

for (const section of document.querySelectorAll("section[data-panel]")) {
  const module = localPath(section.dataset.panel);
  if (!module || !module.startsWith("/js/")) continue;
  try {
    await (await import(module)).mount(section, workbench);
  } catch (error) {
    section.replaceChildren(h("div", { class: "notice error" }, error.message));
  }
}

const badge = document.getElementById("live");
let everLive = false;
await connectLive({
  // A city's director watches the whole city; a township's its point (its villages' cases are announced to it too).
  ...(pointCode.length === 6 ? { cities: [pointCode] } : { points: [pointCode] }),
  on: Object.fromEntries([...handlers].map(([kind, list]) => [kind, (batch) => list.forEach((handle) => handle(batch))])),
  onState: (state) => {
    badge.textContent = state === "live" ? "● live" : "○ …";
    if (state === "live" && everLive) reconnects.forEach((handle) => handle());
    if (state === "live") everLive = true;
  },
});
