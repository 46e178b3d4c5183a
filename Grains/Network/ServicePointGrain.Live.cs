using Network.Grains.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Live;
using Network.Grains.Queries;

namespace Network.Grains.Network;

/// <summary>
/// Live load (queue, open, due soon, overdue, hand-offs in flight, today's counts). Matters tell
/// the point of each change one way; the point recomputes at most once per its tier's roll-up
/// interval (<see cref="RollUpSchedule"/>), publishes its own load and its subtree's to the
/// gateways, and passes the subtree's up to its parent — so the city's figures roll up tier by
/// tier, with no singleton grain on the way, within one configured interval of a change.
/// The picture is memory only and rebuilt from the matter table when first needed.
/// </summary>
public sealed partial class ServicePointGrain
{
    private PointLoadTracker? _tracker;
    private IGrainTimer? _rollUp;
    private PointLoad? _publishedOwn;
    private PointLoad? _publishedSubtree;
    private DateTimeOffset _lastRollUp = DateTimeOffset.MinValue;

    // What every roll-up of this point sends, made once per activation (the point's code never
    // changes; at the bench's intake rates a busy point rolls up about once per intake).
    private RollUpAddresses? _addresses;

    private sealed record RollUpAddresses(
        LiveStatusPublisher Publisher,
        string[] OwnGroups,
        string OwnKey,
        string[] SubtreeGroups,
        string SubtreeKey,
        string[] HallGroups,
        string HallKey);

    public async Task OnMatterChanged(MatterChanged change)
    {
        // A tracker made for this change is seeded from the store after the change's commit (a change
        // is announced once committed): the store's counts of the day hold it already, unless the
        // store does not list it although it is open (a store that has not seen it).
        var seededNow = _tracker is null;
        var tracker = await TrackerAsync();
        var counted = seededNow && (change.IsClosed || tracker.Knows(change.ReceiptNumber));
        tracker.Apply(change, ChinaTime.Today(clock), counted);
        NoteServing(change);
        await RollUpNowOrLaterAsync();
        if (change.PointCode == this.GetPrimaryKeyString() && change.DueDate is not null && !change.IsClosed)
        {
            await EnsureSweepAsync();
        }
    }

    public async Task ReceiveChildLoad(PointLoad childSubtree)
    {
        var tracker = await TrackerAsync();
        tracker.ApplyChild(childSubtree);
        await RollUpNowOrLaterAsync();
    }

    public async Task<PointLoad> GetLoad(bool subtree)
    {
        var tracker = await TrackerAsync();
        var own = tracker.Own(ChinaTime.Today(clock), calendar.Current, clock.GetUtcNow());
        return subtree ? tracker.Subtree(own) : own;
    }

    /// <summary>
    /// Rolls up at once, in this turn, when the last roll-up is older than the tier's interval (a
    /// lone change goes straight up, with no timer in between), otherwise when that interval is up
    /// (a busy point rolls up at most once per interval, carrying every change since). See
    /// <see cref="RollUpSchedule"/>.
    /// </summary>
    private Task RollUpNowOrLaterAsync()
    {
        if (_rollUp is not null)
        {
            return Task.CompletedTask;
        }

        var delay = RollUpSchedule.Delay(Code.Tier, liveOptions.Value.RollUpInterval, runtimeTime.GetUtcNow() - _lastRollUp);
        if (delay == TimeSpan.Zero)
        {
            return RollUpAsync(CancellationToken.None);
        }

        _rollUp = this.RegisterGrainTimer(RollUpAsync, delay, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    private async Task RollUpAsync(CancellationToken cancellationToken)
    {
        _rollUp?.Dispose();
        _rollUp = null;
        _lastRollUp = runtimeTime.GetUtcNow();
        var tracker = await TrackerAsync();
        var own = tracker.Own(ChinaTime.Today(clock), calendar.Current, clock.GetUtcNow());
        var subtree = tracker.Subtree(own);
        var code = Code.Value;
        var to = _addresses ??= new RollUpAddresses(
            ServiceProvider.GetRequiredService<LiveStatusPublisher>(),
            [LiveGroups.Point(code), LiveGroups.Public(code), LiveGroups.City(code)],
            LoadKey(code, subtree: false),
            [LiveGroups.Subtree(code), LiveGroups.City(code)],
            LoadKey(code, subtree: true),
            [LiveGroups.Point(code), LiveGroups.Public(code)],
            $"hall:{code}");
        var publisher = to.Publisher;
        if (!own.SameFigures(_publishedOwn))
        {
            _publishedOwn = own;
            publisher.Publish(new LiveMessage(LiveKinds.Load, to.OwnGroups, own) { ReplaceKey = to.OwnKey });
        }

        if (!subtree.SameFigures(_publishedSubtree))
        {
            _publishedSubtree = subtree;
            publisher.Publish(new LiveMessage(LiveKinds.Load, to.SubtreeGroups, subtree) { ReplaceKey = to.SubtreeKey });
            if (Code.Parent is { } parent)
            {
                GrainFactory.Reference<IPointUpkeepGrain>(parent.Value).ReceiveChildLoad(subtree).Ignore();
            }
        }

        if (_hallChanged && _hall is not null)
        {
            _hallChanged = false;
            publisher.Publish(new LiveMessage(LiveKinds.Hall, to.HallGroups, HallView(own)) { ReplaceKey = to.HallKey });
        }
    }

    private static string LoadKey(string pointCode, bool subtree) => $"load:{pointCode}:{subtree}";

    private async Task<PointLoadTracker> TrackerAsync()
    {
        if (_tracker is not null)
        {
            return _tracker;
        }

        var code = this.GetPrimaryKeyString();
        var tracker = new PointLoadTracker(code);
        var today = ChinaTime.Today(clock);
        var open = await matters.ListAsync(new MatterQuery(code, OpenOnly: true, Limit: 1000));
        var held = await matters.ListAsync(new MatterQuery(code, OpenOnly: true, HeldAtPoint: true, Limit: 1000));
        foreach (var m in open.Concat(held))
        {
            tracker.Seed(new MatterChanged(m.ReceiptNumber, m.PointCode, m.WindowId, m.CurrentPointCode, m.Status, "Loaded", m.ItemName, m.HandlerClerkId, m.DueDate, m.Flag, m.ReceivedAt, 0));
        }

        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        var (accepted, closed) = await matters.CountSinceAsync(code, start);
        tracker.SetTodayCounts(today, accepted, closed);
        await SeedQueueAsync(tracker, today);
        return _tracker ??= tracker;
    }
}
