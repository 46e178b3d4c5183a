namespace Network.Grains.Interfaces.Live;

/// <summary>The kinds of live message, as the browser receives them in <c>{ kind, payload }</c>.</summary>
public static class LiveKinds
{
    /// <summary>A matter changed (payload <see cref="MatterChanged"/>).</summary>
    public const string Matter = "matter";

    /// <summary>A point's or subtree's load changed (payload <see cref="PointLoad"/>).</summary>
    public const string Load = "load";

    /// <summary>A point's hall picture changed (payload <see cref="Network.HallView"/>).</summary>
    public const string Hall = "hall";

    /// <summary>A window's post is vacant during its rostered hours, or staffed again (payload <see cref="VacantPostChanged"/>).</summary>
    public const string VacantPost = "vacantPost";

    /// <summary>A rating was given or set aside (payload <see cref="RatingRecorded"/>).</summary>
    public const string Rating = "rating";

    /// <summary>A bad rating's rectification changed (payload <see cref="RectificationChanged"/>).</summary>
    public const string Rectification = "rectification";

    /// <summary>A window's rating device has a new occasion or went idle (payload <see cref="RatingDeskChanged"/>, public).</summary>
    public const string RatingDesk = "ratingDesk";

    /// <summary>A complaint changed (payload <see cref="Complaints.ComplaintChanged"/>).</summary>
    public const string Complaint = "complaint";

    /// <summary>A supervision order changed (payload <see cref="Supervision.SupervisionOrderChanged"/>).</summary>
    public const string SupervisionOrder = "supervisionOrder";

    /// <summary>A point's queue changed: a ticket taken, called, served (payload <see cref="Queue.QueueBoard"/>).</summary>
    public const string Queue = "queue";

    /// <summary>A ticket was called or recalled at a point (payload <see cref="Queue.QueueCalled"/>).</summary>
    public const string QueueCall = "queueCall";

    /// <summary>An online application changed: filed, submitted, pre-examined (payload <see cref="OnlineFiling.OnlineApplicationChanged"/>, no personal data).</summary>
    public const string OnlineApplication = "onlineApplication";

    /// <summary>A petition changed (payload <see cref="Petitions.PetitionChanged"/>, no personal data).</summary>
    public const string Petition = "petition";

    /// <summary>A consultation changed (payload <see cref="Consultations.ConsultationChanged"/>, no personal data).</summary>
    public const string Consultation = "consultation";

    /// <summary>A seal changed: issued, a use asked for, approved or registered, transferred, retired (payload <see cref="Seals.SealChanged"/>).</summary>
    public const string Seal = "seal";
}
