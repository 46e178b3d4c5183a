using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Interfaces.Rectifications;

/// <summary>
/// A bad rating's rectification as one actor of the network sees it, with the actions that actor
/// may take now. The citizen's name and phone appear only for a named rating (实名), for the call-back.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RectificationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ReceiptNumber,
    [property: Id(2)] string PointCode,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string ClerkId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] RatingLevel Level,
    [property: Id(7)] IReadOnlyList<RatingAspect> Aspects,
    [property: Id(8)] string? Comment,
    [property: Id(9)] bool Named,
    [property: Id(10)] DateTimeOffset RatedAt,
    [property: Id(11)] RectificationStatus Status,
    [property: Id(12)] DateOnly CallBackDue,
    [property: Id(13)] DateOnly? DueDate,
    [property: Id(14)] FlagLevel Flag,
    [property: Id(15)] int Version)
{
    [Id(16)]
    public string? CitizenName { get; init; }

    [Id(17)]
    public string? CitizenPhone { get; init; }

    /// <summary>Who called back or verified (回访核实人), when, and what they found.</summary>
    [Id(18)]
    public string? CalledBackBy { get; init; }

    [Id(19)]
    public DateTimeOffset? CalledBackAt { get; init; }

    [Id(20)]
    public string? Findings { get; init; }

    [Id(21)]
    public RectificationMeasure? Measure { get; init; }

    [Id(22)]
    public string? MeasureNote { get; init; }

    [Id(23)]
    public string? FeedbackNote { get; init; }

    [Id(24)]
    public string? AppealReason { get; init; }

    [Id(25)]
    public string? AppealDecision { get; init; }

    [Id(26)]
    public IReadOnlyList<RectificationAction> AllowedActions { get; init; } = [];

    [Id(27)]
    public bool IsClosed { get; init; }

    /// <summary>Call-back attempts that did not reach the citizen.</summary>
    [Id(28)]
    public int FailedCallBacks { get; init; }
}
