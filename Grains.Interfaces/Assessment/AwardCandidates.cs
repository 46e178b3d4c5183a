namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// The candidates of a quarter (季度评选) at and below a point: the top windows (文明窗口) and the top
/// clerks (先进个人) by the quarter's service index, at most <see cref="Top"/> of each, with the units
/// passed over on the way and why.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AwardCandidates(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] int Year,
    [property: Id(3)] int Quarter,
    [property: Id(4)] int Top,
    [property: Id(5)] IReadOnlyList<AwardCandidate> ModelWindows,
    [property: Id(6)] IReadOnlyList<AwardCandidate> ModelClerks,
    [property: Id(7)] IReadOnlyList<AwardCandidate> PassedOver,
    [property: Id(8)] ServiceIndexWeights Weights);
