namespace Network.Grains.Queries.Search;

/// <summary>A checked register read as the store runs it: the matters taken in within [From, Until) in scope, after a key.</summary>
public sealed record RegisterFilter(PointScope Scope, DateTimeOffset From, DateTimeOffset Until, int Limit)
{
    public string? WindowId { get; init; }

    public RegisterKey? After { get; init; }
}
