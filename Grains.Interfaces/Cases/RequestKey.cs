namespace Network.Grains.Interfaces.Cases;

/// <summary>
/// A client's <c>Idempotency-Key</c> on a request that opens a case (an intake), with what
/// identifies the request it was first used for. The case store records it in the same
/// transaction as the case's first commit, so the key is taken exactly when the case exists: a
/// retry under the key finds the case the first attempt opened, whichever gateway and silo it
/// reaches and however the first attempt ended, and never opens a second one.
/// </summary>
/// <param name="Scope">Whose key it is: the signed-in clerk's id (keys of different clerks never meet).</param>
/// <param name="Key">The key as the client sent it.</param>
/// <param name="Method">The HTTP method it was first used with.</param>
/// <param name="Route">The path and query it was first used with.</param>
/// <param name="RequestHash">SHA-256 of the request body, hex.</param>
[GenerateSerializer, Immutable]
public sealed record RequestKey(
    [property: Id(0)] string Scope,
    [property: Id(1)] string Key,
    [property: Id(2)] string Method,
    [property: Id(3)] string Route,
    [property: Id(4)] string RequestHash)
{
    /// <summary>Whether <paramref name="other"/> is the same request under the same key (a retry), not the key reused for another.</summary>
    public bool SameRequestAs(RequestKey other) =>
        Method == other.Method && Route == other.Route && RequestHash == other.RequestHash;
}
