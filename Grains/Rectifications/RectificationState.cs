using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;

namespace Network.Grains.Rectifications;

/// <summary>
/// A bad rating's rectification as stored (case kind <c>rectification</c>, id = the rating's id).
/// The applicant of a named rating (for the call-back) and the comment are sealed at rest
/// (<see cref="Ratings.RatingJson"/>). "Closed" is defined here and only here.
/// </summary>
public sealed record RectificationState
{
    public required string Id { get; init; }

    public required string ReceiptNumber { get; init; }

    /// <summary>The point that served and owns the rectification (谁办理、谁负责).</summary>
    public required string PointCode { get; init; }

    public required string WindowId { get; init; }

    public required string ClerkId { get; init; }

    public required string ItemName { get; init; }

    public required RatingLevel Level { get; init; }

    public required IReadOnlyList<RatingAspect> Aspects { get; init; }

    public string? Comment { get; init; }

    public required bool Named { get; init; }

    /// <summary>The applicant, kept only for a named rating (实名), for the call-back.</summary>
    public Citizen? Contact { get; init; }

    public required DateTimeOffset RatedAt { get; init; }

    public required RectificationStatus Status { get; init; }

    /// <summary>The last day to call back and verify (回访核实): one working day after the rating.</summary>
    public required DateOnly CallBackDue { get; init; }

    /// <summary>The deadline of a 限期整改.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The flag raised on the deadline in force (electronic supervision).</summary>
    public FlagLevel Flag { get; init; }

    public string? CalledBackBy { get; init; }

    public DateTimeOffset? CalledBackAt { get; init; }

    public string? Findings { get; init; }

    public int FailedCallBacks { get; init; }

    public RectificationMeasure? Measure { get; init; }

    public string? MeasureNote { get; init; }

    public string? FeedbackNote { get; init; }

    public string? AppealReason { get; init; }

    public string? AppealedBy { get; init; }

    public string? AppealDecision { get; init; }

    /// <summary>The supervising director who decided the appeal.</summary>
    public string? AppealDecidedBy { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public bool IsClosed => Status is RectificationStatus.Closed or RectificationStatus.SetAside;

    /// <summary>The deadline in force now: the call-back's while it is awaited, the rectification's while rectifying.</summary>
    public DateOnly? DeadlineInForce => Status switch
    {
        RectificationStatus.AwaitingCallBack => CallBackDue,
        RectificationStatus.Rectifying => DueDate,
        _ => null,
    };

    public RectificationSummary ToSummary(FlagLevel flag) =>
        new(Id, PointCode, WindowId, ItemName, Level, Status, RatedAt, CallBackDue, DueDate, flag, Named, IsClosed);
}
