namespace Network.Grains.Interfaces.Duty;

/// <summary>What an actor may do to a point's monthly roster.</summary>
public enum RosterAction
{
    Read = 0,

    /// <summary>Replace the draft (the director).</summary>
    Draft = 1,

    /// <summary>Publish the draft (the director).</summary>
    Publish = 2,
}
