using System.Text.RegularExpressions;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Interfaces.Time;
using Network.Grains.PersonalData;

namespace Network.Grains.Queries.Search;

/// <summary>
/// The rules of finding matters and reading registers, pure: who may search which points (the
/// actor's reach; a subtree only for those whose reach goes below their point), which filters are
/// well formed, and the filter the store runs (names and ID tails as keyed lookup values only).
/// </summary>
public static partial class SearchRules
{
    public const int MaxSearchLimit = 200;
    public const int MaxRegisterBatch = 2000;

    /// <summary>
    /// A point's matters are found only by actors whose jurisdiction reaches it; a subtree only by
    /// those whose jurisdiction reaches every point below it (directors, the city monitor).
    /// </summary>
    public static PointScope EnsureScope(Actor? actor, string? pointCode, bool subtree)
    {
        if (actor is null)
        {
            throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        var point = DivisionCode.Parse(pointCode, "pointCode");
        if (!actor.Reaches(point.Value))
        {
            throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{point} is outside the jurisdiction of {actor}.");
        }

        if (subtree && point.Tier != Tier.Village && actor.Role is not (ActorRole.CenterDirector or ActorRole.CityMonitor or ActorRole.System))
        {
            throw DomainException.Forbidden("subtree", "auth.jurisdiction", $"The points below {point} are outside the jurisdiction of {actor}.");
        }

        return new PointScope(point.Value, subtree && point.Tier != Tier.Village);
    }

    /// <summary>The store's filter of a search, or a refusal naming the field at fault.</summary>
    public static SearchFilter Filter(Actor? actor, MatterSearch? search, PersonalDataProtector protector)
    {
        search = search ?? throw DomainException.Invalid("query", "query.required", "A search is required.");
        var scope = EnsureScope(actor, search.PointCode, search.Subtree);
        if (search.Limit is < 1 or > MaxSearchLimit)
        {
            throw DomainException.Invalid("limit", "limit.range", $"limit is 1 to {MaxSearchLimit}.");
        }

        if (search.ReceivedFrom is { } from && search.ReceivedTo is { } to && from > to)
        {
            throw DomainException.Invalid("from", "range.invalid", "'from' must not be after 'to'.");
        }

        return new SearchFilter(scope, search.Limit)
        {
            ReceiptNumber = Blank(search.ReceiptNumber) is { } receipt ? Receipt(receipt) : null,
            NameLookup = Blank(search.CitizenName) is { } name ? protector.NameLookup(Name(name)) : null,
            IdTailLookup = Blank(search.ResidentIdTail) is { } tail ? protector.ResidentIdTailLookup(Tail(tail)) : null,
            ItemId = Blank(search.ItemId) is { } item ? Require.Slug(item, "itemId") : null,
            Status = search.Status,
            WindowId = Blank(search.WindowId) is { } window ? Require.Slug(window, "windowId") : null,
            ReceivedFrom = search.ReceivedFrom is { } f ? StartOf(f) : null,
            ReceivedUntil = search.ReceivedTo is { } t ? StartOf(t.AddDays(1)) : null,
            Flag = search.Flag is Interfaces.Matters.FlagLevel.None ? null : search.Flag,
            OpenOnly = search.OpenOnly,
            After = Blank(search.After) is { } after ? SearchKey.Parse(after) : null,
        };
    }

    /// <summary>The store's filter of a register batch, or a refusal naming the field at fault.</summary>
    public static RegisterFilter Filter(Actor? actor, RegisterQuery? query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A register query is required.");
        var scope = EnsureScope(actor, query.PointCode, query.Subtree);
        if (query.Limit is < 1 or > MaxRegisterBatch)
        {
            throw DomainException.Invalid("limit", "limit.range", $"limit is 1 to {MaxRegisterBatch}.");
        }

        if (!Enum.IsDefined(query.Period))
        {
            throw DomainException.Invalid("period", "period.invalid", "period is day, month or year.");
        }

        var cursor = Blank(query.After) is { } after ? RegisterKey.Parse(after) : null;
        if (cursor is not null && !scope.Contains(cursor.PointCode))
        {
            // A cursor names the point to go on from: never one outside the register asked for.
            throw DomainException.Invalid("after", "after.invalid", "'after' is the 'next' of the batch before, as it was given.");
        }

        return new RegisterFilter(scope, StartOf(query.From), StartOf(query.Until), query.Limit)
        {
            WindowId = Blank(query.WindowId) is { } window ? Require.Slug(window, "windowId") : null,
            After = cursor,
        };
    }

    /// <summary>Midnight of <paramref name="day"/> in China time.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Receipt(string text)
    {
        Interfaces.Matters.ReceiptNumber.PointOf(text.ToUpperInvariant(), "receiptNumber");
        return text.ToUpperInvariant();
    }

    private static string Name(string text) =>
        text.Length <= 50 ? text : throw DomainException.Invalid("citizenName", "name.tooLong", "A name has at most 50 characters.");

    private static string Tail(string text) =>
        TailPattern().IsMatch(text) ? text.ToUpperInvariant() : throw DomainException.Invalid("idTail", "idTail.invalid", "The last four characters of a resident ID number: four digits, or three digits and X.");

    [GeneratedRegex("^[0-9]{3}[0-9Xx]$")]
    private static partial Regex TailPattern();
}
