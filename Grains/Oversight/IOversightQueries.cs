namespace Network.Grains.Oversight;

/// <summary>
/// The read side of the oversight kinds over <c>case_record</c>: lists, counts and deadline sweeps
/// by the index columns. "Open" is the stored <c>is_open</c>, decided by each kind when it committed.
/// </summary>
public interface IOversightQueries
{
    /// <summary>Open cases of a kind about a point whose next deadline check falls on or before <paramref name="upTo"/>.</summary>
    Task<IReadOnlyList<string>> FindDueForCheckAsync(string kind, string pointCode, DateOnly upTo, CancellationToken cancellationToken = default);

    /// <summary>The stored states (JSON) of the cases of a kind matching <paramref name="filter"/>, newest first.</summary>
    Task<IReadOnlyList<string>> ListStatesAsync(string kind, OversightFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Cases of a kind opened since <paramref name="since"/> at points of a city, per point.</summary>
    Task<IReadOnlyDictionary<string, int>> CountOpenedSinceAsync(string kind, string cityCode, DateTimeOffset since, CancellationToken cancellationToken = default);
}
