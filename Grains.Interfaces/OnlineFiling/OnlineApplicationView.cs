using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// An online application as a member of staff sees it. The applicant's name, document number,
/// phone and postal address appear in clear only to those who pre-examine it (the clerks of the
/// item's window at the point); to anyone else masked. <see cref="AllowedActions"/> lists what
/// the asking actor may do now.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OnlineApplicationView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string ItemId,
    [property: Id(4)] string ItemName,
    [property: Id(5)] string WindowId,
    [property: Id(6)] string Channel,
    [property: Id(7)] OnlineApplicationStatus Status,
    [property: Id(8)] string ApplicantName,
    [property: Id(9)] string ApplicantId,
    [property: Id(10)] string? ApplicantPhone,
    [property: Id(11)] string Description,
    [property: Id(12)] DeliveryMethod DeliveryMethod,
    [property: Id(13)] string? DeliveryAddress,
    [property: Id(14)] IReadOnlyList<string> RequiredMaterials,
    [property: Id(15)] IReadOnlyList<ApplicationFile> Files,
    [property: Id(16)] DateTimeOffset StartedAt,
    [property: Id(17)] DateTimeOffset? SubmittedAt,
    [property: Id(18)] DateOnly? PreExamineBy,
    [property: Id(19)] FlagLevel Flag,
    [property: Id(20)] IReadOnlyList<string> NoticeMissing,
    [property: Id(21)] string? NoticeNote,
    [property: Id(22)] string? RefusalReason,
    [property: Id(23)] string? RefusalLegalBasis,
    [property: Id(24)] string? ReceiptNumber,
    [property: Id(25)] DateOnly? MatterDueDate,
    [property: Id(26)] string? ExaminedBy,
    [property: Id(27)] int Version)
{
    /// <summary>What the asking actor may do now (besides reading).</summary>
    [Id(28)]
    public IReadOnlyList<OnlineApplicationAction> AllowedActions { get; init; } = [];

    /// <summary>Whether the pre-examination is over (accepted or refused): nothing more happens to the application.</summary>
    [Id(29)]
    public bool IsClosed { get; init; }

    /// <summary>The applicant's document: a resident ID, an organisation's credit code (统一社会信用代码), a passport or a permit.</summary>
    [Id(30)]
    public Citizens.IdentityDocumentType ApplicantDocumentType { get; init; }

    /// <summary>The agent who applied on the applicant's behalf, if any (masked like the applicant).</summary>
    [Id(31)]
    public string? AgentName { get; init; }
}
