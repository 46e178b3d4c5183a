using Network.Grains.Interfaces.Accountability;
using Network.Grains.Oversight;

namespace Network.Grains.Accountability;

/// <summary>Everything an accountability record (责任追究) knows, as stored. Immutable.</summary>
public sealed record AccountabilityState : IOversightState<AccountabilityState>
{
    public required string Number { get; init; }

    /// <summary>The point of the clerk or window held to account.</summary>
    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    public string? ClerkId { get; init; }

    public string? ClerkName { get; init; }

    public string? WindowId { get; init; }

    public required string Reason { get; init; }

    public required AccountabilityMeasure Measure { get; init; }

    public required AccountabilityLink Link { get; init; }

    public required AccountabilityStatus Status { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }

    /// <summary>The point of the director or supervisor who recorded it (the point itself or one above).</summary>
    public required string RecordedAtPointCode { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    public required string IntakeFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    /// <summary>Closed once the clerk confirmed reading it; it stays readable for assessments for ever.</summary>
    public bool IsClosed => Status == AccountabilityStatus.Acknowledged;

    public AccountabilityState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public AccountabilityView ToView() => new(
        Number, PointCode, PointName, ClerkId, ClerkName, WindowId, Reason, Measure, Link, Status, RecordedAt, RecordedBy, RecordedAtPointCode, AcknowledgedAt, Version);
}
