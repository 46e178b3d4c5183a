using System.Collections.Concurrent;
using System.Reflection;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Network.Gateway.Hosting;

/// <summary>
/// Which grain calls the gateway may send again when a silo was lost under them, and which
/// failures mean that. A call whose silo died may have run or not: the gateway cannot tell, so it
/// repeats only calls for which running twice is the same as running once.
/// <list type="bullet">
/// <item>Reads.</item>
/// <item>
/// Intake (<see cref="IMatterGrain.Accept"/>): the receipt number is the grain's key, fixed before
/// the first attempt, and a repeat is recognised by the intake's fingerprint, which never changes,
/// or by its Idempotency-Key recorded with the matter (it is answered with the matter as it stands).
/// </item>
/// <item>
/// Commands that close a matter or a joint part, or pass the decision down (complete, return,
/// deliver, decide, complete/return a part): the grain answers a repeat of its last command as it
/// stands, and once anything else changed the matter, its state refuses a second one (409). They
/// can never take effect twice.
/// </item>
/// <item>Checking deadlines (raises only the flags due and not raised yet) and the administrator's definitions (a point, a catalog, a year's holidays: the same definition twice changes nothing).</item>
/// </list>
/// Not repeated: hand-up, hand-back, hand-over, supplements and the A/B switch. The matter can come
/// back to the state they start from (handed up, handed back, up again), so a repeat arriving after
/// such a change would act a second time. When their silo is lost their request ends with its
/// budget (503 <c>request.budgetExceeded</c>), and the client decides on its retry under its
/// Idempotency-Key. A method not named here is not repeated.
/// </summary>
public static class RequestBudgetRetryRules
{
    private static readonly HashSet<(Type Grain, string Method)> SafeToRepeat =
    [
        .. Methods<IMatterGrain>(
            nameof(IMatterGrain.Get), nameof(IMatterGrain.GetHistory), nameof(IMatterGrain.GetForCitizen),
            nameof(IMatterGrain.Accept), nameof(IMatterGrain.Complete), nameof(IMatterGrain.Return), nameof(IMatterGrain.Deliver),
            nameof(IMatterGrain.Decide), nameof(IMatterGrain.CompletePart), nameof(IMatterGrain.ReturnPart), nameof(IMatterGrain.CheckDeadlines)),
        .. Methods<IServicePointGrain>(
            nameof(IServicePointGrain.GetProfile), nameof(IServicePointGrain.GetFlags), nameof(IServicePointGrain.GetLoad),
            nameof(IServicePointGrain.GetTree), nameof(IServicePointGrain.GetHall), nameof(IServicePointGrain.Define)),
        .. Methods<ICatalogGrain>(
            nameof(ICatalogGrain.List), nameof(ICatalogGrain.Find), nameof(ICatalogGrain.Publish),
            nameof(ICatalogGrain.ListOn), nameof(ICatalogGrain.FindVersion), nameof(ICatalogGrain.Handbook)),
        .. Methods<IMasterCatalogGrain>(nameof(IMasterCatalogGrain.List), nameof(IMasterCatalogGrain.ListOn), nameof(IMasterCatalogGrain.Publish)),
        .. Methods<ICalendarGrain>(nameof(ICalendarGrain.GetSchedules), nameof(ICalendarGrain.Publish)),
        .. Methods<IMatterQueryGrain>(nameof(IMatterQueryGrain.ListMatters), nameof(IMatterQueryGrain.ListLedger)),
        .. Methods<IWindowGrain>(nameof(IWindowGrain.GetDuty)),
    ];

    // The answer per method, once worked out: every grain call the gateway makes asks (a profile of
    // HTTP intake showed the (type, name) lookup, with its hashing of the method's name, at 0.5 % of
    // the gateway's CPU). Orleans hands the filter the same MethodInfo for every call of a method.
    private static readonly ConcurrentDictionary<MethodInfo, bool> Answers = new();

    /// <summary>True when sending <paramref name="method"/> (a grain interface's method) again cannot make it take effect twice.</summary>
    public static bool IsSafeToRepeat(MethodInfo method) =>
        Answers.TryGetValue(method, out var known) ? known : Answers.GetOrAdd(method, static m => Decide(m));

    private static bool Decide(MethodInfo method) =>
        method.DeclaringType is { } grain && SafeToRepeat.Contains((grain, method.Name));

    /// <summary>
    /// True when <paramref name="failure"/> says a silo was lost or unreachable under the call:
    /// Orleans refused to deliver it (<see cref="OrleansMessageRejectionException"/>, e.g. "target
    /// silo is known to be dead" or a refused connection to a silo not yet declared dead; its
    /// subclass <see cref="SiloUnavailableException"/> also when a call the grain made broke because
    /// its silo was declared dead) or the gateway could not connect (<see cref="ConnectionFailedException"/>).
    /// Refusals of the trade, database failures and a spent budget are not silo losses.
    /// </summary>
    public static bool IsSiloLoss(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is OrleansMessageRejectionException or ConnectionFailedException)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(Type, string)> Methods<TGrain>(params string[] names) =>
        names.Select(name => (typeof(TGrain), name));
}
