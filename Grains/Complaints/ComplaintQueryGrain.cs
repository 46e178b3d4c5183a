using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints;

/// <summary>Lists and counts complaints straight from the store; it holds no state of its own.</summary>
[StatelessWorker]
public sealed class ComplaintQueryGrain(IOversightQueries queries, ComplaintRepository complaints, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time)
    : Grain, IComplaintQueryGrain
{
    private const int MaxLimit = 500;

    /// <summary>
    /// The complaints handled at the point and those about it, newest first. The person a complaint
    /// is about does not see it here either (<see cref="Rules.ComplaintPolicy.CanRead"/>).
    /// </summary>
    public async Task<IReadOnlyList<ComplaintSummary>> List(Actor actor, ComplaintQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        var point = OversightQueryScope.EnsureReaches(actor, query.PointCode);
        var limit = OversightQueryScope.Limit(query.Limit, MaxLimit);
        var handled = await queries.ListStatesAsync(ComplaintRepository.CaseKind, new OversightFilter(CurrentPointCode: point, OpenOnly: query.OpenOnly, Limit: limit));
        var about = await queries.ListStatesAsync(ComplaintRepository.CaseKind, new OversightFilter(PointCode: point, OpenOnly: query.OpenOnly, Limit: limit));
        return handled.Concat(about)
            .Select(complaints.Deserialize)
            .DistinctBy(c => c.Number)
            .Where(c => Rules.ComplaintPolicy.CanRead(c, actor))
            .OrderByDescending(c => c.RegisteredAt)
            .Take(limit)
            .Select(c => c.ToSummary())
            .ToArray();
    }

    public async Task<IReadOnlyDictionary<string, int>> CountToday(Actor actor, string cityCode)
    {
        var city = DivisionCode.Parse(cityCode, "cityCode");
        if (city.Tier != Tier.City)
        {
            throw DomainException.Invalid("cityCode", "city.invalid", "cityCode names a city (6 digits).");
        }

        OversightQueryScope.EnsureReaches(actor, city.Value);
        var startOfDay = new DateTimeOffset(ChinaTime.Today(time).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        return await queries.CountOpenedSinceAsync(ComplaintRepository.CaseKind, city.Value, startOfDay);
    }
}
