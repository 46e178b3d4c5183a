using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Orleans.Concurrency;

namespace Network.Grains.Network;

/// <summary>
/// What grains tell a service point (the same grain as <see cref="IServicePointGrain"/>): child
/// registration, deadline flags, matter changes, children's loads, window posts, and its deadline
/// sweep. Internal to the silos: gateways cannot call it.
/// </summary>
public interface IPointUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Called by a child point when it is defined; idempotent.</summary>
    Task RegisterChild(DivisionCode child);

    /// <summary>
    /// A deadline flag for the point's director: raised by a matter of this point, or of a point
    /// below it (the supervising tier sees those too). One-way: the matter does not wait for it.
    /// </summary>
    [OneWay]
    Task ReceiveFlag(DeadlineFlag flag);

    /// <summary>A matter of this point, or one it holds or works on, changed (one-way, from the matter).</summary>
    [OneWay]
    Task OnMatterChanged(MatterChanged change);

    /// <summary>A child point's rolled-up load (one-way, from the child, at most once per its tier's roll-up interval).</summary>
    [OneWay]
    Task ReceiveChildLoad(PointLoad childSubtree);

    /// <summary>A window's post changed (A away or back): the hall picture follows (one-way, from the window).</summary>
    [OneWay]
    Task OnDutyChanged(WindowDuty duty);

    /// <summary>The point's queue of the day changed: people waiting and the longest wait (one-way, from the queue).</summary>
    [OneWay]
    Task OnQueueChanged(Queue.QueueFigures figures);

    /// <summary>
    /// Checks the deadlines of the point's open matters that are due for a check today (or whose
    /// deadline is provisional). The point's durable reminder calls it every hour; returns how
    /// many matters were checked.
    /// </summary>
    Task<int> SweepDeadlines();
}
