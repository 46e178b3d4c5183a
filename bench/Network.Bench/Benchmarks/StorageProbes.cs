using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Network.Bench.Probes;

namespace Network.Bench.Benchmarks;

/// <summary>
/// What the storage under the grains can do on its own, with the same callers on the same
/// silo and server as intake: an Orleans grain-state write through ADO.NET storage (the guide's
/// 4,300–5,300/s yardstick), and a durable reminder registration through the ADO.NET reminder
/// service (which every promised or joint matter makes after its commit).
/// </summary>
public static class StorageProbes
{
    public static async Task<StorageProbeResult> RunAsync(BenchSilo silo, int? postmasterPid, int callers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var meter = ResourceSample.Start(postmasterPid);
        var writes = await TimedLoad.RunAsync(
            $"ADO.NET grain state writes, {callers} callers",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, n) =>
            {
                await silo.Grains.GetGrain<IStateWriteGrain>(caller).Write((int)n);
                return null;
            },
            cancellationToken);
        var writeResources = meter.Stop();

        meter = ResourceSample.Start(postmasterPid);
        var reminders = await TimedLoad.RunAsync(
            $"ADO.NET reminder registrations, {callers} callers",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, n) =>
            {
                await silo.Grains.GetGrain<IReminderProbeGrain>(caller).Register((int)n);
                return null;
            },
            cancellationToken);
        return new StorageProbeResult(writes, writeResources, reminders, meter.Stop());
    }
}
