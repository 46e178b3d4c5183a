namespace Network.Gateway.Idempotency;

/// <summary>
/// Endpoint metadata: this endpoint opens a case and hands the request's <c>Idempotency-Key</c>
/// to the grain (<see cref="IdempotencyFeature"/>), which records it in the same PostgreSQL
/// transaction as the case and answers a retry with the case the key already opened. The
/// middleware then neither claims the key before nor stores the response after: an intake costs
/// one transaction, not three.
/// </summary>
public sealed class KeyRecordedWithCase
{
    public static KeyRecordedWithCase Instance { get; } = new();

    private KeyRecordedWithCase()
    {
    }
}
