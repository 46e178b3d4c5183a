namespace Network.Grains.Interfaces.Statistics;

/// <summary>
/// The figures of a period (docs/statistics.md says when and where each is counted). Rates and
/// averages are null when there is nothing to divide by.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatisticsFigures
{
    /// <summary>收件: matters taken in.</summary>
    [Id(0)] public long Received { get; init; }

    /// <summary>受理: matters whose clock started (all materials in).</summary>
    [Id(1)] public long Accepted { get; init; }

    /// <summary>办结: completed with a result.</summary>
    [Id(2)] public long Completed { get; init; }

    /// <summary>按时办结: completed on or before the promised date.</summary>
    [Id(3)] public long OnTime { get; init; }

    /// <summary>逾期办结: completed or returned after the promised date.</summary>
    [Id(4)] public long Late { get; init; }

    /// <summary>超期: matters that went past their promised date in the period (closed late, or open and flagged red).</summary>
    [Id(5)] public long Overdue { get; init; }

    /// <summary>退回件: returned, with <see cref="ReturnReasons"/>.</summary>
    [Id(6)] public long Returned { get; init; }

    /// <summary>补办件: notices of missing materials issued.</summary>
    [Id(7)] public long Supplements { get; init; }

    /// <summary>代办件: matters handed up to a higher tier.</summary>
    [Id(8)] public long HandedUp { get; init; }

    /// <summary>联办件: joint matters taken in.</summary>
    [Id(9)] public long Joint { get; init; }

    /// <summary>On-time rate (按时办结率): on time ÷ completed.</summary>
    [Id(10)] public double? OnTimeRate { get; init; }

    /// <summary>Average working days used by the completed matters (clock start to completion, pauses not counted).</summary>
    [Id(11)] public double? AverageWorkingDays { get; init; }

    /// <summary>The 90th percentile of working days used (nearest rank).</summary>
    [Id(12)] public int? WorkingDaysP90 { get; init; }

    /// <summary>Ratings (好差评) given, not set aside.</summary>
    [Id(13)] public long Ratings { get; init; }

    /// <summary>Satisfied ratings (非常满意, 满意, 基本满意).</summary>
    [Id(14)] public long RatingsSatisfied { get; init; }

    /// <summary>Bad ratings (差评: 不满意, 非常不满意).</summary>
    [Id(15)] public long RatingsBad { get; init; }

    /// <summary>Satisfaction (满意率): satisfied ÷ ratings.</summary>
    [Id(16)] public double? Satisfaction { get; init; }

    /// <summary>Complaints (投诉) registered.</summary>
    [Id(17)] public long Complaints { get; init; }

    /// <summary>Of those, found upheld or partly upheld (属实, 部分属实).</summary>
    [Id(18)] public long ComplaintsUpheld { get; init; }

    /// <summary>Queue tickets taken (取号).</summary>
    [Id(19)] public long Tickets { get; init; }

    /// <summary>Tickets called.</summary>
    [Id(20)] public long TicketsCalled { get; init; }

    /// <summary>Average minutes from taking a ticket to its call.</summary>
    [Id(21)] public double? AverageWaitMinutes { get; init; }

    /// <summary>The 90th percentile of minutes waited (nearest rank).</summary>
    [Id(22)] public int? WaitMinutesP90 { get; init; }

    /// <summary>Returns by reason, most first.</summary>
    [Id(23)] public IReadOnlyList<ReasonCount> ReturnReasons { get; init; } = [];

    /// <summary>Receipts of the collection days (收费 and 代收).</summary>
    [Id(24)] public long FeeReceipts { get; init; }

    /// <summary>Collected, in fen (refunds not subtracted).</summary>
    [Id(25)] public long FeesCollectedFen { get; init; }

    /// <summary>Refunded, in fen, on the days refunded.</summary>
    [Id(26)] public long FeesRefundedFen { get; init; }

    /// <summary>Appointments booked for the period's days (cancelled ones included).</summary>
    [Id(27)] public long Appointments { get; init; }

    /// <summary>Appointments missed (爽约).</summary>
    [Id(28)] public long AppointmentsNoShow { get; init; }

    /// <summary>Vacant posts (空岗) recorded.</summary>
    [Id(29)] public long VacantPosts { get; init; }

    /// <summary>Appointments checked in (已签到) at the kiosk.</summary>
    [Id(30)] public long AppointmentsCheckedIn { get; init; }
}
