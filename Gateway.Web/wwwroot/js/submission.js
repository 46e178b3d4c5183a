// One Idempotency-Key per submission. A form's request keeps its key until its outcome is known:
// sent again after a 503 or a network failure (by api()'s own retries, or by the clerk pressing
// the button again), it carries the same key, so the gateway acts on it at most once. Once an
// answer arrives (success or refusal), or when the same form is sent with other values, the next
// submission gets a new key.
import { api } from "/js/api.js";

const pending = new Map(); // scope (which form, on what) → { key, request }

/** Sends a form's mutating request; scope names the form and what it acts on ("intake", "<receipt>/complete"). */
export async function submit(scope, path, { method = "POST", body } = {}) {
  const request = JSON.stringify([method, path, body ?? null]);
  let entry = pending.get(scope);
  if (entry?.request !== request) {
    entry = { key: crypto.randomUUID(), request };
    pending.set(scope, entry);
  }
  try {
    const answer = await api(path, { method, body, idempotencyKey: entry.key });
    forget(scope, entry);
    return answer;
  } catch (error) {
    if (!error.outcomeUnknown) forget(scope, entry);
    throw error;
  }
}

const forget = (scope, entry) => { if (pending.get(scope) === entry) pending.delete(scope); };
