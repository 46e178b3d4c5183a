namespace Network.Grains.Interfaces.Queries;

/// <summary>
/// The register (台帐, 专用登记本) of a point, or of one of its windows, for the day, month or year
/// that contains <see cref="Day"/>: one line per matter taken in then, in the order they were taken
/// in. With <see cref="Subtree"/>, every point below too (point by point). Read in batches:
/// <see cref="After"/> is the <see cref="RegisterPage.Next"/> of the batch before.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegisterQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] RegisterPeriod Period,
    [property: Id(2)] DateOnly Day)
{
    [Id(3)]
    public string? WindowId { get; init; }

    [Id(4)]
    public bool Subtree { get; init; }

    [Id(5)]
    public string? After { get; init; }

    [Id(6)]
    public int Limit { get; init; } = 500;

    /// <summary>The first day of the period.</summary>
    public DateOnly From => Period switch
    {
        RegisterPeriod.Day => Day,
        RegisterPeriod.Month => new DateOnly(Day.Year, Day.Month, 1),
        _ => new DateOnly(Day.Year, 1, 1),
    };

    /// <summary>The day after the period.</summary>
    public DateOnly Until => Period switch
    {
        RegisterPeriod.Day => Day.AddDays(1),
        RegisterPeriod.Month => From.AddMonths(1),
        _ => From.AddYears(1),
    };
}
