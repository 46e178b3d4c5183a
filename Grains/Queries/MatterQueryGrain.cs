using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Interfaces.Time;
using Network.Grains.PersonalData;
using Network.Grains.Queries.Search;
using Orleans.Concurrency;

namespace Network.Grains.Queries;

/// <summary>
/// Lists, finds and registers matters and ledger rows straight from the store; it holds no state of
/// its own. Clerks are named from the points' rosters; the applicant's name and ID number are
/// searched only by their keyed lookup values (<see cref="SearchRules"/>).
/// </summary>
[StatelessWorker]
public sealed class MatterQueryGrain(
    IMatterQueries store,
    IMatterSearchStore search,
    PersonalDataProtector protector,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IMatterQueryGrain
{
    private const int MaxLimit = 1000;

    public Task<IReadOnlyList<MatterSummary>> ListMatters(Actor actor, MatterQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        EnsureReaches(actor, DivisionCode.Parse(query.PointCode, "pointCode"));
        if (query.WindowId is not null)
        {
            Require.Slug(query.WindowId, "windowId");
        }

        return WithNamesAsync(store.ListAsync(query with { Limit = CheckLimit(query.Limit) }));
    }

    public async Task<MatterSearchPage> Search(Actor actor, MatterSearch query)
    {
        var filter = SearchRules.Filter(actor, query, protector);
        var rows = await search.SearchAsync(filter with { Limit = filter.Limit + 1 });
        var page = rows.Take(filter.Limit).ToArray();
        var next = rows.Count > filter.Limit ? SearchKey.Of(page[^1].DueDate, page[^1].ReceiptNumber).ToString() : null;
        var names = await ClerkNames.ReadAsync(GrainFactory, page.SelectMany(m => new[] { m.PointCode, m.CurrentPointCode }));
        return new MatterSearchPage(page.Select(m => Named(m.ToSummary(), names)).ToArray(), next);
    }

    public async Task<RegisterPage> ReadRegister(Actor actor, RegisterQuery query)
    {
        var filter = SearchRules.Filter(actor, query);
        var rows = await search.ReadRegisterAsync(filter with { Limit = filter.Limit + 1 });
        var batch = rows.Take(filter.Limit).ToArray();
        var next = rows.Count > filter.Limit ? RegisterKey.Of(batch[^1]).ToString() : null;
        var names = await ClerkNames.ReadAsync(GrainFactory, batch.SelectMany(m => new[] { m.PointCode, m.CurrentPointCode }));
        var today = ChinaTime.Today(time);
        return new RegisterPage(batch.Select(m => RegisterLines.From(m, today, names)).ToArray(), next);
    }

    private async Task<IReadOnlyList<MatterSummary>> WithNamesAsync(Task<IReadOnlyList<MatterSummary>> listing)
    {
        var rows = await listing;
        var names = await ClerkNames.ReadAsync(GrainFactory, rows.SelectMany(m => new[] { m.PointCode, m.CurrentPointCode }));
        return rows.Select(m => Named(m, names)).ToArray();
    }

    private static MatterSummary Named(MatterSummary summary, ClerkNames names) => summary with
    {
        HandlerName = names.Clerk(summary.HandlerClerkId),
        OwnerName = names.Clerk(summary.OwnerClerkId),
    };

    public Task<IReadOnlyList<LedgerEntry>> ListLedger(Actor actor, LedgerQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        EnsureReaches(actor, DivisionCode.Parse(query.PointCode, "pointCode"));
        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw DomainException.Invalid("from", "range.invalid", "'from' must not be after 'to'.");
        }

        return store.ReadPointLedgerAsync(query with { Limit = CheckLimit(query.Limit) });
    }

    /// <summary>Lists of a point are read only by actors whose jurisdiction reaches it (the same rule as the gateway's scope).</summary>
    private static void EnsureReaches(Actor? actor, DivisionCode point)
    {
        if (actor is null)
        {
            throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        if (!actor.Reaches(point.Value))
        {
            throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{point} is outside the jurisdiction of {actor}.");
        }
    }

    private static int CheckLimit(int limit) =>
        limit is >= 1 and <= MaxLimit ? limit : throw DomainException.Invalid("limit", "limit.range", $"limit is 1 to {MaxLimit}.");
}
