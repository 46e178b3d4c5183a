using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Oversight;

/// <summary>
/// The checks of who someone is that the oversight kinds share: a director or supervisor of a point
/// (checked against the point's profile, so a forged actor is refused), a member of a point's staff.
/// Each kind's policy decides what they may do when.
/// </summary>
public static class OversightPolicy
{
    /// <summary>A director (中心主任) or supervisor (督查) of <paramref name="pointCode"/>, as its profile names them; or why not.</summary>
    public static DomainException? DirectsOrSupervises(Actor actor, string pointCode, OversightContext context, string what)
    {
        if (actor.Role is not (ActorRole.CenterDirector or ActorRole.Supervisor))
        {
            return Role(actor, what);
        }

        var profile = context.Point(actor.PointCode);
        var named = actor.Role == ActorRole.CenterDirector ? profile?.IsDirector(actor.Id) == true : profile?.IsSupervisor(actor.Id) == true;
        if (!named)
        {
            return Jurisdiction("actor", $"{actor.Id} is not a {actor.Role} of {actor.PointCode}.");
        }

        return actor.PointCode == pointCode
            ? null
            : Jurisdiction("pointCode", $"{actor.Id} of {actor.PointCode} may not {what} for {pointCode}.");
    }

    /// <summary>A director or supervisor named in the profile of the actor's own point (wherever they then act); or why not.</summary>
    public static DomainException? IsOverseer(Actor actor, OversightContext context, string what) =>
        DirectsOrSupervises(actor, actor.PointCode, context, what);

    /// <summary>Whether <paramref name="clerkId"/> works at the point: a window's A or B clerk, a director, a supervisor or a proxy agent.</summary>
    public static bool IsStaff(ServicePointProfile profile, string clerkId) =>
        profile.Windows.Any(w => w.IsStaffedBy(clerkId)) || profile.IsDirector(clerkId) || profile.IsSupervisor(clerkId) || profile.IsProxyAgent(clerkId);

    /// <summary>The name of a member of the point's staff, if it has them.</summary>
    public static string? StaffName(ServicePointProfile profile, string clerkId) =>
        Staff(profile).FirstOrDefault(c => c.Id == clerkId)?.Name;

    /// <summary>Everyone on the point's staff: the windows' A and B clerks, its directors, supervisors and proxy agents.</summary>
    public static IEnumerable<Clerk> Staff(ServicePointProfile profile) =>
        profile.Windows.SelectMany(w => new[] { w.ClerkA, w.ClerkB })
            .Concat(profile.Directors).Concat(profile.Supervisors).Concat(profile.ProxyAgents);

    /// <summary>Whether <paramref name="pointCode"/> lies strictly below <paramref name="above"/>.</summary>
    public static bool IsBelow(string pointCode, string above) =>
        pointCode != above && DivisionCode.IsWithin(pointCode, above);

    public static DomainException Role(Actor actor, string what) =>
        DomainException.Forbidden("role", "auth.role", $"A {actor.Role} cannot {what}; {actor.Id} is a {actor.Role}.");

    public static DomainException Jurisdiction(string field, string message) =>
        DomainException.Forbidden(field, "auth.jurisdiction", message);

    public static DomainException IllegalTransition(string kind, string number, string status, string verb) =>
        DomainException.Conflict($"{kind}.illegalTransition", $"Cannot {verb} {kind} {number}: it is {status}.", "status");
}
