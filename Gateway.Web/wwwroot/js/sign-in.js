// The sign-in page. After signing in it goes to ?next= when that is a path on this site (the
// page that sent the user here), else to the user's screen.
import { applyTexts, toggleLanguage, t } from "/js/i18n.js";
import { api, showProblem, clearProblems } from "/js/api.js";
import { localPath, withQuery } from "/js/url.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
const form = document.getElementById("sign-in");
form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  const body = { clerkId: form.clerkId.value.trim(), password: form.password.value };
  if (!body.clerkId) { showProblem(form, { errors: { clerkId: [t("required")] } }); return; }
  try {
    const me = await api("/api/auth/sign-in", { method: "POST", body });
    const next = localPath(new URLSearchParams(location.search).get("next"));
    location.href = next ?? (me.role === "CityMonitor" ? withQuery("/monitor.html", { city: me.pointCode.slice(0, 6) }) : "/console.html");
  } catch (error) { showProblem(form, error); }
};
