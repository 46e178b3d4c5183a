namespace Network.Grains.Interfaces.Errors;

/// <summary>What kind of refusal a <see cref="DomainException"/> is; the gateway maps it to an HTTP status.</summary>
public enum DomainErrorKind
{
    /// <summary>The input itself is malformed or breaks a rule of the trade (HTTP 400/422).</summary>
    Invalid = 0,

    /// <summary>The thing named does not exist (HTTP 404).</summary>
    NotFound = 1,

    /// <summary>The request is well formed but the current state does not allow it (HTTP 409).</summary>
    Conflict = 2,

    /// <summary>The actor may not do this here (HTTP 403).</summary>
    Forbidden = 3,

    /// <summary>An Idempotency-Key sent again with a different request than it was first used for (HTTP 422).</summary>
    KeyReused = 4,
}
