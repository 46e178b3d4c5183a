// Calls to the gateway's HTTP API. Refusals arrive as RFC 9457 ProblemDetails; they are thrown
// as ApiError with the field errors, so forms can show the server's reason next to the field.
// A request with an Idempotency-Key is sent again, with the same key, after a 503 or a network
// failure (its outcome unknown): the gateway answers a repeated key with the first answer and
// acts once. Forms get their keys from submit() in /js/submission.js.
import { t } from "/js/i18n.js";

const attempts = 3;
/** Where a page leaves the reason its session ended for the sign-in page (sessionStorage). */
export const sessionEndedKey = "network.sessionEnded";
/** Calls whose 401 is the answer to show (a wrong password), not a reason to go and sign in. */
const signInCalls = ["/api/auth/sign-in", "/api/auth/token", "/api/auth/change-password", "/api/auth/refresh"];
const longestWaitSeconds = 5;

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.errors = problem?.errors ?? {};
  }

  /** The request may or may not have acted: no answer (network failure) or 503. */
  get outcomeUnknown() { return this.status === 0 || this.status === 503; }
}

export async function api(path, { method = "GET", body, idempotencyKey } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" };
  for (let attempt = 1; ; attempt++) {
    const retry = idempotencyKey && attempt < attempts;
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      if (retry) { await wait(1); continue; }
      throw new ApiError({ title: t("networkError") }, 0);
    }
    if (response.status === 503 && retry) { await wait(retryAfter(response)); continue; }
    if (response.status === 401 && !signInCalls.includes(path)) {
      // A session that ended (signed out elsewhere, account changed or disabled) says why: the
      // sign-in page shows it (as text) instead of a silent return to the sign-in form.
      const problem = await response.json().catch(() => null);
      if (problem?.code === "auth.sessionEnded" && typeof problem.detail === "string") {
        sessionStorage.setItem(sessionEndedKey, problem.detail);
      }
      location.href = `/index.html?next=${encodeURIComponent(location.pathname + location.search)}`;
      throw new ApiError({ title: "Sign-in required" }, 401);
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) throw new ApiError(data, response.status);
    return data;
  }
}

const retryAfter = (response) => {
  const seconds = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
  return Number.isFinite(seconds) ? seconds : 1;
};

const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(seconds, 0), longestWaitSeconds) * 1000));

/** Shows an ApiError on a form: each field's message under its input, the rest in the form's notice. */
export function showProblem(form, error) {
  clearProblems(form);
  const notice = form.querySelector(".notice");
  let placed = false;
  for (const [field, messages] of Object.entries(error.errors ?? {})) {
    const name = CSS.escape(field);
    const input = form.querySelector(`[name="${name}"]`) ?? form.querySelector(`[data-field="${name}"]`);
    const slot = form.querySelector(`.field-error[data-for="${name}"]`);
    if (input) input.classList.add("invalid");
    if (slot) { slot.textContent = [messages].flat().join(" "); placed = true; }
  }
  if (notice && (!placed || !error.errors)) {
    notice.className = "notice error";
    notice.textContent = error.message;
  }
}

export function clearProblems(form) {
  for (const el of form.querySelectorAll(".invalid")) el.classList.remove("invalid");
  for (const el of form.querySelectorAll(".field-error")) el.textContent = "";
  const notice = form.querySelector(".notice");
  if (notice) { notice.className = "notice"; notice.textContent = ""; }
}
