using Network.Grains.Interfaces.Citizens;

namespace Network.Grains.Ratings;

/// <summary>
/// What a rating is about, as the matter knows it: the matter, the occasion, the point, window and
/// clerk that served, the item (its catalog id, so satisfaction is counted per item, and its name),
/// and (only to be kept for a named rating) the applicant. Built by the grains
/// from the matter's own state, never from what a device or page sends.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RatingOccasion(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string Occasion,
    [property: Id(2)] string PointCode,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string ClerkId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] DateTimeOffset ServedAt,
    [property: Id(7)] bool MatterClosed,
    [property: Id(8)] Citizen Applicant,
    [property: Id(9)] string ItemId = "")
{
    public string RatingId => $"{ReceiptNumber}/{Occasion}";

    public override string ToString() => $"RatingOccasion({RatingId} at {PointCode}/{WindowId})";
}
