using Orleans.Concurrency;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Matters;
using Network.Grains.OnlineFiling.Rules;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling;

/// <summary>Lists online applications straight from the store; it holds no state of its own. Applications still being filled in are the applicant's alone and not listed.</summary>
[StatelessWorker]
public sealed class OnlineApplicationQueryGrain(IOversightQueries queries, OnlineApplicationRepository applications, IMatterRepository matters)
    : Grain, IOnlineApplicationQueryGrain
{
    private const int MaxLimit = 500;

    public async Task<IReadOnlyList<OnlineApplicationSummary>> List(Actor actor, string pointCode, bool openOnly, int limit)
    {
        var point = OversightQueryScope.EnsureReaches(actor, pointCode);
        var states = await ReadAsync(new OversightFilter(PointCode: point, OpenOnly: openOnly, Limit: OversightQueryScope.Limit(limit, MaxLimit)));
        return states
            .Where(a => OnlineApplicationPolicy.CanRead(a, actor))
            .Select(a => a.ToSummary())
            .ToArray();
    }

    public async Task<IReadOnlyList<OnlineApplicationPublicStatus>> ListPublic(string pointCode, string? itemId, DateTimeOffset? from, DateTimeOffset? to, int limit)
    {
        var point = DivisionCode.Parse(pointCode, "jurisdiction_id").Value;
        if (from > to)
        {
            throw DomainException.Invalid("start_date", "period.invalid", "start_date is after end_date.");
        }

        var states = await ReadAsync(new OversightFilter(PointCode: point, From: from, To: to, Limit: OversightQueryScope.Limit(limit, MaxLimit)));
        var result = new List<OnlineApplicationPublicStatus>();
        foreach (var state in states.Where(s => itemId is null || s.ItemId == itemId))
        {
            bool? matterOpen = state.ReceiptNumber is { } receipt && await matters.LoadAsync(receipt) is { } matter ? !matter.IsClosed : null;
            result.Add(OnlineApplicationRules.PublicStatus(state, matterOpen));
        }

        return result;
    }

    private async Task<IEnumerable<OnlineApplicationState>> ReadAsync(OversightFilter filter) =>
        (await queries.ListStatesAsync(OnlineApplicationRepository.CaseKind, filter))
            .Select(applications.Deserialize)
            .Where(a => a.Status != OnlineApplicationStatus.Draft);
}
