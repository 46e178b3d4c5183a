using Network.Grains.Cases.Storage;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Duty;

/// <summary>Vacant posts from the in-memory case store's ledger (the loud fallback, and fast tests).</summary>
public sealed class InMemoryVacantPostQueries(InMemoryCaseStore store) : IVacantPostQueries
{
    public Task<IReadOnlyList<VacantPostRecord>> ListAsync(string pointCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<VacantPostRecord> rows = store.LedgerSnapshot(AttendanceRepository.CaseKind)
            .Select(r => r.Step)
            .Where(s => s.Action == AttendanceRules.VacantPostAction && s.PointCode.StartsWith(pointCode, StringComparison.Ordinal))
            .Select(s => new VacantPostRecord(s.PointCode, s.WindowId ?? string.Empty, s.Detail ?? string.Empty, ChinaTime.DateOf(s.OccurredAt), s.OccurredAt))
            .Where(v => v.Date >= from && v.Date <= to)
            .OrderBy(v => v.Since)
            .ToArray();
        return Task.FromResult(rows);
    }
}
