namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// A unit's service index (服务指数) and its parts, in points, rounded to two decimals:
/// <c>Index = max(0, Efficiency + Quality + Performance − Deductions)</c>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ServiceIndexScore(
    [property: Id(0)] decimal Efficiency,
    [property: Id(1)] decimal Quality,
    [property: Id(2)] decimal Performance,
    [property: Id(3)] decimal Deductions,
    [property: Id(4)] decimal Index)
{
    /// <summary>On-time rate (按时办结率) of the matters completed, 0–1.</summary>
    [Id(5)] public decimal? OnTimeRate { get; init; }

    /// <summary>Average working days used per completed matter.</summary>
    [Id(6)] public decimal? AverageWorkingDays { get; init; }

    /// <summary>Satisfaction (满意率) of the ratings that count, 0–1; null when unrated.</summary>
    [Id(7)] public decimal? Satisfaction { get; init; }
}
