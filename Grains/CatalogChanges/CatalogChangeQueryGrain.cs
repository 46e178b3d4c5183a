using Network.Grains.CatalogChanges.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Oversight;
using Orleans.Concurrency;

namespace Network.Grains.CatalogChanges;

/// <summary>Lists the catalog changes a point proposed, or those that came to a city, straight from the store.</summary>
[StatelessWorker]
public sealed class CatalogChangeQueryGrain(IOversightQueries queries, CatalogChangeRepository changes) : Grain, ICatalogChangeQueryGrain
{
    private const int MaxLimit = 500;

    public async Task<IReadOnlyList<CatalogChangeSummary>> List(Actor actor, CatalogChangeQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        var point = OversightQueryScope.EnsureReaches(actor, query.PointCode);
        var limit = OversightQueryScope.Limit(query.Limit, MaxLimit);
        var filter = query.Incoming
            ? new OversightFilter(CurrentPointCode: point, OpenOnly: query.OpenOnly, Limit: limit)
            : new OversightFilter(PointCode: point, OpenOnly: query.OpenOnly, Limit: limit);
        return (await queries.ListStatesAsync(CatalogChangeRepository.CaseKind, filter))
            .Select(changes.Deserialize)
            .Where(c => CatalogChangePolicy.CanRead(c, actor))
            .Select(c => c.ToSummary())
            .ToArray();
    }
}
