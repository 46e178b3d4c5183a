namespace Network.Gateway.Idempotency;

/// <summary>Present on a request that runs under an Idempotency-Key this gateway now holds.</summary>
public sealed record IdempotencyFeature(string ClerkId, string Key);
