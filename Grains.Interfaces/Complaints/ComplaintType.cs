namespace Network.Grains.Interfaces.Complaints;

/// <summary>How a complaint is handled (GB/T 36113).</summary>
public enum ComplaintType
{
    /// <summary>现场协调: settled on the spot at the hall, the same day.</summary>
    OnSiteCoordination = 0,

    /// <summary>转办: passed to the responsible point, which replies within 5 working days (once extendable to 15 with a reason).</summary>
    Transfer = 1,

    /// <summary>意见建议: an opinion or suggestion, answered within 15 working days.</summary>
    Suggestion = 2,
}
