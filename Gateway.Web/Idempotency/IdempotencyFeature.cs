namespace Network.Gateway.Idempotency;

/// <summary>
/// Present on a request that runs under an Idempotency-Key this gateway now holds.
/// <see cref="ReservedSuffix"/> was minted and stored when the key was first claimed (a receipt
/// number's <c>{yyyyMMdd}-{tail}</c>), so an intake under the key always gets the same receipt
/// number, whichever gateway runs it and whenever, without another write.
/// <see cref="StoredReceiptNumber"/> is a whole receipt number an earlier build stored for the key.
/// </summary>
public sealed record IdempotencyFeature(string ClerkId, string Key, string ReservedSuffix, string? StoredReceiptNumber = null);
