namespace Network.Bench.Live;

/// <summary>P3: status change → SignalR clients through the gateway, and the bare broadcast at the same rate to as many clients.</summary>
public sealed record LiveDelayResult(LiveDelayRun Gateway, LiveDelayRun Bare);
