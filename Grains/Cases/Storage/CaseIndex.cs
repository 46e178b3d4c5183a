namespace Network.Grains.Cases.Storage;

/// <summary>
/// The columns of <c>case_record</c> that the read side queries (lists, counts, deadline sweeps),
/// kept beside the state JSON so no query has to look inside it. Whether a case is "open" is
/// decided by its kind and stored once, in <see cref="IsOpen"/>.
/// </summary>
/// <param name="PointCode">The point that took the case in.</param>
/// <param name="CurrentPointCode">The point that holds the case now (differs after a hand-up).</param>
/// <param name="WindowId">The window that took the case in, if any.</param>
/// <param name="HandlerId">The clerk (or agent) handling the case now, if any.</param>
/// <param name="Status">The kind's status name.</param>
/// <param name="IsOpen">Whether the kind considers the case still open.</param>
/// <param name="OpenedAt">When the case was taken in.</param>
/// <param name="NextCheckOn">The day the case may next need a deadline check; null if none.</param>
/// <param name="DueProvisional">Whether the case's deadline is provisional (recomputed when the year's schedule arrives).</param>
public sealed record CaseIndex(
    string PointCode,
    string CurrentPointCode,
    string? WindowId,
    string? HandlerId,
    string Status,
    bool IsOpen,
    DateTimeOffset OpenedAt,
    DateOnly? NextCheckOn,
    bool DueProvisional);
