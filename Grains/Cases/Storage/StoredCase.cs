namespace Network.Grains.Cases.Storage;

/// <summary>A case as stored: its current version and state JSON, and the parts of its state kept as rows of their own.</summary>
/// <param name="Kind">The kind of case.</param>
/// <param name="CaseId">The case's id within its kind.</param>
/// <param name="Version">The version of the last commit.</param>
/// <param name="StateJson">The state after the last commit, as JSON.</param>
public sealed record StoredCase(string Kind, string CaseId, int Version, string StateJson)
{
    /// <summary>The parts of the state kept as rows of their own (<see cref="CasePart"/>), by number; none for most kinds.</summary>
    public IReadOnlyList<CasePart> Parts { get; init; } = [];
}
