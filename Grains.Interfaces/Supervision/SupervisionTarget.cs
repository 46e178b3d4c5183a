namespace Network.Grains.Interfaces.Supervision;

/// <summary>The case a supervision order is about.</summary>
[GenerateSerializer, Immutable]
public sealed record SupervisionTarget(
    [property: Id(0)] SupervisionTargetKind Kind,
    [property: Id(1)] string CaseId);
