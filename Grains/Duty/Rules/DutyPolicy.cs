using Network.Grains.Cases;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Duty.Rules;

/// <summary>
/// Who may act on a roster or an attendance sheet: the point's director drafts and publishes; the
/// point's clerks (window clerks staffing one of its windows, and its directors) clock in and out;
/// reads follow <see cref="Actor.Reaches"/>. Pure.
/// </summary>
public static class DutyPolicy
{
    public static void EnsureNotSystem(Actor? actor) => ActorGate.EnsureNotSystem(actor);

    public static DomainException? CanRead(string pointCode, Actor actor) =>
        actor.Role != ActorRole.System && actor.Reaches(pointCode)
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{pointCode} is outside the jurisdiction of {actor}.");

    /// <summary>A director of <paramref name="pointCode"/> itself (the roster is drafted and published where it is kept).</summary>
    public static DomainException? Director(string pointCode, Actor actor, ServicePointProfile? point)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return DomainException.Forbidden("role", "auth.role", $"Only the point's director drafts and publishes its roster; {actor.Role} does not.");
        }

        return actor.PointCode == pointCode && point?.IsDirector(actor.Id) == true
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{actor.Id} is not a director of {pointCode}.");
    }

    /// <summary>Staff of the point: a window clerk staffing one of its windows, or one of its directors.</summary>
    public static DomainException? Staff(string pointCode, Actor actor, ServicePointProfile? point)
    {
        if (actor.Role is not (ActorRole.WindowClerk or ActorRole.CenterDirector))
        {
            return DomainException.Forbidden("role", "auth.role", $"{actor.Role} does not clock in.");
        }

        return actor.PointCode == pointCode && point is not null && IsStaff(point, actor.Id)
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{actor.Id} is not on the staff of {pointCode}.");
    }

    public static bool IsStaff(ServicePointProfile point, string clerkId) =>
        point.IsDirector(clerkId) || point.Windows.Any(w => w.IsStaffedBy(clerkId));

    public static string? NameOf(ServicePointProfile point, string clerkId) =>
        point.Directors.FirstOrDefault(d => d.Id == clerkId)?.Name
        ?? point.Windows.Select(w => w.ClerkA.Id == clerkId ? w.ClerkA : w.ClerkB.Id == clerkId ? w.ClerkB : null).FirstOrDefault(c => c is not null)?.Name;
}
