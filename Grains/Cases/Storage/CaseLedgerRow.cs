namespace Network.Grains.Cases.Storage;

/// <summary>One ledger row as read back: the case it belongs to and the step.</summary>
/// <param name="Kind">The kind of case.</param>
/// <param name="CaseId">The case's id within its kind.</param>
/// <param name="Step">The recorded step.</param>
public sealed record CaseLedgerRow(string Kind, string CaseId, CaseStep Step);
