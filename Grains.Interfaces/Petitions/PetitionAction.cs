namespace Network.Grains.Interfaces.Petitions;

/// <summary>What an actor can do with a petition (信访事项).</summary>
public enum PetitionAction
{
    /// <summary>See it: its registering clerk, directors and supervisors whose reach covers its point, the city monitor.</summary>
    Read = 0,

    /// <summary>Accept it (受理): a director of its point.</summary>
    Accept = 1,

    /// <summary>Decline it (不予受理) with the reason and where the petitioner may turn: a director of its point.</summary>
    Decline = 2,

    /// <summary>Extend the handling limit once, by up to 30 days, with a reason (延期): a director of its point.</summary>
    Extend = 3,

    /// <summary>Give the written reply (书面答复): a director of its point.</summary>
    Reply = 4,
}
