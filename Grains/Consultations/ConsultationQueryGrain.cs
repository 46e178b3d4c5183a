using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Oversight;
using Network.Grains.Queries.Search;

namespace Network.Grains.Consultations;

/// <summary>Lists consultations and tallies first inquiries straight from the store; it holds no state of its own.</summary>
[StatelessWorker]
public sealed class ConsultationQueryGrain(IOversightQueries queries, IFirstInquiryQueries tallies, ConsultationRepository consultations)
    : Grain, IConsultationQueryGrain
{
    private const int MaxLimit = 500;
    private const int MaxDays = 366;

    public async Task<IReadOnlyList<ConsultationSummary>> List(Actor actor, string pointCode, DateOnly from, DateOnly to, bool openOnly, int limit = 100)
    {
        var point = OversightQueryScope.EnsureReaches(actor, pointCode);
        var (start, end) = Period(from, to);
        var states = await queries.ListStatesAsync(
            ConsultationRepository.CaseKind,
            new OversightFilter(PointCode: point, OpenOnly: openOnly, From: start, To: end.AddTicks(-1), Limit: OversightQueryScope.Limit(limit, MaxLimit)));
        return states.Select(consultations.Deserialize).Where(c => Rules.ConsultationPolicy.CanRead(c, actor)).Select(c => c.ToSummary()).ToArray();
    }

    public async Task<IReadOnlyList<FirstInquiryTally>> Tally(Actor actor, string pointCode, DateOnly from, DateOnly to)
    {
        var point = OversightQueryScope.EnsureReaches(actor, pointCode);
        var (start, end) = Period(from, to);
        var rows = await tallies.TallyAsync(point, start, end);
        var names = await ClerkNames.ReadAsync(GrainFactory, [point]);
        return rows.Select(r => new FirstInquiryTally(r.ClerkId, r.Consultations, r.TurnedIntoMatters, r.MattersTakenInFirst) { ClerkName = names.Clerk(r.ClerkId) }).ToArray();
    }

    /// <summary>The days [from, to) in China time; at most a year.</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) Period(DateOnly from, DateOnly to)
    {
        if (to <= from || to.DayNumber - from.DayNumber > MaxDays)
        {
            throw DomainException.Invalid("to", "period.invalid", $"A period ends after it starts and spans at most {MaxDays} days.");
        }

        return (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset), new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset));
    }
}
