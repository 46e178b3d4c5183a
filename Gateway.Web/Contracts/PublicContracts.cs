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
    public static PublicServiceItem From(ServiceItem i) =>
        new(i.Id, i.Name, i.Conditions, i.LegalBasis, i.Procedure, i.RequiredMaterials, i.TimeLimitWorkingDays, i.Result, i.Fee);
}

/// <summary>What a citizen sees of their matter: where it stands, by when, and how it ended.</summary>
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
    string? LegalBasis)
{
    public static PublicProgress From(MatterView m)
    {
        var outcome = m.Outcome ?? (m.Status == MatterStatus.ResultReady ? m.Decision : null);
        return new(
            m.ReceiptNumber,
            m.PointName,
            m.ItemName,
            m.Status,
            m.ReceivedAt,
            m.DueDate,
            m.Status == MatterStatus.AwaitingSupplement ? m.Notice?.Missing ?? [] : [],
            outcome?.Status,
            outcome?.ResultNote,
            outcome?.Reason,
            outcome?.LegalBasis);
    }
}
