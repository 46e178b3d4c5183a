using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// A matter as one actor sees it: the resident ID number is masked, and <see cref="AllowedActions"/>
/// lists what that actor may do now.
/// <para>
/// Its lists are arrays, not <c>IReadOnlyList&lt;T&gt;</c>: Orleans writes an interface-typed field
/// with the runtime type's header and reads it back through that type's codec (the gateway's
/// reading of this answer was 2.2–3.3 % of its CPU, docs/speed-gateway.md); an array field is
/// written and read directly. The JSON is the same (MatterViewJsonTests).
/// </para>
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatterView(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string ItemId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] MatterKind Kind,
    [property: Id(7)] MatterStatus Status,
    [property: Id(8)] string CitizenName,
    [property: Id(9)] string MaskedResidentId,
    [property: Id(10)] DateTimeOffset ReceivedAt,
    [property: Id(11)] string FirstClerkId,
    [property: Id(12)] string OwnerClerkId,
    [property: Id(13)] string[] MaterialsHandedIn,
    [property: Id(14)] MissingMaterialsNotice? Notice,
    [property: Id(15)] CommitmentSlip? Slip,
    [property: Id(16)] MatterOutcome? Outcome,
    [property: Id(17)] int Version)
{
    /// <summary>The point holding the matter now: the point of intake, or a higher tier it was handed to.</summary>
    [Id(18)]
    public string CurrentPointCode { get; init; } = PointCode;

    /// <summary>The clerk on duty who handles it (A or B of the window, AB岗).</summary>
    [Id(19)]
    public string HandlerClerkId { get; init; } = FirstClerkId;

    /// <summary>The proxy agent (代办员) carrying it, if it was handed up.</summary>
    [Id(20)]
    public string? ProxyAgentId { get; init; }

    /// <summary>Every point the matter or its result passed through, in order.</summary>
    [Id(21)]
    public ProxyHop[] Hops { get; init; } = [];

    /// <summary>The parts of a joint matter, one per window.</summary>
    [Id(22)]
    public JointPart[] Parts { get; init; } = [];

    /// <summary>The current deadline (moves when the clock was paused for a supplement).</summary>
    [Id(23)]
    public DateOnly? DueDate { get; init; }

    /// <summary>True when the deadline reaches into a year whose holidays are not yet published.</summary>
    [Id(24)]
    public bool DueDateProvisional { get; init; }

    /// <summary>The deadline flag raised so far.</summary>
    [Id(25)]
    public FlagLevel Flag { get; init; }

    /// <summary>The decision of a higher tier, on its way down or waiting for the citizen.</summary>
    [Id(26)]
    public MatterOutcome? Decision { get; init; }

    /// <summary>Working days the clock stood still while waiting for the citizen's supplement.</summary>
    [Id(27)]
    public int PausedWorkingDays { get; init; }

    /// <summary>The tier that may decide the matter: above the point of intake, it must be handed up.</summary>
    [Id(28)]
    public Tier DecidingTier { get; init; }

    /// <summary>What the actor who asked may do now (besides reading); screens draw their forms from this alone.</summary>
    [Id(29)]
    public AllowedAction[] AllowedActions { get; init; } = [];

    /// <summary>Whether the matter is finished (办结 or 退回): nothing more happens to it.</summary>
    [Id(30)]
    public bool IsClosed { get; init; }

    /// <summary>
    /// The progress code (查询码) printed on the slip for the citizen's public lookup; null for a
    /// matter taken in before codes existed. Only those who may read the matter see it.
    /// </summary>
    [Id(31)]
    public string? ProgressCode { get; init; }

    /// <summary>Notices of missing materials issued so far: the one-time notice (一次性告知), then any the director approved.</summary>
    [Id(32)]
    public int NoticesIssued { get; init; }

    /// <summary>Every interval the clock stood still for a supplement, for supervision (电子监察); <see cref="PausedWorkingDays"/> is their total.</summary>
    [Id(33)]
    public ClockPause[] Pauses { get; init; } = [];

    /// <summary>A clerk's request for a further notice waiting for the director; the clock keeps running meanwhile.</summary>
    [Id(34)]
    public SupplementApprovalRequest? PendingSupplement { get; init; }

    /// <summary>The one extension (延期) of the limit, if granted; <see cref="DueDate"/> already includes it.</summary>
    [Id(35)]
    public DeadlineExtension? Extension { get; init; }

    /// <summary>The applicant's identity document (证件类型): a person's, or an organisation's credit code.</summary>
    [Id(36)]
    public IdentityDocumentType ApplicantDocument { get; init; }

    /// <summary>The agent who applied on the applicant's behalf, masked (surname only), with the power of attorney's reference; null when the applicant came themself.</summary>
    [Id(37)]
    public string? MaskedAgentName { get; init; }

    /// <summary>The power of attorney's reference (委托书), when an agent applied.</summary>
    [Id(38)]
    public string? AuthorisationReference { get; init; }

    /// <summary>The consultation (咨询) this matter was turned from, if any.</summary>
    [Id(39)]
    public string? FromConsultation { get; init; }
    /// <summary>The item's code (事项编码) when taken in; null in a city without a master catalog.</summary>
    [Id(40)]
    public string? ItemCode { get; init; }

    /// <summary>The version of the item the matter was taken in under: its time limit and materials are that version's.</summary>
    [Id(41)]
    public int ItemVersion { get; init; }
}
