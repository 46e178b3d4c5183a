using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Ratings.Rules;

/// <summary>
/// Who reads ratings (a rating, the tally, the rectifications listed): the network's staff whose
/// jurisdiction reaches the point rated — its clerks and proxy agents, its directors and those above,
/// the supervisors (督查) of it and above, the city monitor. Named role by role: a citizen, an
/// administrator and the network's own actor read none. Pure.
/// </summary>
public static class RatingReadPolicy
{
    public static bool IsReader(ActorRole role) =>
        role is ActorRole.WindowClerk or ActorRole.ProxyAgent or ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor;

    /// <summary>Null when <paramref name="actor"/> may read the ratings of <paramref name="pointCode"/>; the refusal otherwise.</summary>
    public static DomainException? Check(Actor? actor, string pointCode, string field = "pointCode")
    {
        if (actor is null)
        {
            return DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        if (!IsReader(actor.Role))
        {
            return DomainException.Forbidden("role", "auth.role", $"Ratings are read by the network's staff; a {actor.Role} does not read them.");
        }

        return actor.Reaches(pointCode)
            ? null
            : DomainException.Forbidden(field, "auth.jurisdiction", $"The ratings of {pointCode} are outside the jurisdiction of {actor}.");
    }

    public static void Ensure(Actor? actor, string pointCode, string field = "pointCode")
    {
        if (Check(actor, pointCode, field) is { } refusal)
        {
            throw refusal;
        }
    }
}
