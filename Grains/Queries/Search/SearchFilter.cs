using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Queries.Search;

/// <summary>
/// A checked search as the store runs it: names and ID tails already turned into their keyed
/// lookup values, days into instants (China time).
/// </summary>
public sealed record SearchFilter(PointScope Scope, int Limit)
{
    public string? ReceiptNumber { get; init; }

    public string? NameLookup { get; init; }

    public string? IdTailLookup { get; init; }

    public string? ItemId { get; init; }

    public MatterStatus? Status { get; init; }

    public string? WindowId { get; init; }

    public DateTimeOffset? ReceivedFrom { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTimeOffset? ReceivedUntil { get; init; }

    public FlagLevel? Flag { get; init; }

    public bool OpenOnly { get; init; }

    public SearchKey? After { get; init; }
}
