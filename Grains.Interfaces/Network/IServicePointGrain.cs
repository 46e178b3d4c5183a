using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A service point of any tier (服务点: 市中心, 乡镇中心, 村站), keyed by its division code.
/// Points are slow-changing, so they keep Orleans grain storage; matters never wait on them
/// for anything but a read.
/// </summary>
public interface IServicePointGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates or redefines the point. Idempotent: the same definition twice changes nothing.
    /// A point below the city registers itself with its parent, which must already exist.
    /// </summary>
    Task<ServicePointProfile> Define(ServicePointDefinition definition);

    /// <summary>
    /// The point, or null when it has never been defined. A pure read that interleaves with the
    /// point's other work (a deadline sweep awaiting matters), so a matter asking for the profile
    /// while being swept can never block.
    /// </summary>
    [AlwaysInterleave]
    Task<ServicePointProfile?> GetProfile();

    /// <summary>Called by a child point when it is defined; idempotent.</summary>
    Task RegisterChild(DivisionCode child);

    /// <summary>
    /// A deadline flag for the point's director: raised by a matter of this point, or of a point
    /// below it (the supervising tier sees those too). One-way: the matter does not wait for it.
    /// </summary>
    [OneWay]
    Task ReceiveFlag(DeadlineFlag flag);

    /// <summary>The flags the point's director sees, newest first.</summary>
    Task<PointFlags> GetFlags();

    /// <summary>A matter of this point, or one it holds or works on, changed (one-way, from the matter).</summary>
    [OneWay]
    Task OnMatterChanged(MatterChanged change);

    /// <summary>A child point's rolled-up load (one-way, from the child, at most once per roll-up interval).</summary>
    [OneWay]
    Task ReceiveChildLoad(PointLoad childSubtree);

    /// <summary>The point's live load now: its own, or its whole subtree's.</summary>
    Task<PointLoad> GetLoad(bool subtree);

    /// <summary>
    /// Checks the deadlines of the point's open matters that are due for a check today (or whose
    /// deadline is provisional). The point's durable reminder calls it every hour; returns how
    /// many matters were checked.
    /// </summary>
    Task<int> SweepDeadlines();
}
