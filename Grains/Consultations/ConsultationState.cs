using Network.Grains.Interfaces.Consultations;
using Network.Grains.Oversight;

namespace Network.Grains.Consultations;

/// <summary>
/// Everything a consultation (咨询) knows, as stored in the case store (JSON; who asked sealed).
/// Immutable: a change produces a new state, made the grain's own only once committed.
/// </summary>
public sealed record ConsultationState : IOversightState<ConsultationState>
{
    public required string Number { get; init; }

    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    /// <summary>The window the question was asked at, if the clerk named one.</summary>
    public string? WindowId { get; init; }

    public required ConsultationChannel Channel { get; init; }

    public required string Topic { get; init; }

    public string? Answer { get; init; }

    /// <summary>Who asked, when they left a name or number (sealed when stored).</summary>
    public Inquirer? Inquirer { get; init; }

    public required ConsultationStatus Status { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The clerk the citizen asked first (首问负责人).</summary>
    public required string FirstClerkId { get; init; }

    /// <summary>Who owns the question now: the first clerk until an explicit hand-over.</summary>
    public required string OwnerClerkId { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>The matter it was turned into (its receipt number), once it was.</summary>
    public string? MatterReceiptNumber { get; init; }

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    /// <summary>Answered or turned into a matter: nothing more is owed.</summary>
    public bool IsClosed => Status != ConsultationStatus.Open;

    public ConsultationState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public ConsultationSummary ToSummary() => new(Number, PointCode, Channel, Topic, Status, RecordedAt, OwnerClerkId, MatterReceiptNumber);

    /// <summary>The view; who asked in clear only when <paramref name="showInquirer"/>.</summary>
    public ConsultationView ToView(bool showInquirer) => new(
        Number,
        PointCode,
        PointName,
        WindowId,
        Channel,
        Topic,
        Answer,
        Status,
        Inquirer?.Name is { Length: > 0 } name ? showInquirer ? name : Interfaces.Citizens.Applicants.MaskPersonName(name) : null,
        Inquirer?.Phone is { Length: > 0 } phone ? showInquirer ? phone : Complaints.ComplaintState.MaskPhone(phone) : null,
        RecordedAt,
        FirstClerkId,
        OwnerClerkId,
        MatterReceiptNumber,
        Version)
    {
        AnsweredAt = AnsweredAt,
        IsClosed = IsClosed,
    };
}
