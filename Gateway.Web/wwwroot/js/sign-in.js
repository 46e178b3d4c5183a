// The sign-in page. After signing in it goes to ?next= when that is a path on this site (the
// page that sent the user here), else to the user's screen. An account whose password an
// administrator reset must choose a new one first (the gateway answers 403
// auth.passwordChangeRequired): the page asks for it, changes it, and signs in with it. A page
// whose session ended left the gateway's reason in sessionStorage: it is shown once, as text.
import { applyTexts, toggleLanguage, t } from "/js/i18n.js";
import { api, showProblem, clearProblems, sessionEndedKey } from "/js/api.js";
import { localPath, withQuery } from "/js/url.js";
import { wired } from "/js/forms.js";

applyTexts();
document.getElementById("lang").onclick = toggleLanguage;
const form = document.getElementById("sign-in");
const change = document.getElementById("change-password");

const ended = sessionStorage.getItem(sessionEndedKey);
if (ended) {
  sessionStorage.removeItem(sessionEndedKey);
  const notice = form.querySelector(".notice");
  notice.className = "notice error";
  notice.textContent = t("sessionEndedNotice") + ended;
}

async function signIn(clerkId, password) {
  const me = await api("/api/auth/sign-in", { method: "POST", body: { clerkId, password } });
  const next = localPath(new URLSearchParams(location.search).get("next"));
  location.href = next ?? (me.role === "CityMonitor" ? withQuery("/monitor.html", { city: me.pointCode.slice(0, 6) }) : me.role === "Supervisor" ? "/workbench.html" : "/console.html");
}

form.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(form);
  const clerkId = form.clerkId.value.trim();
  if (!clerkId) { showProblem(form, { errors: { clerkId: [t("required")] } }); return; }
  try {
    await signIn(clerkId, form.password.value);
  } catch (error) {
    if (error.problem?.code === "auth.passwordChangeRequired") {
      form.hidden = true;
      change.hidden = false;
      change.newPassword.focus();
      return;
    }
    showProblem(form, error);
  }
};
wired(form);

change.onsubmit = async (e) => {
  e.preventDefault();
  clearProblems(change);
  const clerkId = form.clerkId.value.trim();
  const newPassword = change.newPassword.value;
  if (newPassword !== change.confirmPassword.value) {
    showProblem(change, { errors: { confirmPassword: [t("passwordsDiffer")] } });
    return;
  }
  try {
    await api("/api/auth/change-password", { method: "POST", body: { clerkId, currentPassword: form.password.value, newPassword } });
    await signIn(clerkId, newPassword);
  } catch (error) { showProblem(change, error); }
};
wired(change);

