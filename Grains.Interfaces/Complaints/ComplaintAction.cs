namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// What an actor can do to a complaint. The complaint's policy decides which of them an actor may
/// take in its state; views list them (<see cref="ComplaintView.AllowedActions"/>) and screens draw
/// their forms from that list alone.
/// </summary>
public enum ComplaintAction
{
    /// <summary>Read the complaint and its history.</summary>
    Read = 0,

    /// <summary>Acknowledge it (受理), within one working day of registration.</summary>
    Acknowledge = 1,

    /// <summary>Start the investigation (调查核实).</summary>
    Investigate = 2,

    /// <summary>Decide it with findings (处理决定).</summary>
    Decide = 3,

    /// <summary>Tell the complainant the decision (答复); never for an anonymous complaint.</summary>
    Reply = 4,

    /// <summary>File it (归档).</summary>
    File = 5,

    /// <summary>Extend a transferred complaint's reply deadline once, to 15 working days, with a reason (延期).</summary>
    Extend = 6,

    /// <summary>Check the deadline flags now (电子监察).</summary>
    CheckDeadlines = 7,
}
