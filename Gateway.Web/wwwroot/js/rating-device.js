// The rating device (服务评价器): a tablet facing the citizen at one window. A clerk pairs it from
// the console; the pairing link (#pair=point/window/secret, a fragment, so it never reaches a
// server log) is opened here once and the secret kept in this browser. The device shows the window,
// the clerk on duty and, when a citizen has just been served there, that occasion with five large
// buttons. It never names a matter itself: it rates "the occasion on offer", which the desk knows
// from the matter. Live: a public "ratingDesk" message says the desk changed; the device then asks.
import { ApiError, showProblem } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { connectLive } from "/js/live.js";
import { rt } from "/js/rating-texts.js";
import { ratingForm, thanks } from "/js/rating-form.js";

const storageKey = "network.ratingDevice";
const panel = document.getElementById("device");
document.getElementById("device-title").textContent = rt("rateTitle");

function pairingFromFragment() {
  const match = /^#pair=([0-9]{6,12})\/([a-z0-9-]{1,64})\/([A-Za-z0-9_-]{20,128})$/.exec(location.hash);
  if (!match) return null;
  const pairing = { pointCode: match[1], windowId: match[2], token: match[3] };
  localStorage.setItem(storageKey, JSON.stringify(pairing));
  history.replaceState(null, "", location.pathname);
  return pairing;
}

function storedPairing() {
  try { return JSON.parse(localStorage.getItem(storageKey) ?? "null"); } catch { return null; }
}

const pairing = pairingFromFragment() ?? storedPairing();

/** A call to the desk with the device's secret in its header (api.js cannot add one). */
async function desk(suffix, body) {
  const response = await fetch(path`/public/rating-desks/${pairing.pointCode}/${pairing.windowId}` + suffix, {
    method: body === undefined ? "GET" : "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json", "X-Rating-Device": pairing.token },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(data, response.status);
  return data;
}

let thanked = null;

async function refresh() {
  let screen;
  try {
    screen = await desk("");
  } catch (error) {
    panel.replaceChildren(h("div", { class: "notice error" }, error.status === 403 ? rt("notPaired") : error.message));
    return;
  }
  document.getElementById("device-window").textContent = `${screen.pointName} ${screen.windowName}`;
  document.getElementById("device-clerk").textContent = `${rt("clerkOnDuty")}：${screen.clerkOnDutyName}（${screen.clerkOnDutyId}）`;
  if (!screen.offer) {
    panel.replaceChildren(...(thanked ? [thanked] : []), h("p", { class: "muted rating-idle" }, rt("idle")));
    return;
  }
  thanked = null;
  const offer = screen.offer;
  const form = ratingForm({
    prompt: rt("ratePrompt"),
    onSubmit: async (choice, f) => {
      try {
        const receipt = await desk("/ratings", { offerId: offer.offerId, ...choice });
        thanked = thanks(receipt);
        panel.replaceChildren(thanked);
      } catch (error) {
        showProblem(f, error);
      }
    },
  });
  panel.replaceChildren(
    h("dl", { class: "fields rating-occasion" },
      h("dt", {}, rt("item")), h("dd", {}, offer.itemName),
      h("dt", {}, rt("servedBy")), h("dd", {}, `${offer.clerkName}（${offer.clerkId}）`),
      h("dt", {}, rt("receiptTail")), h("dd", {}, offer.receiptTail)),
    form);
}

if (!pairing) {
  panel.replaceChildren(h("div", { class: "notice error" }, rt("notPaired")));
} else {
  await refresh();
  await connectLive({
    points: [pairing.pointCode],
    on: { ratingDesk: (batch) => { if (batch.some((m) => m.windowId === pairing.windowId)) refresh(); } },
    onState: (state) => { document.body.dataset.live = state; if (state === "live") refresh(); },
  });
}
