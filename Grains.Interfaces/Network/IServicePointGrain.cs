using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A service point of any tier (服务点: 市中心, 乡镇中心, 村站), keyed by its division code.
/// Points are slow-changing, so they keep Orleans grain storage; matters never wait on them
/// for anything but a read. What points tell each other and what matters tell points (changes,
/// flags, loads, registration, the deadline sweep) is internal to the silos (Network.Grains).
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

    /// <summary>The flags the point's director sees, newest first.</summary>
    Task<PointFlags> GetFlags();

    /// <summary>The point's live load now: its own, or its whole subtree's.</summary>
    Task<Live.PointLoad> GetLoad(bool subtree);

    /// <summary>
    /// The point and every point below it, in one answer: with <paramref name="withLoads"/>, each
    /// with its subtree's live load and its own latest flags (the monitor); without, names and
    /// tiers only, which wakes no point's live picture (the public network list).
    /// A read that interleaves; children never wait on their parent, so it cannot cycle.
    /// </summary>
    [AlwaysInterleave]
    Task<PointTreeNode?> GetTree(bool withLoads);

    /// <summary>The hall screen's picture, kept up to date by the point as matters and posts change.</summary>
    Task<HallView?> GetHall();
}
