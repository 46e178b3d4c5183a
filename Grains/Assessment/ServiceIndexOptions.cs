using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment;

/// <summary>
/// The service index's weights and deductions (服务指数, bound from <c>Network:Assessment</c>). The
/// defaults give 100 points: efficiency 40, quality 30, performance 30; deductions are subtracted.
/// See <c>docs/assessment-and-publication.md</c> for the formula.
/// </summary>
public sealed class ServiceIndexOptions
{
    public const string Section = "Network:Assessment";

    /// <summary>Points for efficiency (效率): on-time rate and speed.</summary>
    public decimal EfficiencyWeight { get; set; } = 40m;

    /// <summary>The share of efficiency earned by the on-time rate (the rest by speed), 0–1.</summary>
    public decimal OnTimeShare { get; set; } = 0.7m;

    /// <summary>The average working days per completed matter at which speed earns nothing (0 days earns it all).</summary>
    public decimal ReferenceWorkingDays { get; set; } = 10m;

    /// <summary>Points for quality (质量): lost in proportion to the return rate, and per upheld complaint and bad rating.</summary>
    public decimal QualityWeight { get; set; } = 30m;

    /// <summary>Quality points lost per complaint upheld (投诉属实).</summary>
    public decimal PerComplaintUpheld { get; set; } = 5m;

    /// <summary>Quality points lost per bad rating (差评).</summary>
    public decimal PerBadRating { get; set; } = 2m;

    /// <summary>Points for performance (绩效): volume against the busiest peer, and satisfaction.</summary>
    public decimal PerformanceWeight { get; set; } = 30m;

    /// <summary>The share of performance earned by volume (the rest by satisfaction), 0–1.</summary>
    public decimal VolumeShare { get; set; } = 0.5m;

    /// <summary>Deduction per accountability record of measure 提醒.</summary>
    public decimal PerReminder { get; set; } = 1m;

    /// <summary>Deduction per accountability record of measure 诫勉.</summary>
    public decimal PerAdmonition { get; set; } = 3m;

    /// <summary>Deduction per accountability record of measure 通报批评.</summary>
    public decimal PerNotice { get; set; } = 5m;

    /// <summary>Deduction per overdue matter (超期红牌).</summary>
    public decimal PerOverdue { get; set; } = 0.5m;

    /// <summary>Deduction per vacant post (空岗).</summary>
    public decimal PerVacantPost { get; set; } = 2m;

    /// <summary>A unit with fewer completed matters in the period is listed but not ranked.</summary>
    public int MinimumCompletedToRank { get; set; } = 1;

    /// <summary>How many windows (文明窗口) and clerks (先进个人) a quarter names at most.</summary>
    public int Candidates { get; set; } = 3;

    /// <summary>Whether an accountability record of 诫勉 or 通报批评 in the quarter rules a unit out (一票否决).</summary>
    public bool VetoOnAccountability { get; set; } = true;

    /// <summary>Whether an upheld complaint in the quarter rules a unit out (一票否决).</summary>
    public bool VetoOnUpheldComplaint { get; set; } = true;

    /// <summary>The weights as applied, for the screens and a published 通报.</summary>
    public ServiceIndexWeights Weights => new(
        EfficiencyWeight, OnTimeShare, ReferenceWorkingDays, QualityWeight, PerComplaintUpheld, PerBadRating,
        PerformanceWeight, VolumeShare, PerReminder, PerAdmonition, PerNotice, PerOverdue, PerVacantPost, MinimumCompletedToRank);

    /// <summary>Refuses weights that would make the formula meaningless (checked when the silo starts).</summary>
    public IEnumerable<string> Problems()
    {
        if (EfficiencyWeight < 0 || QualityWeight < 0 || PerformanceWeight < 0)
        {
            yield return "The weights of efficiency, quality and performance are not negative.";
        }

        if (OnTimeShare is < 0 or > 1 || VolumeShare is < 0 or > 1)
        {
            yield return "OnTimeShare and VolumeShare are between 0 and 1.";
        }

        if (ReferenceWorkingDays <= 0)
        {
            yield return "ReferenceWorkingDays is more than 0.";
        }

        if (PerComplaintUpheld < 0 || PerBadRating < 0 || PerReminder < 0 || PerAdmonition < 0 || PerNotice < 0 || PerOverdue < 0 || PerVacantPost < 0)
        {
            yield return "Deductions are not negative.";
        }

        if (MinimumCompletedToRank < 0 || Candidates is < 1 or > 50)
        {
            yield return "MinimumCompletedToRank is not negative and Candidates is 1 to 50.";
        }
    }
}
