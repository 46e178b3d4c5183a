namespace Network.Grains.Interfaces.Rectifications;

/// <summary>How a point answers a verified bad rating.</summary>
public enum RectificationMeasure
{
    /// <summary>立行立改: rectified at once.</summary>
    AtOnce = 0,

    /// <summary>限期整改: rectified by a deadline of at most the configured working days (Sichuan: 15).</summary>
    WithDeadline = 1,

    /// <summary>做好解释: no legal basis for what the citizen wanted; explained.</summary>
    Explained = 2,
}
