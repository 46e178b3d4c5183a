namespace Network.Grains.Interfaces.Rectifications;

/// <summary>What an actor can do to a rectification; views list the ones allowed now.</summary>
public enum RectificationAction
{
    /// <summary>Read it and its history.</summary>
    Read = 0,

    /// <summary>回访核实: call the citizen back (named) or verify (anonymous), by a named person of the point.</summary>
    CallBack = 1,

    /// <summary>Decide the measure: 立行立改, 限期整改 (with a deadline) or 做好解释.</summary>
    Resolve = 2,

    /// <summary>The deadline rectification is done (整改完成).</summary>
    FinishRectification = 3,

    /// <summary>反馈: tell the citizen the result.</summary>
    FeedBack = 4,

    /// <summary>申诉: the point's director asks the supervising tier to set a malicious or mistaken rating aside.</summary>
    Appeal = 5,

    /// <summary>The supervising tier's director decides the appeal.</summary>
    DecideAppeal = 6,
}
