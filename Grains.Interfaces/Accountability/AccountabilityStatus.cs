namespace Network.Grains.Interfaces.Accountability;

/// <summary>Where an accountability record stands.</summary>
public enum AccountabilityStatus
{
    /// <summary>Recorded by the director or supervisor; the clerk has not yet confirmed reading it.</summary>
    Recorded = 0,

    /// <summary>The clerk (or, for a window, one of its clerks) confirmed reading it (已阅).</summary>
    Acknowledged = 1,
}
