// A link to the statistics page in a page's header, for directors and the city monitor.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { st } from "/js/statistics-texts.js";

const me = await api("/api/auth/me");
if (me.role === "CenterDirector" || me.role === "CityMonitor") {
  document.querySelector("header.bar .spacer")?.before(h("a", { href: "/statistics.html", id: "statistics-link", class: "link" }, st("statistics")));
}
