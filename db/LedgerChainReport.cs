namespace Network.Database;

/// <summary>What <see cref="LedgerChainVerifier"/> found: how much it walked and each case's first broken row.</summary>
/// <param name="Cases">Cases walked.</param>
/// <param name="Rows">Ledger rows walked.</param>
/// <param name="Broken">Each broken case's first broken row, by kind and case id.</param>
public sealed record LedgerChainReport(long Cases, long Rows, IReadOnlyList<BrokenLedgerLink> Broken)
{
    /// <summary>True when every row of every case carries the hash its chain gives.</summary>
    public bool Intact => Broken.Count == 0;
}
