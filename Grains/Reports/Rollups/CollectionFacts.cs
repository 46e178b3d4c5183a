using Network.Grains.Fees;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a window's collection day (收费、代收) counts, pure, from its state alone: each
/// receipt on the China day it was taken, at the day's point and window, under its item and the
/// clerk who took it, bucket = its kind (<c>Fee</c> or <c>Bill</c>): one
/// <see cref="RollupFigures.FeeReceipts"/> and its amount as <see cref="RollupFigures.FeesCollected"/>
/// (fen); a refunded receipt also its amount as <see cref="RollupFigures.FeesRefunded"/> on the day
/// refunded. Net = collected − refunded.
/// </summary>
public static class CollectionFacts
{
    public static IEnumerable<RollupFact> Of(CollectionDayState state)
    {
        foreach (var line in state.Lines)
        {
            var kind = line.Kind.ToString();
            var day = ChinaTime.DateOf(line.At);
            yield return new RollupFact(day, state.PointCode, state.WindowId, line.ItemId, line.ClerkId, RollupFigures.FeeReceipts, kind, 1);
            yield return new RollupFact(day, state.PointCode, state.WindowId, line.ItemId, line.ClerkId, RollupFigures.FeesCollected, kind, line.AmountFen);
            if (line.Refund is { } refund)
            {
                yield return new RollupFact(ChinaTime.DateOf(refund.At), state.PointCode, state.WindowId, line.ItemId, line.ClerkId, RollupFigures.FeesRefunded, kind, line.AmountFen);
            }
        }
    }
}
