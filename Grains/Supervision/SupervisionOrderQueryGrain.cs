using Orleans.Concurrency;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Oversight;
using Network.Grains.Supervision.Rules;

namespace Network.Grains.Supervision;

/// <summary>Lists supervision orders addressed to or issued by a point, straight from the store.</summary>
[StatelessWorker]
public sealed class SupervisionOrderQueryGrain(IOversightQueries queries, SupervisionOrderRepository orders) : Grain, ISupervisionOrderQueryGrain
{
    private const int MaxLimit = 500;

    public async Task<IReadOnlyList<SupervisionOrderSummary>> List(Actor actor, SupervisionOrderQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        var point = OversightQueryScope.EnsureReaches(actor, query.PointCode);
        var filter = query.Issued
            ? new OversightFilter(CurrentPointCode: point, OpenOnly: query.OpenOnly, Limit: OversightQueryScope.Limit(query.Limit, MaxLimit))
            : new OversightFilter(PointCode: point, OpenOnly: query.OpenOnly, Limit: OversightQueryScope.Limit(query.Limit, MaxLimit));
        return (await queries.ListStatesAsync(SupervisionOrderRepository.CaseKind, filter))
            .Select(orders.Deserialize)
            .Where(o => SupervisionOrderPolicy.CanRead(o, actor))
            .Select(o => o.ToSummary())
            .ToArray();
    }
}
