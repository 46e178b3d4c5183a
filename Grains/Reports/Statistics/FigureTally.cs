using System.Globalization;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Reports.Statistics;

/// <summary>
/// Rollup sums (figure, bucket, count) as a period's figures, pure: counts added up, rates and
/// averages divided out, the 90th percentile of a distribution by nearest rank (the smallest value
/// with at least 90 % of the counted values at or below it).
/// </summary>
public static class FigureTally
{
    public static StatisticsFigures From(IEnumerable<RollupSum> sums)
    {
        var count = new Dictionary<string, long>(StringComparer.Ordinal);
        var days = new SortedDictionary<int, long>();
        var waits = new SortedDictionary<int, long>();
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        long satisfied = 0, bad = 0, upheld = 0, noShows = 0, checkedIn = 0;
        foreach (var s in sums)
        {
            count[s.Figure] = count.GetValueOrDefault(s.Figure) + s.Count;
            switch (s.Figure)
            {
                case RollupFigures.DaysUsed:
                    Add(days, s.Bucket, s.Count);
                    break;
                case RollupFigures.Waited:
                    Add(waits, s.Bucket, s.Count);
                    break;
                case RollupFigures.Returned:
                    reasons[s.Bucket] = reasons.GetValueOrDefault(s.Bucket) + s.Count;
                    break;
                case RollupFigures.Rating when Enum.TryParse<RatingLevel>(s.Bucket, out var level):
                    satisfied += RatingLevels.IsSatisfied(level) ? s.Count : 0;
                    bad += RatingLevels.IsBad(level) ? s.Count : 0;
                    break;
                case RollupFigures.ComplaintFinding when s.Bucket is "Upheld" or "PartlyUpheld":
                    upheld += s.Count;
                    break;
                case RollupFigures.Appointment when s.Bucket == nameof(Interfaces.Appointments.AppointmentStatus.NoShow):
                    noShows += s.Count;
                    break;
                case RollupFigures.Appointment when s.Bucket == nameof(Interfaces.Appointments.AppointmentStatus.CheckedIn):
                    checkedIn += s.Count;
                    break;
            }
        }

        long Of(string figure) => count.GetValueOrDefault(figure);
        var completed = Of(RollupFigures.Completed);
        var ratings = Of(RollupFigures.Rating);
        return new StatisticsFigures
        {
            Received = Of(RollupFigures.Received),
            Accepted = Of(RollupFigures.Accepted),
            Completed = completed,
            OnTime = Of(RollupFigures.OnTime),
            Late = Of(RollupFigures.Late),
            Overdue = Of(RollupFigures.Overdue),
            Returned = Of(RollupFigures.Returned),
            Supplements = Of(RollupFigures.Supplements),
            HandedUp = Of(RollupFigures.HandedUp),
            Joint = Of(RollupFigures.Joint),
            OnTimeRate = completed > 0 ? (double)Of(RollupFigures.OnTime) / completed : null,
            AverageWorkingDays = Average(days),
            WorkingDaysP90 = Percentile(days, 0.9),
            Ratings = ratings,
            RatingsSatisfied = satisfied,
            RatingsBad = bad,
            Satisfaction = ratings > 0 ? (double)satisfied / ratings : null,
            Complaints = Of(RollupFigures.Complaint),
            ComplaintsUpheld = upheld,
            Tickets = Of(RollupFigures.Ticket),
            TicketsCalled = Of(RollupFigures.Waited),
            AverageWaitMinutes = Average(waits),
            WaitMinutesP90 = Percentile(waits, 0.9),
            FeeReceipts = Of(RollupFigures.FeeReceipts),
            FeesCollectedFen = Of(RollupFigures.FeesCollected),
            FeesRefundedFen = Of(RollupFigures.FeesRefunded),
            Appointments = Of(RollupFigures.Appointment),
            AppointmentsNoShow = noShows,
            AppointmentsCheckedIn = checkedIn,
            VacantPosts = Of(RollupFigures.VacantPost),
            ReturnReasons = reasons.Where(r => r.Value > 0)
                .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new ReasonCount(r.Key, r.Value)).ToArray(),
        };
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–1) of a distribution (value → count); null when empty.</summary>
    public static int? Percentile(SortedDictionary<int, long> distribution, double p)
    {
        var total = distribution.Values.Where(n => n > 0).Sum();
        if (total <= 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(p * total);
        long seen = 0;
        foreach (var (value, n) in distribution)
        {
            seen += Math.Max(0, n);
            if (seen >= rank)
            {
                return value;
            }
        }

        return distribution.Keys.Last();
    }

    private static double? Average(SortedDictionary<int, long> distribution)
    {
        var total = distribution.Values.Where(n => n > 0).Sum();
        return total > 0 ? (double)distribution.Where(d => d.Value > 0).Sum(d => (long)d.Key * d.Value) / total : null;
    }

    private static void Add(SortedDictionary<int, long> distribution, string bucket, long n)
    {
        if (int.TryParse(bucket, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            distribution[value] = distribution.GetValueOrDefault(value) + n;
        }
    }
}
