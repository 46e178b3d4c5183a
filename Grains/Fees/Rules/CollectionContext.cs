using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Fees.Rules;

/// <summary>
/// What the collection rules may consult, loaded by the grain: the clock (China time), the point's
/// profile (who staffs the window, who directs the point), the catalog item a command names and the
/// matter a charge is for, as the acting clerk sees it.
/// </summary>
public sealed record CollectionContext(DateTimeOffset Now, ServicePointProfile? Point)
{
    public ServiceItem? Item { get; init; }

    public MatterView? Matter { get; init; }

    /// <summary>The command's fingerprint, kept on the state so a retried command is recognised; null when retries are not recognised.</summary>
    public string? Fingerprint { get; init; }

    public DateOnly Today => Interfaces.Time.ChinaTime.DateOf(Now);
}
