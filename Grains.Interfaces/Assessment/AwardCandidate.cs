namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// A candidate for 文明窗口 (a window) or 先进个人 (a clerk) over a quarter, with the figures and the
/// index behind the nomination; or a unit passed over, with the reason (一票否决).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AwardCandidate(
    [property: Id(0)] int Rank,
    [property: Id(1)] AssessmentEntry Entry)
{
    /// <summary>Why a unit that ranked high enough is not a candidate (e.g. <c>veto.accountability</c>); null for a candidate.</summary>
    [Id(2)] public string? PassedOverBecause { get; init; }
}
