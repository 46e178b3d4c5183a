namespace Network.Grains.Cases.Storage;

/// <summary>
/// A commit that opens a case under a client's request key was refused because the key is
/// already recorded (with the case an earlier attempt opened, or by a gateway's own claim);
/// nothing of the commit was written. The caller looks the key up
/// (<see cref="ICaseStore.FindRequestKeyAsync"/>) to answer with what it already opened.
/// </summary>
public sealed class RequestKeyTakenException(string kind, string caseId)
    : Exception($"The request key of {kind}/{caseId} is already recorded; {kind}/{caseId} was not opened.")
{
    /// <summary>The kind of case the refused commit would have opened.</summary>
    public string Kind { get; } = kind;

    /// <summary>The id the refused commit would have opened.</summary>
    public string CaseId { get; } = caseId;
}
