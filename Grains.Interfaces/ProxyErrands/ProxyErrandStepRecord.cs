namespace Network.Grains.Interfaces.ProxyErrands;

/// <summary>One step of an errand as recorded: when, by whom, with what note.</summary>
[GenerateSerializer, Immutable]
public sealed record ProxyErrandStepRecord(
    [property: Id(0)] ProxyErrandStep Step,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string? Note);
