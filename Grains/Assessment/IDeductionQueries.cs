namespace Network.Grains.Assessment;

/// <summary>
/// The read side of the assessment's deductions, aggregated in the store (one grouped statement per
/// kind, never a list of cases): accountability records (kind <c>accountability</c>, by the day they
/// were recorded) and vacant posts (<c>vacantPost</c> rows of the <c>attendance-day</c> ledger).
/// </summary>
public interface IDeductionQueries
{
    /// <summary>Counts at points within <paramref name="scopeCode"/> (a code prefix) on China days <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<DeductionRow>> CountAsync(string scopeCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
