using Network.Grains.Interfaces.Duty;

namespace Network.Grains.Duty;

/// <summary>
/// The read side of vacant posts (空岗) for assessment: the <c>vacantPost</c> rows of the
/// <c>attendance-day</c> ledger (window in <c>window_id</c>, shift in <c>detail</c>).
/// </summary>
public interface IVacantPostQueries
{
    /// <summary>Vacant posts at <paramref name="pointCode"/> and below (by code prefix), on days <paramref name="from"/> to <paramref name="to"/> (China time).</summary>
    Task<IReadOnlyList<VacantPostRecord>> ListAsync(string pointCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
