using Network.Grains.Interfaces.Deadlines;
using Orleans.Runtime;

namespace Network.Grains.Hosting;

/// <summary>
/// The request's budget (<see cref="RequestDeadline"/>) taken out of Orleans' <see cref="RequestContext"/>
/// by a grain that needs it only for its own write (<see cref="Take"/>), held until that write.
/// <para>
/// Orleans exports the whole RequestContext into every grain call made from a flow that holds it,
/// a deep copy of its dictionary per call (<c>RequestContextExtensions.Export</c>: 1.6–2.1 % of the
/// silo behind the HTTP gateway, which sets the budget on every request, docs/speed-gateway.md); a
/// matter makes several such calls per command (the points' profiles, the catalog, the window's
/// duty, its announcements), none of which writes under the budget. Taken once at the start of a
/// command, the budget stays with the command for its commit, and those calls carry no context.
/// </para>
/// </summary>
/// <param name="Ticks">What was left of the budget when the caller sent the call, as <see cref="TimeSpan.Ticks"/> (as <see cref="RequestDeadline.Key"/> carries it); null when the caller named none.</param>
public readonly record struct RequestContextBudget(long? Ticks)
{
    /// <summary>
    /// Takes the budget out of the RequestContext of the current async flow (the call being served,
    /// from here on: an async caller's own flow keeps its context) and returns it.
    /// </summary>
    public static RequestContextBudget Take()
    {
        if (RequestContext.Get(RequestDeadline.Key) is not long ticks)
        {
            return default;
        }

        RequestContext.Remove(RequestDeadline.Key);
        return new RequestContextBudget(ticks);
    }

    /// <summary>
    /// The deadline on <paramref name="clock"/>, read now exactly as <see cref="RequestDeadline.On"/>
    /// reads it from the RequestContext: now plus the budget left when the caller sent it; null for none.
    /// </summary>
    public DateTimeOffset? DeadlineOn(TimeProvider clock) => RequestDeadline.After(Ticks, clock);

    /// <summary>Puts the budget back into the RequestContext of the current async flow, for a call made under it.</summary>
    public void Restore()
    {
        if (Ticks is { } ticks)
        {
            RequestDeadline.Set(TimeSpan.FromTicks(ticks));
        }
    }
}
