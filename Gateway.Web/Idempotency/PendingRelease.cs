namespace Network.Gateway.Idempotency;

/// <summary>An Idempotency-Key to release, and when its lease lapses by itself (no use trying after that).</summary>
public sealed record PendingRelease(string ClerkId, string Key, DateTimeOffset Until);
