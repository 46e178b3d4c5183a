namespace Network.Grains.Interfaces.Accountability;

/// <summary>What an actor can do to an accountability record.</summary>
public enum AccountabilityAction
{
    /// <summary>Read the record.</summary>
    Read = 0,

    /// <summary>The clerk concerned confirms reading it (已阅).</summary>
    Acknowledge = 1,
}
