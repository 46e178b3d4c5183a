namespace Network.Grains.Interfaces.Accountability;

/// <summary>The measure of an accountability record (责任追究), lightest first.</summary>
public enum AccountabilityMeasure
{
    /// <summary>提醒: a reminder.</summary>
    Reminder = 0,

    /// <summary>诫勉: an admonishing talk.</summary>
    Admonition = 1,

    /// <summary>通报: a notice (批评) made known to the network.</summary>
    Notice = 2,
}
