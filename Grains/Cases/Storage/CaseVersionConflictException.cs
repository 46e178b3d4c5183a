namespace Network.Grains.Cases.Storage;

/// <summary>
/// The stored case is no longer at the version the commit expected (or, at expected version 0,
/// already exists, or one of the commit's ledger sequences is already taken); nothing of the
/// commit was written.
/// </summary>
public sealed class CaseVersionConflictException(string kind, string caseId, int expectedVersion)
    : Exception(expectedVersion == 0
        ? $"Case {kind}/{caseId} already exists."
        : $"Case {kind}/{caseId} is no longer at version {expectedVersion}.")
{
    /// <summary>The kind of case.</summary>
    public string Kind { get; } = kind;

    /// <summary>The case's id within its kind.</summary>
    public string CaseId { get; } = caseId;

    /// <summary>The version the refused commit expected.</summary>
    public int ExpectedVersion { get; } = expectedVersion;
}
