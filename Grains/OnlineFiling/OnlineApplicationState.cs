using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling;

/// <summary>
/// Everything an online application (网上申报) knows, as stored in the case store (JSON; the
/// applicant, the postal address, its code and the matter's progress code sealed). Immutable: a
/// change produces a new state, made the grain's own only once committed.
/// </summary>
public sealed record OnlineApplicationState : IOversightState<OnlineApplicationState>
{
    public required string Number { get; init; }

    /// <summary>The point applied to (the item's point in its public catalog).</summary>
    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    public required string ItemId { get; init; }

    public required string ItemName { get; init; }

    /// <summary>The window that handles the item: its clerks pre-examine the application.</summary>
    public required string WindowId { get; init; }

    public required IReadOnlyList<string> RequiredMaterials { get; init; }

    /// <summary>Where it came from: <c>web</c> (the public page) or <c>open311:{client}</c>.</summary>
    public required string Channel { get; init; }

    public required OnlineApplicationStatus Status { get; init; }

    /// <summary>The applicant (sealed when stored).</summary>
    public required Citizen Applicant { get; init; }

    public required string Description { get; init; }

    public required DeliveryMethod DeliveryMethod { get; init; }

    /// <summary>The postal address for <see cref="DeliveryMethod.Post"/> (sealed when stored).</summary>
    public string? DeliveryAddress { get; init; }

    /// <summary>The applicant's code (查询码, sealed when stored).</summary>
    public required string Code { get; init; }

    public IReadOnlyList<ApplicationFile> Files { get; init; } = [];

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was last sent to the point (again after a notice).</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    public DateOnly? SubmittedOn { get; init; }

    /// <summary>The day the pre-examination is due: one working day after the (re)submission.</summary>
    public DateOnly? PreExamineBy { get; init; }

    /// <summary>Red once the pre-examination is late (电子监察).</summary>
    public FlagLevel Flag { get; init; }

    public IReadOnlyList<string> NoticeMissing { get; init; } = [];

    public string? NoticeNote { get; init; }

    public int NoticesIssued { get; init; }

    public string? RefusalReason { get; init; }

    public string? RefusalLegalBasis { get; init; }

    /// <summary>The matter it became once accepted.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>The matter's progress code (sealed when stored), shown to the applicant on the progress page.</summary>
    public string? MatterProgressCode { get; init; }

    public DateOnly? MatterDueDate { get; init; }

    public string? ExaminedBy { get; init; }

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    public bool IsClosed => Status is OnlineApplicationStatus.Accepted or OnlineApplicationStatus.Refused;

    /// <summary>Whether the applicant may add files now: while filling it in and after a notice.</summary>
    public bool TakesFiles => Status is OnlineApplicationStatus.Draft or OnlineApplicationStatus.NeedsMaterials;

    /// <summary>The required materials no file has been uploaded for.</summary>
    public IReadOnlyList<string> MaterialsWithoutFile =>
        RequiredMaterials.Where(m => !Files.Any(f => f.Material == m)).ToArray();

    public OnlineApplicationState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public OnlineApplicationSummary ToSummary() =>
        new(Number, PointCode, ItemId, ItemName, WindowId, Status, SubmittedAt, PreExamineBy, Flag, Files.Count, ReceiptNumber);

    /// <summary>The view; the applicant in clear only when <paramref name="showApplicant"/> (to those who pre-examine it).</summary>
    public OnlineApplicationView ToView(bool showApplicant) => new(
        Number,
        PointCode,
        PointName,
        ItemId,
        ItemName,
        WindowId,
        Channel,
        Status,
        showApplicant ? Applicant.Name : Applicants.MaskName(Applicant),
        showApplicant ? Applicant.ResidentId : Applicants.MaskNumber(Applicant.DocumentType, Applicant.ResidentId),
        Applicant.Phone is null ? null : showApplicant ? Applicant.Phone : Complaints.ComplaintState.MaskPhone(Applicant.Phone),
        Description,
        DeliveryMethod,
        showApplicant ? DeliveryAddress : null,
        RequiredMaterials,
        Files,
        StartedAt,
        SubmittedAt,
        PreExamineBy,
        Flag,
        NoticeMissing,
        NoticeNote,
        RefusalReason,
        RefusalLegalBasis,
        ReceiptNumber,
        MatterDueDate,
        ExaminedBy,
        Version)
    {
        IsClosed = IsClosed,
        ApplicantDocumentType = Applicant.DocumentType,
        AgentName = Applicant.Agent is { } agent ? showApplicant ? agent.Name : Applicants.MaskPersonName(agent.Name) : null,
    };

    public OnlineApplicationProgress ToProgress() => new(
        Number,
        PointName,
        ItemName,
        Status,
        RequiredMaterials,
        Files.Select(f => new ApplicationFileName(f.Material, f.FileName, f.Size)).ToArray(),
        PreExamineBy,
        NoticeMissing,
        NoticeNote,
        RefusalReason,
        RefusalLegalBasis,
        ReceiptNumber,
        MatterProgressCode,
        MatterDueDate,
        DeliveryMethod,
        CanAddFiles: TakesFiles,
        CanSubmit: TakesFiles);

    public OnlineApplicationReceipt ToReceipt() => new(Number, Code, PointName, ItemName, RequiredMaterials) { PreExamineBy = PreExamineBy };
}
