// The director's workbench page: its header (who is signed in, at which point, language, sign-out).
// Each panel is its own module (complaints, supervision orders, ...), drawing its own section.
import { applyTexts, toggleLanguage } from "/js/i18n.js";
import { api } from "/js/api.js";
import { path } from "/js/url.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
document.getElementById("sign-out").onclick = async () => { await api("/api/auth/sign-out", { method: "POST" }); location.href = "/index.html"; };
const me = await api("/api/auth/me");
const point = await api(path`/api/points/${me.pointCode}`);
document.getElementById("me").textContent = `${me.displayName}（${me.id}）`;
document.getElementById("point-name").textContent = point.name;
