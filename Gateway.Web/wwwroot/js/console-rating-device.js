// The console's rating-device pairing (服务评价器配对): the clerk picks their window and pairs the
// citizen-facing tablet. The secret is shown once, in a link whose fragment the tablet keeps; the
// window grain decides who may pair (the window's A or B clerk, or the point's director).
import { api, showProblem, clearProblems } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { rt } from "/js/rating-texts.js";

const card = document.getElementById("rating-device");
const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
const select = h("select", { name: "windowId", "aria-label": rt("window") },
  point.windows.map((w) => h("option", { value: w.id }, w.name)));
const output = h("div", { class: "pairing" });
const form = h("form", { novalidate: true },
  h("h2", {}, rt("pairDevice")), select, h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit", id: "pair-device" }, rt("pairDevice"))), output);
form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  output.replaceChildren();
  try {
    const pairing = await api(path`/api/points/${me.pointCode}/windows/${select.value}/rating-device`, { method: "POST" });
    const link = `/rate.html#pair=${pairing.pointCode}/${pairing.windowId}/${pairing.deviceToken}`;
    output.replaceChildren(h("p", { class: "muted" }, rt("pairHint")), h("p", {}, h("a", { href: link, id: "pairing-link", target: "_blank", rel: "noopener" }, location.origin + link)));
  } catch (error) {
    showProblem(form, error);
  }
};
card.replaceChildren(form);
