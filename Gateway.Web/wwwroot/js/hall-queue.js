// The hall display's calling board (叫号): the latest calls, big, and people waiting per window
// (service category). Each call or recall arrives live on its own ("queueCall": the ticket and its
// window), the moment it is committed; the display shows it and says it once in Chinese with the
// browser's speech synthesis ("请 A012 号到 3 号民政窗口"). The waiting counts arrive as the
// point's board ("queue"): with each call, in the same message (after the call), and otherwise at
// most twice a second. A message is drawn once, after all of its items are taken in. Public:
// ticket numbers and windows only.
import { api } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { connectLive } from "/js/live.js";

const code = new URLSearchParams(location.search).get("point");
const section = document.getElementById("queue-board");
let board = await api(path`/public/points/${code}/queue`);
// Calls already on the board when the page opened are shown, not spoken.
let lastSpoken = board.recentCalls.at(-1)?.callId ?? 0;

/** What the hall says for a call: "请 A012 号到 3 号民政窗口". */
export const callText = (call) => `请 ${call.ticket} 号到 ${call.windowNumber} 号${call.windowName}`;

function speak(call) {
  if (!("speechSynthesis" in window)) return;
  const utterance = new SpeechSynthesisUtterance(callText(call));
  utterance.lang = "zh-CN";
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}

function render() {
  const calls = [...board.recentCalls].reverse();
  const latest = calls[0];
  section.replaceChildren(
    h("div", { class: "queue-call", id: "current-call" }, latest ? callText(latest) : "—"),
    h("div", { class: "queue-columns" },
      h("table", { class: "queue-calls", id: "recent-calls" },
        h("thead", {}, h("tr", {}, h("th", {}, "号码"), h("th", {}, "窗口"))),
        h("tbody", {}, ...calls.map((c) => h("tr", { "data-call": c.callId }, h("td", { class: "ticket" }, c.ticket), h("td", {}, `${c.windowNumber} 号${c.windowName}`))))),
      h("table", { class: "queue-waiting", id: "waiting" },
        h("thead", {}, h("tr", {}, h("th", {}, "窗口"), h("th", {}, "号段"), h("th", { class: "num" }, "等候人数"), h("th", { class: "num" }, "预计等候(分)"))),
        h("tbody", {}, ...board.categories.map((c) => h("tr", { "data-window": c.windowId },
          h("td", {}, `${c.windowNumber} 号${c.windowName}`), h("td", {}, c.prefix),
          h("td", { class: "num" }, c.waiting), h("td", { class: "num" }, c.estimatedWaitMinutes)))))));
}

/** Adds a call to the latest calls (a board drawn before it may arrive after it: calls are kept by id). */
function addCall(call) {
  if (board.recentCalls.some((c) => c.callId === call.callId)) return;
  board = { ...board, recentCalls: [...board.recentCalls, call].sort((a, b) => a.callId - b.callId).slice(-6) };
}

// The items of one message (a call and the board after it) are handled one after another in the
// same task: draw once, when they all are in.
let drawing = false;
function renderSoon() {
  if (drawing) return;
  drawing = true;
  queueMicrotask(() => { drawing = false; render(); });
}

render();
await connectLive({
  points: [code],
  on: {
    queueCall: (batch) => {
      for (const { pointCode, date, call } of batch) {
        if (pointCode !== code) continue;
        // Call ids count per day: a display left on overnight starts again with the new day's queue.
        if (date !== board.date) { lastSpoken = 0; board = { ...board, date, recentCalls: [] }; }
        addCall(call);
        if (call.callId > lastSpoken) {
          lastSpoken = call.callId;
          speak(call);
        }
      }
      renderSoon();
    },
    queue: (batch) => {
      const next = batch.filter((b) => b.pointCode === code).at(-1);
      if (!next) return;
      // The board may have been drawn before a call that has already arrived: keep the newer calls.
      const newer = next.date === board.date ? board.recentCalls.filter((c) => c.callId > (next.recentCalls.at(-1)?.callId ?? 0)) : [];
      board = next;
      for (const c of newer) addCall(c);
      renderSoon();
    },
  },
  onState: (state) => { section.dataset.live = state; },
});
