using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Queries;
using Orleans.Concurrency;

namespace Network.Grains.Queries;

/// <summary>Lists matters and ledger rows straight from the store; it holds no state of its own.</summary>
[StatelessWorker]
public sealed class MatterQueryGrain(IMatterQueries store) : Grain, IMatterQueryGrain
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

        return store.ListAsync(query with { Limit = CheckLimit(query.Limit) });
    }

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
