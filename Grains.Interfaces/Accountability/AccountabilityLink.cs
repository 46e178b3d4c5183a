namespace Network.Grains.Interfaces.Accountability;

/// <summary>The case an accountability record follows from.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountabilityLink(
    [property: Id(0)] AccountabilityLinkKind Kind,
    [property: Id(1)] string CaseId);
