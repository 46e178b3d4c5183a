using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Oversight;

/// <summary>The scope checks of the oversight kinds' query grains: the asking actor's reach, and the list's limit.</summary>
internal static class OversightQueryScope
{
    public static string EnsureReaches(Actor? actor, string? pointCode)
    {
        if (actor is null)
        {
            throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        var point = DivisionCode.Parse(pointCode, "pointCode");
        if (actor.Role == ActorRole.System || !actor.Reaches(point.Value))
        {
            throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{point} is outside the jurisdiction of {actor}.");
        }

        return point.Value;
    }

    public static int Limit(int limit, int max) =>
        limit is >= 1 && limit <= max ? limit : throw DomainException.Invalid("limit", "limit.range", $"limit is 1 to {max}.");
}
