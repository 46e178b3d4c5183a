namespace Network.Grains.Interfaces.Accountability;

/// <summary>The kind of case an accountability record follows from.</summary>
public enum AccountabilityLinkKind
{
    /// <summary>A matter (办件).</summary>
    Matter = 0,

    /// <summary>A complaint (投诉).</summary>
    Complaint = 1,

    /// <summary>A supervision order (督办).</summary>
    SupervisionOrder = 2,
}
