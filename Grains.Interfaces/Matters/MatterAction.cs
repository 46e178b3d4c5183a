namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// What an actor can do to a matter. The matter's policy decides which of them an actor may take
/// in the matter's state; views list them (<see cref="MatterView.AllowedActions"/>) and screens
/// draw their forms from that list alone.
/// </summary>
public enum MatterAction
{
    /// <summary>Read the matter and its history.</summary>
    Read = 0,

    /// <summary>The citizen brings missing materials (补正).</summary>
    SupplyMaterials = 1,

    /// <summary>Ask for missing materials during handling (一次性告知); the clock stops.</summary>
    RequestSupplement = 2,

    /// <summary>Finish with a result (办结).</summary>
    Complete = 3,

    /// <summary>Refuse with reason and legal basis (退回).</summary>
    Return = 4,

    /// <summary>Carry it up one tier (代办).</summary>
    HandUp = 5,

    /// <summary>Send it back down one tier with a reason.</summary>
    HandBack = 6,

    /// <summary>Decide it at the deciding tier.</summary>
    Decide = 7,

    /// <summary>Give the higher tier's result to the citizen (送达).</summary>
    Deliver = 8,

    /// <summary>Pass first-inquiry responsibility to another clerk (首问负责移交).</summary>
    HandOver = 9,

    /// <summary>Finish a joint part at one window (联办).</summary>
    CompletePart = 10,

    /// <summary>Refuse a joint part at one window, which returns the matter.</summary>
    ReturnPart = 11,

    /// <summary>Check the deadline flags now (电子监察).</summary>
    CheckDeadlines = 12,

    /// <summary>
    /// Ask the director to approve a further notice of missing materials, once the one-time notice
    /// (一次性告知) is used or its five working days have passed; the clock keeps running meanwhile.
    /// </summary>
    AskSupplementApproval = 13,

    /// <summary>The director approves the clerk's request for a further notice, or issues one, with a reason; the clock stops.</summary>
    ApproveSupplement = 14,

    /// <summary>The director refuses the clerk's request for a further notice, with a reason; the clock keeps running.</summary>
    RefuseSupplement = 15,

    /// <summary>The director extends the promised limit once, with a reason (延期).</summary>
    Extend = 16,
}
