namespace Network.Bench.Reports;

/// <summary>A matter's <c>case_record</c> row as the case store writes it after its last commit.</summary>
public sealed record CaseRow(
    string CaseId,
    string PointCode,
    string CurrentPointCode,
    string? WindowId,
    string? HandlerId,
    string Status,
    bool IsOpen,
    int Version,
    string State,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A <c>case_ledger</c> row with its hash in the case's chain (<c>Network.Database.LedgerChain</c>).</summary>
public sealed record LedgerRow(
    string CaseId,
    int Sequence,
    DateTimeOffset OccurredAt,
    string ActorId,
    string PointCode,
    string? WindowId,
    string Action,
    string? StatusBefore,
    string StatusAfter,
    string? Detail,
    string Changes,
    byte[] Hash);
