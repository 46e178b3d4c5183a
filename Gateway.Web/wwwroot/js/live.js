// The live-status connection: SignalR to /hubs/live, with automatic reconnect. Everything arrives
// by one method, "live", as a batch of { kind, payload } (the one live envelope of the grains);
// this passes each kind's payloads, in order, to on[kind]. A kind without a handler is ignored,
// so a new kind of live message needs no change here.
export async function connectLive({ points = [], subtrees = [], cities = [], matters = [], on = {}, onState }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/live")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000])
    .build();
  connection.on("live", (batch) => {
    const byKind = new Map();
    for (const { kind, payload } of batch ?? []) {
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(payload);
    }
    for (const [kind, payloads] of byKind) on[kind]?.(payloads);
  });
  const watch = async () => {
    for (const p of points) await connection.invoke("WatchPoint", p);
    for (const s of subtrees) await connection.invoke("WatchSubtree", s);
    for (const c of cities) await connection.invoke("WatchCity", c);
    for (const m of matters) await connection.invoke("WatchMatter", m);
    onState?.("live");
  };
  connection.onreconnecting(() => onState?.("reconnecting"));
  connection.onreconnected(watch);
  await connection.start();
  await watch();
  return connection;
}
