namespace Network.Fault;

/// <summary>One HTTP attempt: when it started and ended (seconds since the load began), what it got.</summary>
public sealed record Attempt(
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
