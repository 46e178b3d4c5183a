using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;

namespace Network.Grains.Matters;

/// <summary>
/// Everything a matter knows, as stored in the <c>matter</c> table (JSON) and copied into the
/// ledger rows before and after each change. Immutable: a change produces a new state, which
/// replaces the old one in memory only after it is committed.
/// </summary>
public sealed record MatterState
{
    public required string ReceiptNumber { get; init; }

    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    public required string WindowId { get; init; }

    public required string ItemId { get; init; }

    public required string ItemName { get; init; }

    /// <summary>The item's code (事项编码) when taken in, null in a city without a master catalog.</summary>
    public string? ItemCode { get; init; }

    /// <summary>The version of the item at the point the matter was taken in under (0: before catalogs kept versions); a later version changes nothing here.</summary>
    public int ItemVersion { get; init; }

    public required MatterKind Kind { get; init; }

    public required Tier DecidingTier { get; init; }

    public required int TimeLimitWorkingDays { get; init; }

    public int PartTimeLimitWorkingDays { get; init; }

    public IReadOnlyList<string> JointWindows { get; init; } = [];

    public required MatterStatus Status { get; init; }

    public required Citizen Citizen { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The first clerk the citizen met (首问负责人).</summary>
    public required string FirstClerkId { get; init; }

    /// <summary>The clerk who answers for the matter now; changes only by explicit hand-over.</summary>
    public required string OwnerClerkId { get; init; }

    /// <summary>The window's clerk on duty who handles it (AB岗).</summary>
    public required string HandlerClerkId { get; init; }

    /// <summary>The point holding the matter now.</summary>
    public required string CurrentPointCode { get; init; }

    public required IReadOnlyList<string> RequiredMaterials { get; init; }

    public required IReadOnlyList<string> MaterialsHandedIn { get; init; }

    public MissingMaterialsNotice? Notice { get; init; }

    public CommitmentSlip? Slip { get; init; }

    public MatterOutcome? Outcome { get; init; }

    public MatterOutcome? Decision { get; init; }

    public string? ProxyAgentId { get; init; }

    public IReadOnlyList<ProxyHop> Hops { get; init; } = [];

    public IReadOnlyList<JointPart> Parts { get; init; } = [];

    /// <summary>The day the deadline's clock started (acceptance with all materials); null before.</summary>
    public DateOnly? ClockStartedOn { get; init; }

    /// <summary>Set while the clock is paused for a supplement requested during handling.</summary>
    public DateOnly? PausedSince { get; init; }

    /// <summary>Working days the clock stood still, all pauses together (the deadline moves by them).</summary>
    public int PausedWorkingDays { get; init; }

    /// <summary>Each interval the clock stood still, for supervision; the last is open while <see cref="PausedSince"/> is set.</summary>
    public IReadOnlyList<ClockPause> Pauses { get; init; } = [];

    /// <summary>
    /// Notices of missing materials issued: the one-time notice (一次性告知, at intake or during
    /// handling) and any further one the director approved. A matter stored before the count was
    /// kept has 0 and its <see cref="Notice"/>; <c>OneTimeNoticeRule</c> reads both.
    /// </summary>
    public int NoticesIssued { get; init; }

    /// <summary>A clerk's request for a further notice, waiting for the director.</summary>
    public SupplementApprovalRequest? PendingSupplement { get; init; }

    /// <summary>The one extension of the limit (延期), if granted.</summary>
    public DeadlineExtension? Extension { get; init; }

    public DateOnly? DueDate { get; init; }

    public bool DueDateProvisional { get; init; }

    public FlagLevel Flag { get; init; }

    /// <summary>
    /// The progress code (查询码) of the citizen's public lookup, drawn at intake; null for a matter
    /// taken in before codes existed (found with the full resident ID number only).
    /// </summary>
    public string? ProgressCode { get; init; }

    /// <summary>The consultation (咨询) this matter was turned from, if any.</summary>
    public string? FromConsultation { get; init; }

    /// <summary>Fingerprint of the intake request, so a retried intake is recognised.</summary>
    public required string IntakeFingerprint { get; init; }

    /// <summary>Fingerprint of the last command applied, so a retried command is recognised.</summary>
    public string? LastCommandFingerprint { get; init; }

    /// <summary>Number of committed changes; the matter row's optimistic-concurrency version.</summary>
    public int Version { get; init; }

    /// <summary>Number of ledger rows written so far.</summary>
    public int LedgerSequence { get; init; }

    public bool IsClosed => Status is MatterStatus.Completed or MatterStatus.Returned;

    public IReadOnlyList<string> MissingMaterials =>
        RequiredMaterials.Where(m => !MaterialsHandedIn.Contains(m, StringComparer.Ordinal)).ToArray();

    public MatterSummary ToSummary() => new(
        ReceiptNumber,
        PointCode,
        WindowId,
        ItemName,
        Kind,
        Status,
        Citizen.Name,
        Applicants.MaskNumber(Citizen.DocumentType, Citizen.ResidentId),
        ReceivedAt,
        HandlerClerkId,
        OwnerClerkId,
        CurrentPointCode,
        DueDate,
        Flag);

    public MatterView ToView() => new(
        ReceiptNumber,
        PointCode,
        PointName,
        WindowId,
        ItemId,
        ItemName,
        Kind,
        Status,
        Citizen.Name,
        Applicants.MaskNumber(Citizen.DocumentType, Citizen.ResidentId),
        ReceivedAt,
        FirstClerkId,
        OwnerClerkId,
        ArrayOf(MaterialsHandedIn),
        Notice,
        Slip,
        Outcome,
        Version)
    {
        CurrentPointCode = CurrentPointCode,
        HandlerClerkId = HandlerClerkId,
        ProxyAgentId = ProxyAgentId,
        Hops = ArrayOf(Hops),
        Parts = ArrayOf(Parts),
        DueDate = DueDate,
        DueDateProvisional = DueDateProvisional,
        Flag = Flag,
        Decision = Decision,
        PausedWorkingDays = PausedWorkingDays,
        DecidingTier = DecidingTier,
        ItemCode = ItemCode,
        ItemVersion = ItemVersion,
        IsClosed = IsClosed,
        ProgressCode = ProgressCode,
        NoticesIssued = NoticesIssued,
        Pauses = ArrayOf(Pauses),
        PendingSupplement = PendingSupplement,
        Extension = Extension,
        ApplicantDocument = Citizen.DocumentType,
        MaskedAgentName = Citizen.Agent is { } agent ? Applicants.MaskPersonName(agent.Name) : null,
        AuthorisationReference = Citizen.Agent?.AuthorisationReference,
        FromConsultation = FromConsultation,
    };

    /// <summary>A list of the state as the view's array: itself when it is one (no copy), else its copy.</summary>
    public static T[] ArrayOf<T>(IReadOnlyList<T> list) => list as T[] ?? (list.Count == 0 ? [] : [.. list]);

    /// <summary>What the citizen sees through the public lookup: missing materials only while they are asked for, the outcome once there is one.</summary>
    public CitizenProgress ToCitizenProgress()
    {
        var outcome = Outcome ?? (Status == MatterStatus.ResultReady ? Decision : null);
        return new CitizenProgress(
            ReceiptNumber,
            PointName,
            ItemName,
            Status,
            ReceivedAt,
            DueDate,
            Status == MatterStatus.AwaitingSupplement ? Notice?.Missing ?? [] : [],
            outcome?.Status,
            outcome?.ResultNote,
            outcome?.Reason,
            outcome?.LegalBasis)
        {
            ExtendedWorkingDays = Extension?.WorkingDays,
            ExtensionReason = Extension?.Reason,
        };
    }
}
