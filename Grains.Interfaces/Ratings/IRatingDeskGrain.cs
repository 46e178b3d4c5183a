using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// The rating device of one window (服务评价器), keyed <c>{point code}/{window id}</c>. A clerk of the
/// window (or the point's director) pairs a device: the device gets a secret that only it keeps,
/// and a new pairing revokes the old one. When a matter's step serves the citizen in person at
/// this window, the matter tells the desk (one-way); the paired device shows that occasion and the
/// citizen's rating is tied to it: the device cannot name any other matter.
/// </summary>
public interface IRatingDeskGrain : IGrainWithStringKey
{
    /// <summary>Pairs a new device with the window; the previous device's secret stops working.</summary>
    Task<DevicePairing> Pair(Actor actor);

    /// <summary>What the paired device shows now; refuses an unknown or revoked secret (403).</summary>
    Task<DeskScreen> Screen(string deviceToken);

    /// <summary>Rates the occasion the device shows; the occasion is then consumed.</summary>
    Task<RatingReceipt> Rate(RateAtDeskCommand command);
}
