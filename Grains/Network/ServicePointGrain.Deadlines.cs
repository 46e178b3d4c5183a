using Network.Grains.Interfaces;
using Microsoft.Extensions.Logging;
using Network.Grains.Matters;

namespace Network.Grains.Network;

/// <summary>
/// Electronic supervision's clock: one durable reminder per point (registered the first time the
/// point sees a matter with a deadline) wakes it every hour; it asks its matters due for a check
/// to raise their flags. One reminder per point, not per matter, keeps intake free of a second
/// transaction and the reminder table small.
/// </summary>
public sealed partial class ServicePointGrain
{
    private const string SweepReminder = "deadline-sweep";
    private const int SweepBatch = 32;
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromHours(1);
    private bool _sweepRegistered;

    public async Task<int> SweepDeadlines()
    {
        var due = await matters.FindDueForCheckAsync(this.GetPrimaryKeyString(), ChinaTime.Today(clock));
        foreach (var batch in due.Chunk(SweepBatch))
        {
            await Task.WhenAll(batch.Select(receipt => GrainFactory.Reference<IMatterUpkeepGrain>(receipt).CheckDeadlines()));
        }

        return due.Count;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => SweepDeadlines();

    /// <summary>Registers the sweep's reminder once per activation (the registration is idempotent).</summary>
    private async Task EnsureSweepAsync()
    {
        if (_sweepRegistered)
        {
            return;
        }

        _sweepRegistered = true;
        try
        {
            var now = runtimeTime.GetUtcNow();
            var nextHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
            await this.RegisterOrUpdateReminder(SweepReminder, nextHour - now, SweepPeriod);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _sweepRegistered = false;
            logger.LogWarning(e, "Could not register the deadline sweep of {Point}; the next matter change tries again", this.GetPrimaryKeyString());
        }
    }
}
