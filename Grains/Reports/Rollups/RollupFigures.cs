namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The names of the figures a rollup counts (the <c>figure</c> column of <c>report_rollup</c>), each
/// with the day, clerk and bucket it is counted under. "Taken in" facts are counted on the day the
/// matter was taken in, under its first clerk; "closing" facts on the day of its outcome, under the
/// clerk who closed it.
/// </summary>
public static class RollupFigures
{
    /// <summary>收件: a matter taken in (its first commit), on the day taken in.</summary>
    public const string Received = "received";

    /// <summary>受理: the matter's clock started (all materials in), on that day.</summary>
    public const string Accepted = "accepted";

    /// <summary>联办件: a joint matter, on the day taken in.</summary>
    public const string Joint = "joint";

    /// <summary>补办件: notices of missing materials issued (一次性告知 and any approved further one), on the day taken in.</summary>
    public const string Supplements = "supplements";

    /// <summary>代办件: a matter handed up to a higher tier, on the day it first left its point.</summary>
    public const string HandedUp = "handedUp";

    /// <summary>办结: completed with a result, on the day of the outcome.</summary>
    public const string Completed = "completed";

    /// <summary>按时办结: completed on or before its promised date.</summary>
    public const string OnTime = "onTime";

    /// <summary>逾期办结: completed or returned after its promised date.</summary>
    public const string Late = "late";

    /// <summary>
    /// 超期: a matter past its promised date — closed late, or still open and flagged red — counted
    /// on the first day after the promised date, under its handler.
    /// </summary>
    public const string Overdue = "overdue";

    /// <summary>退回件: returned, bucket = the reason (its first 100 characters).</summary>
    public const string Returned = "returned";

    /// <summary>Working days used by a completed matter (clock start to completion, pauses not counted), bucket = the days.</summary>
    public const string DaysUsed = "daysUsed";

    /// <summary>A rating (not set aside), on the day rated, bucket = the level (e.g. <c>Satisfied</c>).</summary>
    public const string Rating = "rating";

    /// <summary>A complaint, on the day registered, under the window and clerk it is about.</summary>
    public const string Complaint = "complaint";

    /// <summary>A complaint's finding once decided, bucket = the finding (Upheld, PartlyUpheld, NotUpheld), on the day registered.</summary>
    public const string ComplaintFinding = "complaintFinding";

    /// <summary>A queue ticket taken (取号), on its day, at its window.</summary>
    public const string Ticket = "ticket";

    /// <summary>A ticket called: bucket = whole minutes from taking it to its call, under the clerk who called it.</summary>
    public const string Waited = "waited";

    /// <summary>Matters taken in, bucket = the hour of the day in China time (00–23): the monitor's hour chart.</summary>
    public const string ReceivedHour = "receivedHour";

    /// <summary>Matters closed (completed or returned), bucket = the hour of the outcome (00–23).</summary>
    public const string ClosedHour = "closedHour";

    /// <summary>A receipt of a collection day (收费 or 代收), on the day taken, bucket = its kind (<c>Fee</c>, <c>Bill</c>).</summary>
    public const string FeeReceipts = "feeReceipts";

    /// <summary>The amount of a receipt in fen, on the day taken, bucket = its kind.</summary>
    public const string FeesCollected = "feesCollected";

    /// <summary>The amount of a refunded receipt in fen, on the day refunded, bucket = its kind.</summary>
    public const string FeesRefunded = "feesRefunded";

    /// <summary>A booking of an appointment book (预约), on the book's day, bucket = its status (Booked, Cancelled, CheckedIn, NoShow).</summary>
    public const string Appointment = "appointment";

    /// <summary>A vacant post (空岗) of an attendance sheet, on the sheet's day, at its window.</summary>
    public const string VacantPost = "vacantPost";
}
