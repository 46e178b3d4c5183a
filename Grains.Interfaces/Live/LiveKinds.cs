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

    /// <summary>A complaint changed (payload <see cref="Complaints.ComplaintChanged"/>).</summary>
    public const string Complaint = "complaint";

    /// <summary>A supervision order changed (payload <see cref="Supervision.SupervisionOrderChanged"/>).</summary>
    public const string SupervisionOrder = "supervisionOrder";
}
