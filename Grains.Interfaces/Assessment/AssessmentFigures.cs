namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// The figures of one unit over a period that the service index (服务指数) is computed from, read
/// from the daily rollups (and, for deductions, from the accountability and attendance read sides),
/// never from the ledger per request. All counts are of the period.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AssessmentFigures
{
    public static AssessmentFigures Zero { get; } = new();

    /// <summary>Matters taken in (收件, 受理).</summary>
    [Id(0)] public int Received { get; init; }

    /// <summary>Matters completed (办结).</summary>
    [Id(1)] public int Completed { get; init; }

    /// <summary>Matters returned (退回件).</summary>
    [Id(2)] public int Returned { get; init; }

    /// <summary>Matters completed on or before their promised day (按时办结).</summary>
    [Id(3)] public int OnTime { get; init; }

    /// <summary>Matters that went past their deadline (超期, red flags) in the period.</summary>
    [Id(4)] public int Overdue { get; init; }

    /// <summary>Working days used by the matters completed in the period, summed (for the average).</summary>
    [Id(5)] public long WorkingDaysUsed { get; init; }

    /// <summary>Ratings that count (not set aside on appeal).</summary>
    [Id(6)] public int Rated { get; init; }

    /// <summary>Ratings of 非常满意, 满意 or 基本满意.</summary>
    [Id(7)] public int Satisfied { get; init; }

    /// <summary>Bad ratings (差评: 不满意, 非常不满意).</summary>
    [Id(8)] public int BadRatings { get; init; }

    /// <summary>Complaints decided as upheld or partly upheld (投诉属实).</summary>
    [Id(9)] public int ComplaintsUpheld { get; init; }

    /// <summary>Accountability records (责任追究) of measure 提醒.</summary>
    [Id(10)] public int Reminders { get; init; }

    /// <summary>Accountability records of measure 诫勉.</summary>
    [Id(11)] public int Admonitions { get; init; }

    /// <summary>Accountability records of measure 通报批评.</summary>
    [Id(12)] public int Notices { get; init; }

    /// <summary>Vacant posts (空岗) recorded at the window (or the point's windows).</summary>
    [Id(13)] public int VacantPosts { get; init; }

    /// <summary>Matters closed in the period (completed + returned).</summary>
    public int Closed => Completed + Returned;

    /// <summary>Accountability records of any measure.</summary>
    public int AccountabilityRecords => Reminders + Admonitions + Notices;

    /// <summary>The figures of two periods or two parts added up.</summary>
    public AssessmentFigures Plus(AssessmentFigures other) => new()
    {
        Received = Received + other.Received,
        Completed = Completed + other.Completed,
        Returned = Returned + other.Returned,
        OnTime = OnTime + other.OnTime,
        Overdue = Overdue + other.Overdue,
        WorkingDaysUsed = WorkingDaysUsed + other.WorkingDaysUsed,
        Rated = Rated + other.Rated,
        Satisfied = Satisfied + other.Satisfied,
        BadRatings = BadRatings + other.BadRatings,
        ComplaintsUpheld = ComplaintsUpheld + other.ComplaintsUpheld,
        Reminders = Reminders + other.Reminders,
        Admonitions = Admonitions + other.Admonitions,
        Notices = Notices + other.Notices,
        VacantPosts = VacantPosts + other.VacantPosts,
    };
}
