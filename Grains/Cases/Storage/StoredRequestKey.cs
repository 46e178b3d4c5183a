using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// A request key as recorded: the request it was first used for and the case it opened.
/// </summary>
/// <param name="Request">The key with the method, route and body hash it was first used with.</param>
/// <param name="CaseId">The case it opened (a matter's receipt number), or null when none is known.</param>
/// <param name="ReservedSuffix">
/// For a key claimed by an earlier build of the gateway: the receipt number's <c>{yyyyMMdd}-{tail}</c>
/// it reserved for its intake, under which a retry takes in (or finds the matter).
/// </param>
public sealed record StoredRequestKey(RequestKey Request, string? CaseId, string? ReservedSuffix);
