using Network.Bench.Live;
using Network.Bench.Measuring;

namespace Network.Bench.Queue;

/// <summary>What one Q1 run measured: the delays (gateway and bare yardstick) and what the displays were sent during the gateway run.</summary>
public sealed record QueueRun(LiveDelayResult Delays, DisplayTraffic Traffic);

/// <summary>
/// What the hall displays were sent during the gateway run: "live" messages (each one WebSocket
/// message the gateway writes and a display reads) and their items by kind.
/// </summary>
public sealed record DisplayTraffic(long Frames, IReadOnlyDictionary<string, long> ItemsByKind, double FramesPerDisplayPerSecond, double FramesPerTicket)
{
    public static DisplayTraffic Of(HallScreens hall, long framesBefore, LatencySummary trigger)
    {
        var (frames, items) = hall.Traffic;
        frames -= framesBefore;
        return new DisplayTraffic(
            frames,
            items,
            Math.Round(frames / Math.Max(1, hall.Count) / Math.Max(trigger.Seconds, 1e-3), 3),
            Math.Round(frames / (double)Math.Max(1, trigger.Operations), 2));
    }
}

/// <summary>CPU per ticket issued and called, by process, in milliseconds: the run's cores × 1,000 ÷ tickets per second.</summary>
public sealed record TicketCpu(double SiloMs, double GatewayMs, double PostgresMs, double BenchMs)
{
    public static TicketCpu Of(LiveDelayRun run)
    {
        var rate = Math.Max(run.Trigger.OperationsPerSecond, 1e-3);
        double Ms(double cores) => Math.Round(cores * 1000 / rate, 2);
        return new TicketCpu(
            Ms(run.ProcessCores.GetValueOrDefault("silo")),
            Ms(run.ProcessCores.GetValueOrDefault("gateway")),
            Ms(run.Resources.PostgresCores),
            Ms(run.Resources.BenchProcessCores));
    }
}
