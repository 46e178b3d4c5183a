namespace Network.Grains.Interfaces.Queue;

/// <summary>
/// Why a ticket goes ahead of the ordinary ones (绿色通道, and appointments kept). Priority tickets
/// are called before ordinary ones at the same window, each kind in the order it was taken.
/// </summary>
public enum TicketPriority
{
    /// <summary>An ordinary ticket.</summary>
    None = 0,

    /// <summary>绿色通道: an elderly citizen (老年人).</summary>
    Elderly = 1,

    /// <summary>绿色通道: a disabled citizen (残疾人).</summary>
    Disabled = 2,

    /// <summary>绿色通道: a pregnant woman (孕妇).</summary>
    Pregnant = 3,

    /// <summary>An appointment checked in at the kiosk (预约签到).</summary>
    Appointment = 4,
}
