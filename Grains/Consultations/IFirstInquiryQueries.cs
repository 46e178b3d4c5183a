namespace Network.Grains.Consultations;

/// <summary>
/// The first-inquiry tally's read side over <c>case_record</c>: per clerk of a point, consultations
/// owned (the index's handler), those turned into matters, and matters taken in first (the matter's
/// first clerk) that were not turned from a consultation, for cases opened in [from, to).
/// </summary>
public interface IFirstInquiryQueries
{
    Task<IReadOnlyList<(string ClerkId, int Consultations, int TurnedIntoMatters, int MattersTakenInFirst)>> TallyAsync(
        string pointCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
