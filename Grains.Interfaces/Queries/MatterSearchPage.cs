namespace Network.Grains.Interfaces.Queries;

/// <summary>One page of a search; <see cref="Next"/> is the key to pass as <see cref="MatterSearch.After"/> for the next page, null on the last.</summary>
[GenerateSerializer, Immutable]
public sealed record MatterSearchPage(
    [property: Id(0)] IReadOnlyList<MatterSummary> Items,
    [property: Id(1)] string? Next);
