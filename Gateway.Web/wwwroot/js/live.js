// The live-status connection: SignalR to /hubs/live, with automatic reconnect. Handlers receive
// batches of matter changes and point loads for the groups this page watches.
export async function connectLive({ points = [], subtrees = [], matters = [], cities = [], onMatters, onLoads, onState }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/live")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000])
    .build();
  connection.on("matters", (batch) => onMatters?.(batch));
  connection.on("loads", (batch) => onLoads?.(batch));
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
