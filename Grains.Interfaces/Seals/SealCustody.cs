namespace Network.Grains.Interfaces.Seals;

/// <summary>A change of the seal's keeping: issued to, transferred to, or retired from a custodian, by whom, when and why.</summary>
[GenerateSerializer, Immutable]
public sealed record SealCustody(
    [property: Id(0)] string Event,
    [property: Id(1)] string? CustodianId,
    [property: Id(2)] string? CustodianName,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Reason);
