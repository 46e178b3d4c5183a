namespace Network.Grains.Interfaces.Duty;

/// <summary>The state of a point's roster for a month.</summary>
public enum RosterStatus
{
    /// <summary>Being drafted by the director; nobody is held to it yet.</summary>
    Draft = 0,

    /// <summary>Published: attendance is measured against it and the hall shows it.</summary>
    Published = 1,
}
