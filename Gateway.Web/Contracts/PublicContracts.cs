using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Contracts;

/// <summary>A catalog item with the eight fields every center discloses (八公开).</summary>
public sealed record PublicServiceItem(
    string Id,
    string Name,
    string Conditions,
    string LegalBasis,
    string Procedure,
    IReadOnlyList<string> RequiredMaterials,
    int TimeLimitWorkingDays,
    string Result,
    string Fee)
{
    /// <summary>The fee in integer fen per <see cref="FeeUnit"/> (per matter when null); 0 = 不收费.</summary>
    public long FeeFen { get; init; }

    public string? FeeUnit { get; init; }

    /// <summary>The fee's legal basis (收费依据).</summary>
    public string? FeeBasis { get; init; }

    /// <summary>The window that handles the item (where it is booked and queued for).</summary>
    public string WindowId { get; init; } = string.Empty;

    /// <summary>The item's code (事项编码), null in a city without a master catalog.</summary>
    public string? Code { get; init; }

    /// <summary>The version in force on the day asked for, and the day it came into force.</summary>
    public int Version { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The tier that decides it and how it is handled (即办件, 承诺件, 联办件).</summary>
    public Tier DecidingTier { get; init; }

    public MatterKind Kind { get; init; }

    /// <summary>The point's hours and enquiry phone for the item.</summary>
    public string? Hours { get; init; }

    public string? Contact { get; init; }

    public static PublicServiceItem From(ServiceItem i) =>
        new(i.Id, i.Name, i.Conditions, i.LegalBasis, i.Procedure, i.RequiredMaterials, i.TimeLimitWorkingDays, i.Result, i.Fee)
        {
            FeeFen = i.FeeFen,
            FeeUnit = i.FeeUnit,
            FeeBasis = i.FeeBasis,
            WindowId = i.WindowId,
            Code = i.Code,
            Version = i.Version,
            EffectiveFrom = i.EffectiveFrom,
            DecidingTier = i.DecidingTier,
            Kind = i.Kind,
            Hours = i.Hours,
            Contact = i.Contact,
        };
}

/// <summary>A point's handbook (办事指南手册) for the public: its items in force on the day, each with its window's name and its flow chart; no staff.</summary>
public sealed record PublicHandbook(string PointCode, string PointName, Tier Tier, DateOnly Day, string? SupervisionPhone, IReadOnlyList<PublicHandbookEntry> Entries)
{
    public static PublicHandbook From(CatalogHandbook h) =>
        new(h.PointCode, h.PointName, h.Tier, h.Day, h.SupervisionPhone, h.Entries.Select(e => new PublicHandbookEntry(PublicServiceItem.From(e.Item), e.WindowName, e.Flow)).ToArray());
}

/// <summary>One item of a public handbook.</summary>
public sealed record PublicHandbookEntry(PublicServiceItem Item, string WindowName, IReadOnlyList<FlowStep> Flow);

/// <summary>What a citizen sees of their matter: where it stands, by when (and whether the limit was extended, 延期), and how it ended (the grain's <see cref="CitizenProgress"/>).</summary>
public sealed record PublicProgress(
    string ReceiptNumber,
    string PointName,
    string ItemName,
    MatterStatus Status,
    DateTimeOffset ReceivedAt,
    DateOnly? DueDate,
    IReadOnlyList<string> MissingMaterials,
    MatterStatus? OutcomeStatus,
    string? ResultNote,
    string? Reason,
    string? LegalBasis,
    int? ExtendedWorkingDays = null,
    string? ExtensionReason = null)
{
    public static PublicProgress From(CitizenProgress p) =>
        new(p.ReceiptNumber, p.PointName, p.ItemName, p.Status, p.ReceivedAt, p.DueDate, p.MissingMaterials, p.OutcomeStatus, p.ResultNote, p.Reason, p.LegalBasis, p.ExtendedWorkingDays, p.ExtensionReason);
}

/// <summary>
/// The public progress lookup's proof, in the body (never in the URL, so no access log or history
/// keeps it): the progress code (查询码) printed on the receipt slip, or the applicant's full
/// resident ID number. Exactly one.
/// </summary>
public sealed record ProgressLookupRequest(string? Code = null, string? ResidentId = null);
