using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Security;

/// <summary>
/// The scope of reads that are not a case's own: a point's lists, ledger, flags, load, tree, duty
/// roster and live feeds reach as far as the actor's jurisdiction (<see cref="Actor.Reaches"/>).
/// Whether an actor may read or act on a case is the case grain's decision, not this one.
/// </summary>
public static class Scope
{
    /// <summary>Refuses with 403 <c>auth.jurisdiction</c> when <paramref name="point"/> lies outside the actor's reach.</summary>
    public static DivisionCode EnsureReaches(Actor actor, DivisionCode point, bool administratorsToo = false)
    {
        if (!Reaches(actor, point, administratorsToo))
        {
            throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{actor} may not see {point}.");
        }

        return point;
    }

    /// <summary>Administrators see points' definitions and catalogs (<paramref name="administratorsToo"/>), nothing of their work.</summary>
    public static bool Reaches(Actor actor, DivisionCode point, bool administratorsToo = false) =>
        actor.Reaches(point.Value) || (administratorsToo && actor.Role == ActorRole.Administrator);
}
