using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints;

/// <summary>
/// Everything a complaint (投诉) knows, as stored in the case store (JSON; the complainant sealed).
/// Immutable: a change produces a new state, made the grain's own only once committed.
/// </summary>
public sealed record ComplaintState : IOversightState<ComplaintState>
{
    public required string Number { get; init; }

    /// <summary>The point the complaint is about.</summary>
    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    /// <summary>The point that handles it: the point it is about, or for a complaint about its director the supervising tier.</summary>
    public required string HandlingPointCode { get; init; }

    public required ComplaintChannel Channel { get; init; }

    public required ComplaintType Type { get; init; }

    public required ComplaintSubject Subject { get; init; }

    public required string Content { get; init; }

    /// <summary>The named complainant (sealed when stored); null: anonymous, no feedback.</summary>
    public Complainant? Complainant { get; init; }

    public required ComplaintStatus Status { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Who recorded it: a member of staff, or <see cref="ComplaintRules.PublicActorId"/> for the public page.</summary>
    public required string RegisteredBy { get; init; }

    /// <summary>The day it was registered (China time), from which its deadlines count.</summary>
    public required DateOnly RegisteredOn { get; init; }

    public required DateOnly AcknowledgeBy { get; init; }

    public required DateOnly ReplyBy { get; init; }

    public bool Extended { get; init; }

    public string? ExtensionReason { get; init; }

    public FlagLevel AcknowledgeFlag { get; init; }

    public FlagLevel ReplyFlag { get; init; }

    public ComplaintFinding? Finding { get; init; }

    public string? Findings { get; init; }

    public string? Reply { get; init; }

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    public bool IsClosed => Status == ComplaintStatus.Filed;

    public bool Anonymous => Complainant is null;

    /// <summary>The reply clock runs until the complainant has the answer; for an anonymous complaint (no feedback), until the decision.</summary>
    public bool ReplyClockRuns => Anonymous ? Status < ComplaintStatus.Decided : Status < ComplaintStatus.Replied;

    /// <summary>The deadline that runs now: acknowledgement while registered, else the reply; null once nothing is due.</summary>
    public DateOnly? DueDate => Status == ComplaintStatus.Registered ? AcknowledgeBy : ReplyClockRuns ? ReplyBy : null;

    /// <summary>The flag of the deadlines still running.</summary>
    public FlagLevel Flag => Status == ComplaintStatus.Registered
        ? (FlagLevel)Math.Max((int)AcknowledgeFlag, (int)ReplyFlag)
        : ReplyClockRuns ? ReplyFlag : FlagLevel.None;

    public ComplaintState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public ComplaintSummary ToSummary() =>
        new(Number, PointCode, HandlingPointCode, Type, Channel, Subject.Kind, Status, RegisteredAt, DueDate, Flag, IsClosed);

    /// <summary>The view; the complainant in clear only when <paramref name="showComplainant"/> (to those who handle it).</summary>
    public ComplaintView ToView(bool showComplainant) => new(
        Number,
        PointCode,
        PointName,
        HandlingPointCode,
        Channel,
        Type,
        Subject,
        Content,
        Status,
        Anonymous,
        Complainant is null ? null : showComplainant ? Complainant.Name : MaskName(Complainant.Name),
        Complainant?.Phone is null ? null : showComplainant ? Complainant.Phone : MaskPhone(Complainant.Phone),
        RegisteredAt,
        RegisteredBy,
        AcknowledgeBy,
        ReplyBy,
        Extended,
        ExtensionReason,
        AcknowledgeFlag,
        ReplyFlag,
        Finding,
        Findings,
        Reply,
        Version)
    {
        DueDate = DueDate,
        Flag = Flag,
        IsClosed = IsClosed,
    };

    public PublicComplaintReceipt ToPublicReceipt() => new(Number, PointName, Type, Anonymous, AcknowledgeBy, ReplyBy);

    public static string MaskName(string name) => name.Length <= 1 ? "*" : name[..1] + new string('*', name.Length - 1);

    public static string MaskPhone(string phone) =>
        phone.Length <= 4 ? new string('*', phone.Length) : new string('*', phone.Length - 4) + phone[^4..];
}
