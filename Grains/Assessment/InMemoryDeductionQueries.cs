using System.Text.Json;
using Network.Grains.Accountability;
using Network.Grains.Assessment.Rules;
using Network.Grains.Cases.Storage;
using Network.Grains.Duty;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Assessment;

/// <summary>Deductions from the in-memory case store (the loud fallback, and fast tests).</summary>
public sealed class InMemoryDeductionQueries(InMemoryCaseStore store) : IDeductionQueries
{
    public Task<IReadOnlyList<DeductionRow>> CountAsync(string scopeCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        bool InPeriod(DateTimeOffset at) => ChinaTime.DateOf(at) is var day && day >= from && day <= to;
        var records = store.Snapshot(AccountabilityRepository.CaseKind)
            .Where(c => DivisionCode.IsWithin(c.Index.PointCode, scopeCode) && InPeriod(c.Index.OpenedAt))
            .Select(c => (c.Index, Measure: MeasureOf(c.Case.StateJson)))
            .GroupBy(c => (c.Index.PointCode, c.Index.WindowId, c.Index.HandlerId, c.Measure))
            .Select(g => new DeductionRow(g.Key.PointCode, g.Key.WindowId, g.Key.HandlerId, AssessmentPeriods.Measure(g.Key.Measure, g.Count())));
        var vacant = store.LedgerSnapshot(AttendanceRepository.CaseKind)
            .Select(r => r.Step)
            .Where(s => s.Action == AttendanceRules.VacantPostAction && DivisionCode.IsWithin(s.PointCode, scopeCode) && InPeriod(s.OccurredAt))
            .GroupBy(s => (s.PointCode, s.WindowId))
            .Select(g => new DeductionRow(g.Key.PointCode, g.Key.WindowId, null, new AssessmentFigures { VacantPosts = g.Count() }));
        IReadOnlyList<DeductionRow> rows = records.Concat(vacant).ToArray();
        return Task.FromResult(rows);
    }

    private static AccountabilityMeasure MeasureOf(string stateJson)
    {
        using var document = JsonDocument.Parse(stateJson);
        return document.RootElement.TryGetProperty("measure", out var measure) && Enum.TryParse<AccountabilityMeasure>(measure.GetString(), out var m)
            ? m
            : AccountabilityMeasure.Reminder;
    }
}
