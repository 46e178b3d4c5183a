using Network.Grains.Cases.Storage;

namespace Network.Grains.Ratings;

/// <summary>The one step of a command on a rating: its ledger row (without its patch yet) and the state after it.</summary>
public sealed record RatingChange(RatingState? Before, CaseStep Row, RatingState After)
{
    public int ExpectedVersion => Before?.Version ?? 0;

    public static RatingChange Of(RatingState? before, RatingState next, DateTimeOffset at, string actorId, string action, string? detail)
    {
        var sequence = (before?.LedgerSequence ?? 0) + 1;
        next = next with { LedgerSequence = sequence, Version = (before?.Version ?? 0) + 1 };
        var row = new CaseStep(sequence, at, actorId, next.PointCode, next.WindowId, action, before?.Status, next.Status, detail, Changes: string.Empty);
        return new RatingChange(before, row, next);
    }
}
