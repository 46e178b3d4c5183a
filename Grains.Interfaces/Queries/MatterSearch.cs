using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Queries;

/// <summary>
/// Finding matters (查找办件): the matters taken in at <see cref="PointCode"/> (with
/// <see cref="Subtree"/>, at it and every point below it) that match every filter given, sorted by
/// deadline (matters without one last), then receipt number. A page is read after the key of the
/// page before (<see cref="After"/>, the <see cref="MatterSearchPage.Next"/> it gave), so page 400
/// costs what page 1 costs.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatterSearch([property: Id(0)] string PointCode)
{
    /// <summary>The point and every point below it (directors, the city monitor); a window clerk's reach is their own point only.</summary>
    [Id(1)]
    public bool Subtree { get; init; }

    /// <summary>A whole receipt number (回执号).</summary>
    [Id(2)]
    public string? ReceiptNumber { get; init; }

    /// <summary>The applicant's whole name, exactly (found by its keyed lookup value: names are sealed).</summary>
    [Id(3)]
    public string? CitizenName { get; init; }

    /// <summary>The last four characters of the applicant's resident ID number.</summary>
    [Id(4)]
    public string? ResidentIdTail { get; init; }

    [Id(5)]
    public string? ItemId { get; init; }

    [Id(6)]
    public MatterStatus? Status { get; init; }

    [Id(7)]
    public string? WindowId { get; init; }

    /// <summary>Taken in on or after this day (China time).</summary>
    [Id(8)]
    public DateOnly? ReceivedFrom { get; init; }

    /// <summary>Taken in on or before this day (China time).</summary>
    [Id(9)]
    public DateOnly? ReceivedTo { get; init; }

    /// <summary>Only matters carrying this flag of electronic supervision (黄牌 Yellow, 红牌/超期 Red).</summary>
    [Id(10)]
    public FlagLevel? Flag { get; init; }

    [Id(11)]
    public bool OpenOnly { get; init; }

    /// <summary>The <see cref="MatterSearchPage.Next"/> of the page before; null for the first page.</summary>
    [Id(12)]
    public string? After { get; init; }

    [Id(13)]
    public int Limit { get; init; } = 50;
}
