namespace Network.Grains.Oversight;

/// <summary>
/// Which cases of an oversight kind to list, by the case store's index columns: the point it is
/// about, the point holding it, the person concerned, the window; open ones only or all; opened
/// within a period. Null filters match everything. Newest first.
/// </summary>
public sealed record OversightFilter(
    string? PointCode = null,
    string? CurrentPointCode = null,
    string? HandlerId = null,
    string? WindowId = null,
    bool OpenOnly = false,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100);
