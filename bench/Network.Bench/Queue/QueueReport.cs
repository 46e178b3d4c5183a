using Network.Bench.Generation;
using Network.Bench.Live;
using Network.Bench.Results;

namespace Network.Bench.Queue;

/// <summary>What <c>bench queue</c> measured, as written to <c>queue.json</c>: Q1 with its bare SignalR yardstick.</summary>
public sealed record QueueReport(
    DateTimeOffset At,
    string CommandLine,
    MachineInfo Machine,
    string LoadAverageBefore,
    string LoadAverageAfter,
    NetworkShape Network,
    double TargetRate,
    LiveDelayResult Q1,
    DisplayTraffic Q1Traffic,
    TicketCpu Q1CpuPerTicket)
{
    public static string Describe(LiveDelayResult run, DisplayTraffic traffic, TicketCpu cpu)
    {
        var (fromSent, fromReturned) = LiveBenchRunner.Ratios(run);
        return $"Q1 call → hall display p99 {run.Gateway.DelayFromSent.P99Ms:0.#} ms from send ({run.Gateway.DelayFromReturned.P99Ms:0.#} ms from return), "
            + $"bare SignalR p99 {run.Bare.DelayFromSent.P99Ms:0.#} ms ({run.Bare.DelayFromReturned.P99Ms:0.#} ms): ratio {fromSent:0.##} from send, {fromReturned:0.##} from return; "
            + $"{run.Gateway.Trigger.OperationsPerSecond:N0} tickets/s called, deliveries {run.Gateway.DeliveriesReceived:N0} of {run.Gateway.DeliveriesExpected:N0}; "
            + $"CPU per ticket: silo {cpu.SiloMs:0.00} ms, gateway {cpu.GatewayMs:0.00} ms, PostgreSQL {cpu.PostgresMs:0.00} ms, bench (displays and callers) {cpu.BenchMs:0.00} ms; "
            + $"{traffic.FramesPerTicket:0.0} messages to displays per ticket ({traffic.FramesPerDisplayPerSecond:0.00} per display per second)";
    }
}
