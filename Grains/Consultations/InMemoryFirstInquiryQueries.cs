using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Matters;

namespace Network.Grains.Consultations;

/// <summary>The first-inquiry tally over the in-memory case store (the loud fallback, and fast tests).</summary>
public sealed class InMemoryFirstInquiryQueries(InMemoryCaseStore store) : IFirstInquiryQueries
{
    public Task<IReadOnlyList<(string ClerkId, int Consultations, int TurnedIntoMatters, int MattersTakenInFirst)>> TallyAsync(
        string pointCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        bool InPeriod(CaseIndex index) => index.PointCode == pointCode && index.OpenedAt >= from && index.OpenedAt < to;
        var consultations = store.Snapshot(ConsultationRepository.CaseKind)
            .Where(c => InPeriod(c.Index) && c.Index.HandlerId is not null)
            .Select(c => (Clerk: c.Index.HandlerId!, Consultation: 1, Turned: c.Index.Status == nameof(Interfaces.Consultations.ConsultationStatus.TurnedIntoMatter) ? 1 : 0, Matter: 0));
        var matters = store.Snapshot(MatterRepository.CaseKind)
            .Where(c => InPeriod(c.Index))
            .Select(c => JsonDocument.Parse(c.Case.StateJson).RootElement)
            .Where(s => !s.TryGetProperty("fromConsultation", out var from) || from.ValueKind == JsonValueKind.Null)
            .Select(s => (Clerk: s.GetProperty("firstClerkId").GetString()!, Consultation: 0, Turned: 0, Matter: 1));
        IReadOnlyList<(string, int, int, int)> rows = consultations.Concat(matters)
            .GroupBy(r => r.Clerk, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(r => r.Consultation), g.Sum(r => r.Turned), g.Sum(r => r.Matter)))
            .ToArray();
        return Task.FromResult(rows);
    }
}
