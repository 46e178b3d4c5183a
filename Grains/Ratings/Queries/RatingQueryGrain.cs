using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Ratings.Rules;
using Network.Grains.Rectifications.Rules;
using Orleans.Concurrency;

namespace Network.Grains.Ratings.Queries;

/// <summary>Counts ratings and lists rectifications straight from the store; checks the actor's jurisdiction.</summary>
[StatelessWorker]
public sealed class RatingQueryGrain(
    IRatingQueries store,
    WorkingDayCalendarProvider calendar,
    [Microsoft.Extensions.DependencyInjection.FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IRatingQueryGrain
{
    private const int MaxLimit = 1000;
    private const int MaxDays = 366;

    public Task<IReadOnlyList<RatingTally>> Tally(Actor actor, RatingTallyQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        EnsureReaches(actor, DivisionCode.Parse(query.PointCode, "pointCode"));
        if (query.From.Year < 2000 || query.To.Year > 2999)
        {
            throw DomainException.Invalid("from", "range.invalid", "Count ratings of days from the year 2000 to 2999.");
        }

        if (query.From > query.To)
        {
            throw DomainException.Invalid("from", "range.invalid", "'from' must not be after 'to'.");
        }

        if (query.To.DayNumber - query.From.DayNumber >= MaxDays)
        {
            throw DomainException.Invalid("to", "range.tooLong", $"Count at most {MaxDays} days at a time.");
        }

        return store.TallyAsync(query);
    }

    public async Task<IReadOnlyList<RectificationSummary>> ListRectifications(Actor actor, RectificationQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        EnsureReaches(actor, DivisionCode.Parse(query.PointCode, "pointCode"));
        if (query.Limit is < 1 or > MaxLimit)
        {
            throw DomainException.Invalid("limit", "limit.range", $"limit is 1 to {MaxLimit}.");
        }

        var today = ChinaTime.Today(time);
        var rows = await store.ListRectificationsAsync(query);
        return rows.Select(r => r.ToSummary((Interfaces.Matters.FlagLevel)Math.Max((int)r.Flag, (int)RectificationRules.FlagOn(r, today, calendar.Current)))).ToArray();
    }

    private static void EnsureReaches(Actor? actor, DivisionCode point) => RatingReadPolicy.Ensure(actor, point.Value);
}
