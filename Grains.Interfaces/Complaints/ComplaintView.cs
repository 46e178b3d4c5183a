using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// A complaint as one actor sees it. The complainant's name and phone appear in clear only to
/// those who handle the complaint (who must reply); to anyone else masked. <see cref="AllowedActions"/>
/// lists what the asking actor may do now.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string HandlingPointCode,
    [property: Id(4)] ComplaintChannel Channel,
    [property: Id(5)] ComplaintType Type,
    [property: Id(6)] ComplaintSubject Subject,
    [property: Id(7)] string Content,
    [property: Id(8)] ComplaintStatus Status,
    [property: Id(9)] bool Anonymous,
    [property: Id(10)] string? ComplainantName,
    [property: Id(11)] string? ComplainantPhone,
    [property: Id(12)] DateTimeOffset RegisteredAt,
    [property: Id(13)] string RegisteredBy,
    [property: Id(14)] DateOnly AcknowledgeBy,
    [property: Id(15)] DateOnly ReplyBy,
    [property: Id(16)] bool Extended,
    [property: Id(17)] string? ExtensionReason,
    [property: Id(18)] FlagLevel AcknowledgeFlag,
    [property: Id(19)] FlagLevel ReplyFlag,
    [property: Id(20)] ComplaintFinding? Finding,
    [property: Id(21)] string? Findings,
    [property: Id(22)] string? Reply,
    [property: Id(23)] int Version)
{
    /// <summary>The deadline that runs now: acknowledgement while registered, else the reply; null once nothing is due.</summary>
    [Id(24)]
    public DateOnly? DueDate { get; init; }

    /// <summary>The higher of the two flags still relevant.</summary>
    [Id(25)]
    public FlagLevel Flag { get; init; }

    /// <summary>What the asking actor may do now (besides reading).</summary>
    [Id(26)]
    public IReadOnlyList<ComplaintAction> AllowedActions { get; init; } = [];

    /// <summary>Whether the complaint is filed: nothing more happens to it.</summary>
    [Id(27)]
    public bool IsClosed { get; init; }
}
