using Network.Grains.Interfaces.Cases;

namespace Network.Gateway.Idempotency;

/// <summary>
/// Present on a request under an <c>Idempotency-Key</c> to an endpoint that opens a case
/// (<see cref="KeyRecordedWithCase"/>): the key and what identifies the request, for the grain to
/// record with the case's first commit. The middleware claims nothing and stores nothing for it.
/// </summary>
public sealed record IdempotencyFeature(RequestKey Key);
