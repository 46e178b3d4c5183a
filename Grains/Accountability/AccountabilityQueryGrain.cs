using Orleans.Concurrency;
using Network.Grains.Accountability.Rules;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.Accountability;

/// <summary>
/// The read interface of accountability records (for the console and for assessments): a clerk's
/// own records, or a point's records within the asking actor's reach, straight from the store.
/// </summary>
[StatelessWorker]
public sealed class AccountabilityQueryGrain(IOversightQueries queries, AccountabilityRepository records) : Grain, IAccountabilityQueryGrain
{
    private const int MaxLimit = 1000;

    public async Task<IReadOnlyList<AccountabilityView>> List(Actor actor, AccountabilityQuery query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A query is required.");
        var point = OversightQueryScope.EnsureReaches(actor, query.PointCode);
        if (actor.Role is not (ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor))
        {
            throw OversightPolicy.Role(actor, "read a point's accountability records (a clerk reads their own)");
        }

        if (query.ClerkId is not null)
        {
            Require.Text(query.ClerkId, "clerkId", 64);
        }

        if (query.WindowId is not null)
        {
            Require.Slug(query.WindowId, "windowId");
        }

        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw DomainException.Invalid("from", "range.invalid", "'from' must not be after 'to'.");
        }

        var filter = new OversightFilter(PointCode: point, HandlerId: query.ClerkId, WindowId: query.WindowId, From: query.From, To: query.To, Limit: OversightQueryScope.Limit(query.Limit, MaxLimit));
        return (await queries.ListStatesAsync(AccountabilityRepository.CaseKind, filter)).Select(records.Deserialize).Select(r => r.ToView()).ToArray();
    }

    public async Task<IReadOnlyList<AccountabilityView>> ListMine(Actor actor)
    {
        var point = OversightQueryScope.EnsureReaches(actor, actor?.PointCode);
        var profile = await GrainFactory.GetGrain<IServicePointGrain>(point).GetProfile();
        var context = new OversightContext(DateTimeOffset.UtcNow, Calendar.WorkingDayCalendar.Empty, profile is null ? new Dictionary<string, ServicePointProfile>() : new Dictionary<string, ServicePointProfile> { [point] = profile });
        var own = await queries.ListStatesAsync(AccountabilityRepository.CaseKind, new OversightFilter(PointCode: point, HandlerId: actor!.Id, Limit: MaxLimit));
        var windows = profile?.Windows.Where(w => w.IsStaffedBy(actor.Id)).Select(w => w.Id).ToArray() ?? [];
        var atWindows = new List<string>();
        foreach (var window in windows)
        {
            atWindows.AddRange(await queries.ListStatesAsync(AccountabilityRepository.CaseKind, new OversightFilter(PointCode: point, WindowId: window, Limit: MaxLimit)));
        }

        return own.Concat(atWindows)
            .Select(records.Deserialize)
            .DistinctBy(r => r.Number)
            .Where(r => AccountabilityPolicy.Concerns(r, actor, context))
            .OrderByDescending(r => r.RecordedAt)
            .Select(r => r.ToView() with { AllowedActions = AccountabilityPolicy.Allowed(r, actor, context) })
            .ToArray();
    }
}
