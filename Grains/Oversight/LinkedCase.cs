using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Oversight;

/// <summary>
/// The facts of another case a command names, as the grain read them from the case store: which
/// points it involves, whether it is open, and its deadline flag.
/// </summary>
/// <param name="Kind">The kind's name in the store (<c>matter</c>, <c>complaint</c>, <c>supervision-order</c>).</param>
/// <param name="CaseId">Its number.</param>
/// <param name="PointCode">The point it was taken in at (or is about).</param>
/// <param name="HoldingPointCode">The point holding or handling it now.</param>
/// <param name="IsOpen">Whether it is still open.</param>
/// <param name="Flag">Its deadline flag.</param>
/// <param name="DueDate">Its current deadline, if any.</param>
public sealed record LinkedCase(
    string Kind,
    string CaseId,
    string PointCode,
    string HoldingPointCode,
    bool IsOpen,
    FlagLevel Flag,
    DateOnly? DueDate)
{
    public IEnumerable<string> Points => new[] { PointCode, HoldingPointCode }.Distinct(StringComparer.Ordinal);
}
