// The live-status connection: SignalR to /hubs/live, with automatic reconnect. Everything arrives
// by one method, "live", as a batch of { kind, payload } (the one live envelope of the grains);
// this passes each kind's payloads, in order, to on[kind]. A kind without a handler is ignored,
// so a new kind of live message needs no change here.
//
// A page has ONE connection, however many of its scripts call connectLive (the hall's board,
// duty and queue parts; the console's matters and queue): each call adds its handlers and the
// groups it watches to the page's connection, and every handler sees every batch (handlers filter
// by point as they always did). After a reconnect every group any script asked for is joined again.
let shared;

function pageConnection() {
  if (shared) return shared;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/live")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000])
    .build();
  const subscribers = [];
  // "WatchPoint:370102" → the promise of joining it on the current connection.
  let joined = new Map();
  const join = (method, arg) => {
    const key = `${method}:${arg}`;
    if (!joined.has(key)) joined.set(key, connection.invoke(method, arg));
    return joined.get(key);
  };
  connection.on("live", (batch) => {
    const byKind = new Map();
    for (const { kind, payload } of batch ?? []) {
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(payload);
    }
    for (const [kind, payloads] of byKind) for (const { on } of subscribers) on[kind]?.(payloads);
  });
  connection.onreconnecting(() => { for (const s of subscribers) s.onState?.("reconnecting"); });
  connection.onreconnected(async () => {
    // A new connection id: the hub knows none of the groups any more.
    const wanted = [...joined.keys()].map((key) => key.split(/:(.*)/s).slice(0, 2));
    joined = new Map();
    for (const [method, arg] of wanted) await join(method, arg);
    for (const s of subscribers) s.onState?.("live");
  });
  shared = { connection, subscribers, join, started: connection.start() };
  return shared;
}

export async function connectLive({ points = [], subtrees = [], cities = [], matters = [], on = {}, onState }) {
  const page = pageConnection();
  page.subscribers.push({ on, onState });
  await page.started;
  const groups = [
    ...points.map((p) => ["WatchPoint", p]),
    ...subtrees.map((s) => ["WatchSubtree", s]),
    ...cities.map((c) => ["WatchCity", c]),
    ...matters.map((m) => ["WatchMatter", m]),
  ];
  for (const [method, arg] of groups) await page.join(method, arg);
  onState?.("live");
  return page.connection;
}
