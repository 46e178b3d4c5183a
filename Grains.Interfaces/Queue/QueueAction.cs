namespace Network.Grains.Interfaces.Queue;

/// <summary>What an actor may do with a point's queue of the day (叫号).</summary>
public enum QueueAction
{
    /// <summary>See the queue with its tickets (staff of the point and above).</summary>
    Read = 0,

    /// <summary>Take a ticket (取号): the kiosk, or a clerk for a citizen.</summary>
    Issue = 1,

    /// <summary>Call the next waiting ticket to the window (叫号).</summary>
    CallNext = 2,

    /// <summary>Call the called ticket again (重呼).</summary>
    Recall = 3,

    /// <summary>Give up on a ticket called the set number of times (过号).</summary>
    MarkNoShow = 4,

    /// <summary>Send the ticket to another window, keeping its place (转窗口).</summary>
    Transfer = 5,

    /// <summary>The citizen is at the window: serving starts, linked to the matter taken in.</summary>
    StartServing = 6,

    /// <summary>Serving is over.</summary>
    Finish = 7,
}
