using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;

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

    public static PublicServiceItem From(ServiceItem i) =>
        new(i.Id, i.Name, i.Conditions, i.LegalBasis, i.Procedure, i.RequiredMaterials, i.TimeLimitWorkingDays, i.Result, i.Fee)
        {
            FeeFen = i.FeeFen,
            FeeUnit = i.FeeUnit,
            FeeBasis = i.FeeBasis,
            WindowId = i.WindowId,
        };
}

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
