// Calls to the gateway's HTTP API. Refusals arrive as RFC 9457 ProblemDetails; they are thrown
// as ApiError with the field errors, so forms can show the server's reason next to the field.
export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.errors = problem?.errors ?? {};
  }
}

export async function api(path, { method = "GET", body, idempotent = false } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (idempotent) headers["Idempotency-Key"] = crypto.randomUUID();
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  if (response.status === 401 && !path.startsWith("/api/auth")) {
    location.href = `/index.html?next=${encodeURIComponent(location.pathname + location.search)}`;
    throw new ApiError({ title: "Sign-in required" }, 401);
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(data, response.status);
  return data;
}

/** Shows an ApiError on a form: each field's message under its input, the rest in the form's notice. */
export function showProblem(form, error) {
  clearProblems(form);
  const notice = form.querySelector(".notice");
  let placed = false;
  for (const [field, messages] of Object.entries(error.errors ?? {})) {
    const input = form.querySelector(`[name="${field}"]`) ?? form.querySelector(`[data-field="${field}"]`);
    const slot = form.querySelector(`.field-error[data-for="${field}"]`);
    if (input) input.classList.add("invalid");
    if (slot) { slot.textContent = messages.join(" "); placed = true; }
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

export const escapeHtml = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
