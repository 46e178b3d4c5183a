namespace Network.Grains.Cases.Storage;

/// <summary>A case as stored: its current version and state JSON.</summary>
/// <param name="Kind">The kind of case.</param>
/// <param name="CaseId">The case's id within its kind.</param>
/// <param name="Version">The version of the last commit.</param>
/// <param name="StateJson">The state after the last commit, as JSON.</param>
public sealed record StoredCase(string Kind, string CaseId, int Version, string StateJson);
