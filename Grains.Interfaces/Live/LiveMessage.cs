namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The one envelope of live status: a kind (<see cref="LiveKinds"/>), the SignalR groups it is
/// for (<see cref="LiveGroups"/>), and its payload. Grains publish envelopes; the publisher, the
/// gateways' observers, the hub and the browser's live.js pass them through untouched, so a new
/// kind of live message is a new payload, not an edit in every layer.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LiveMessage(
    [property: Id(0)] string Kind,
    [property: Id(1)] IReadOnlyList<string> Groups,
    [property: Id(2)] object Payload)
{
    /// <summary>
    /// Messages with the same key replace each other within a batch (a point's load: only the
    /// latest figures matter); null for messages that must all arrive (a matter's changes).
    /// </summary>
    [Id(3)]
    public string? ReplaceKey { get; init; }
}
