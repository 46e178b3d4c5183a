namespace Network.Gateway.Security;

/// <summary>
/// What <see cref="AuditChain.VerifyAsync"/> found: whether every row of <c>audit_event</c> is in
/// one unbroken chain, how many rows it checked, the head of the chain (its last place and hash,
/// to be noted elsewhere: a chain cannot show that rows were cut from its end), and where it broke.
/// </summary>
public sealed record AuditChainReport(bool Intact, long Rows, long? LastSequence, string? LastHash, long? BrokenAtId, string? Reason);
