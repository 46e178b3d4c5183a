namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// The ratings of one point on one day (China time): how many count, per level, and how many were
/// set aside on appeal (in the ledger, not in the statistics).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RatingTally(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] int VerySatisfied,
    [property: Id(3)] int Satisfied,
    [property: Id(4)] int BasicallySatisfied,
    [property: Id(5)] int Dissatisfied,
    [property: Id(6)] int VeryDissatisfied,
    [property: Id(7)] int SetAside)
{
    /// <summary>Ratings that count (set-aside ones do not).</summary>
    public int Total => VerySatisfied + Satisfied + BasicallySatisfied + Dissatisfied + VeryDissatisfied;

    /// <summary>Bad ratings (差评) that count.</summary>
    public int Bad => Dissatisfied + VeryDissatisfied;

    /// <summary>满意率: 非常满意, 满意 and 基本满意 over all that count; null when none count.</summary>
    public double? Satisfaction => Total == 0 ? null : (VerySatisfied + Satisfied + BasicallySatisfied) / (double)Total;
}
