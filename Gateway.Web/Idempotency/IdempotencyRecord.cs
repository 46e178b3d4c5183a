namespace Network.Gateway.Idempotency;

/// <summary>A stored Idempotency-Key: what it was first used for, and the response once there is one.</summary>
public sealed record IdempotencyRecord(
    string Method,
    string Route,
    string RequestHash,
    int? StatusCode,
    string? ContentType,
    string? Location,
    byte[]? ResponseBody,
    DateTimeOffset LockedUntil);
