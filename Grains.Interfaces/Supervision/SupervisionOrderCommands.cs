using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Supervision;

/// <summary>
/// A township's or the city's director or supervisor issues an order (督办) about a case at a point
/// below it: what to do, and within how many working days the point must reply.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IssueSupervisionOrderCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] SupervisionTarget Target,
    [property: Id(2)] string Instructions,
    [property: Id(3)] int WorkingDays);

/// <summary>The point's reply: what it did (回复).</summary>
[GenerateSerializer, Immutable]
public sealed record ReplySupervisionOrderCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reply);

/// <summary>The issuer accepts the reply (办结).</summary>
[GenerateSerializer, Immutable]
public sealed record AcceptSupervisionOrderCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string? Note);

/// <summary>The issuer sends the reply back (退回) with a reason and the working days of the new deadline.</summary>
[GenerateSerializer, Immutable]
public sealed record SendBackSupervisionOrderCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason,
    [property: Id(2)] int WorkingDays);
