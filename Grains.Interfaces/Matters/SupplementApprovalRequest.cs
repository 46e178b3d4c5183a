namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// A clerk's request, waiting for the director, to tell the citizen of further missing materials
/// after the one-time notice (一次性告知). While it waits the clock keeps running.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SupplementApprovalRequest(
    [property: Id(0)] IReadOnlyList<string> Missing,
    [property: Id(1)] string Reason,
    [property: Id(2)] string ClerkId,
    [property: Id(3)] DateTimeOffset AskedAt);
