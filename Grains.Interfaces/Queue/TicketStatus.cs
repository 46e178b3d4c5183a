namespace Network.Grains.Interfaces.Queue;

/// <summary>Where a queue ticket (排队号) stands.</summary>
public enum TicketStatus
{
    /// <summary>Taken at the kiosk (取号), waiting to be called (候号).</summary>
    Waiting = 0,

    /// <summary>Called to a window (叫号), the citizen not yet at it.</summary>
    Called = 1,

    /// <summary>At the window and being served (办理中).</summary>
    Serving = 2,

    /// <summary>Served (办理完毕).</summary>
    Finished = 3,

    /// <summary>Called the set number of times without coming (过号).</summary>
    NoShow = 4,
}
