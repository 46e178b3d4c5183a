using Orleans.Concurrency;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;

namespace Network.Grains.Petitions;

/// <summary>Lists petitions straight from the store; it holds no state of its own.</summary>
[StatelessWorker]
public sealed class PetitionQueryGrain(IOversightQueries queries, PetitionRepository petitions) : Grain, IPetitionQueryGrain
{
    private const int MaxLimit = 500;

    public async Task<IReadOnlyList<PetitionSummary>> List(Actor actor, string pointCode, bool openOnly = true, int limit = 100)
    {
        var point = OversightQueryScope.EnsureReaches(actor, pointCode);
        var states = await queries.ListStatesAsync(PetitionRepository.CaseKind, new OversightFilter(PointCode: point, OpenOnly: openOnly, Limit: OversightQueryScope.Limit(limit, MaxLimit)));
        return states.Select(petitions.Deserialize).Where(p => Rules.PetitionPolicy.CanRead(p, actor)).Select(p => p.ToSummary()).ToArray();
    }
}
