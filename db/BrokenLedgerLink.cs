namespace Network.Database;

/// <summary>The first row of a case whose stored hash is not the one its chain gives.</summary>
/// <param name="Kind">The kind of case.</param>
/// <param name="CaseId">The case's id within its kind.</param>
/// <param name="Sequence">The row's sequence: this row was changed, or a row before it was changed or removed.</param>
/// <param name="Reason">What was found, in words.</param>
public sealed record BrokenLedgerLink(string Kind, string CaseId, int Sequence, string Reason)
{
    public override string ToString() => $"{Kind} {CaseId} #{Sequence}: {Reason}";
}
