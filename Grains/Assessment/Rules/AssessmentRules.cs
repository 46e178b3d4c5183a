using System.Globalization;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Assessment.Rules;

/// <summary>
/// Who reads and publishes assessments, and which periods, pure. Assessments (考核) are read by
/// directors, supervisors and the city monitor, for points within their reach (like the register,
/// <c>SearchRules</c>): first who (403 <c>auth.role</c>), then where (403 <c>auth.jurisdiction</c>,
/// field <c>pointCode</c>). A city's 通报 is published by its monitor or a director named in the city
/// center's profile, for a month that is over, and read by every member of the city's staff.
/// </summary>
public static class AssessmentRules
{
    /// <summary>The point an assessment is asked for, once the actor may read it.</summary>
    public static DivisionCode EnsureReader(Actor? actor, string? pointCode)
    {
        actor = EnsureActor(actor);
        if (actor.Role is not (ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor))
        {
            throw DomainException.Forbidden("role", "auth.role", $"A {actor.Role} does not read assessments; directors, supervisors and the city monitor do.");
        }

        var point = DivisionCode.Parse(pointCode, "pointCode");
        return actor.Reaches(point.Value)
            ? point
            : throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{point} is outside the jurisdiction of {actor}.");
    }

    /// <summary>A city's 通报 is read by its own staff (any role but the administrator); or refused.</summary>
    public static void EnsureBulletinReader(Actor? actor, string cityCode)
    {
        actor = EnsureActor(actor);
        if (actor.Role is ActorRole.Administrator or ActorRole.Citizen || !Enum.IsDefined(actor.Role))
        {
            throw DomainException.Forbidden("role", "auth.role", $"A {actor.Role} does not read a city's 通报.");
        }

        if (actor.Role != ActorRole.System && actor.CityCode != cityCode)
        {
            throw DomainException.Forbidden("cityCode", "auth.jurisdiction", $"The 通报 of {cityCode} are outside the jurisdiction of {actor}.");
        }
    }

    /// <summary>The city monitor or a director named in the city center's profile publishes the city's 通报; or why not.</summary>
    public static void EnsurePublisher(Actor? actor, string cityCode, ServicePointProfile? city)
    {
        actor = EnsureActor(actor);
        var may = actor.Role switch
        {
            ActorRole.CityMonitor => actor.CityCode == cityCode,
            ActorRole.CenterDirector => actor.PointCode == cityCode && city?.IsDirector(actor.Id) == true,
            _ => throw DomainException.Forbidden("role", "auth.role", $"A {actor.Role} does not publish a 通报; the city monitor and the city center's directors do."),
        };
        if (!may)
        {
            throw DomainException.Forbidden("cityCode", "auth.jurisdiction", $"{actor} does not publish the 通报 of {cityCode}.");
        }
    }

    /// <summary>A month (yyyy-MM) that has begun by <paramref name="today"/>: its first and last day.</summary>
    public static (DateOnly First, DateOnly Last) Month(string? month, DateOnly today)
    {
        if (month is null || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year < 2000)
        {
            throw DomainException.Invalid("month", "month.invalid", "month is yyyy-MM.");
        }

        if (first > today)
        {
            throw DomainException.Invalid("month", "month.notStarted", $"{month} has not begun.");
        }

        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>A quarter (1–4) of a year that has begun by <paramref name="today"/>: its first and last day.</summary>
    public static (DateOnly First, DateOnly Last) Quarter(int year, int quarter, DateOnly today)
    {
        if (year is < 2000 or > 9998)
        {
            throw DomainException.Invalid("year", "year.invalid", "year is 2000 to 9998.");
        }

        if (quarter is < 1 or > 4)
        {
            throw DomainException.Invalid("quarter", "quarter.invalid", "quarter is 1 to 4.");
        }

        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        if (first > today)
        {
            throw DomainException.Invalid("quarter", "quarter.notStarted", $"{year} Q{quarter} has not begun.");
        }

        return (first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The key of a city's 通报 of a month: <c>{city}/{yyyy-MM}</c>.</summary>
    public static (string City, string Month) ParseBulletinKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var city = slash > 0 ? key[..slash] : string.Empty;
        if (city.Length != 6 || DivisionCode.Parse(city, "cityCode").Tier != Tier.City)
        {
            throw DomainException.Invalid("cityCode", "cityCode.invalid", "A 通报 belongs to a city (6 digits).");
        }

        var month = key[(slash + 1)..];
        _ = Month(month, DateOnly.MaxValue);
        return (city, month);
    }

    /// <summary>The number of a city's 通报: <c>{city}-TB{yyyyMM}</c>.</summary>
    public static string BulletinNumber(string city, string month) => $"{city}-TB{month.Replace("-", string.Empty, StringComparison.Ordinal)}";

    private static Actor EnsureActor(Actor? actor) =>
        actor ?? throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
}
