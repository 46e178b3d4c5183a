using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Ratings;

/// <summary>Values of <see cref="RatingLevel"/>: which count as satisfied, which as bad, and parsing at the edge.</summary>
public static class RatingLevels
{
    /// <summary>The five levels, best first.</summary>
    public static IReadOnlyList<RatingLevel> All { get; } =
        [RatingLevel.VerySatisfied, RatingLevel.Satisfied, RatingLevel.BasicallySatisfied, RatingLevel.Dissatisfied, RatingLevel.VeryDissatisfied];

    /// <summary>Whether the level is one of the five (an integer cast to the enum may not be).</summary>
    public static bool IsDefined(RatingLevel level) => All.Contains(level);

    /// <summary>A bad rating (差评): 不满意 or 非常不满意. It opens a rectification.</summary>
    public static bool IsBad(RatingLevel level) => level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;

    /// <summary>Counts toward satisfaction (满意率): 非常满意, 满意 or 基本满意.</summary>
    public static bool IsSatisfied(RatingLevel level) => level is RatingLevel.VerySatisfied or RatingLevel.Satisfied or RatingLevel.BasicallySatisfied;

    /// <summary>The level named <paramref name="name"/> (its English name), or a refusal naming <c>level</c>.</summary>
    public static RatingLevel Parse(string? name)
    {
        foreach (var level in All)
        {
            if (string.Equals(level.ToString(), name, StringComparison.Ordinal))
            {
                return level;
            }
        }

        throw Outside(name);
    }

    /// <summary>The refusal of a level outside the five.</summary>
    public static DomainException Outside(object? value) =>
        DomainException.Invalid("level", "rating.level", $"'{value}' is not one of the five levels: {string.Join(", ", All)}.");

    /// <summary>The aspects named <paramref name="names"/> (Attitude, Efficiency, Result), or a refusal naming <c>aspects</c>.</summary>
    public static IReadOnlyList<RatingAspect> ParseAspects(IReadOnlyList<string>? names)
    {
        var aspects = new List<RatingAspect>();
        foreach (var name in names ?? [])
        {
            if (!Enum.GetValues<RatingAspect>().Any(a => a.ToString() == name))
            {
                throw DomainException.Invalid("aspects", "rating.aspect", $"'{name}' is not an aspect: Attitude (态度), Efficiency (效率) or Result (结果).");
            }

            aspects.Add(Enum.Parse<RatingAspect>(name));
        }

        return aspects;
    }
}
