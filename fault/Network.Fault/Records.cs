namespace Network.Fault;

/// <summary>
/// One HTTP attempt: of which lane (-1: the reconciliation), when it started and ended (seconds
/// since the load began), what it got.
/// </summary>
public sealed record Attempt(
    int Lane,
    string Operation,
    string Clerk,
    string Key,
    string Gateway,
    double StartS,
    double EndS,
    int Status,
    string? Code,
    string? RetryAfter,
    string? Error)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public double Ms => (EndS - StartS) * 1000;
}

/// <summary>
/// One operation a client wanted done (intake, complete, hand-up), retried under one
/// Idempotency-Key until a definite answer or the bound; what the client was finally told.
/// </summary>
public sealed record Operation(
    string Kind,
    string Clerk,
    string Key,
    string? Receipt,
    string Outcome,
    int? Status,
    string? ToldStatus,
    int? ToldVersion,
    int Attempts,
    string? Code)
{
    public const string Acknowledged = "acknowledged";
    public const string Refused = "refused";
    public const string GaveUp = "gave-up";
}

/// <summary>A lane of the load: one clerk taking matters in at one window and following them up.</summary>
public sealed record Lane(string Clerk, string Point, string Window, string Item, string FollowUp, string? ProxyAgent);

/// <summary>One fault: when it was injected and how the service came back.</summary>
public sealed record FaultFigures(
    string Fault,
    double InjectedAtS,
    double? EndedAtS,
    double? FirstSuccessAfterS,
    double? LastFailureAfterS,
    int FailedAttempts,
    int SucceededAttempts,
    double? DeadDeclaredAfterS);

/// <summary>
/// One lane after the silo kill: when a request it started at or after the kill first succeeded
/// (seconds after the kill: its end), how many of its attempts failed, and its longest attempt.
/// </summary>
public sealed record LaneAfterKill(int Lane, string Clerk, double? NextSuccessAfterS, int FailedAttempts, double LongestAttemptS);

/// <summary>The longest request in flight at or after the kill (any lane): when it started (relative to the kill), how long it took, what it got.</summary>
public sealed record LongestRequest(int Lane, string Operation, string Gateway, double StartedAfterKillS, double Seconds, int Status, string? Code, string? Error);
