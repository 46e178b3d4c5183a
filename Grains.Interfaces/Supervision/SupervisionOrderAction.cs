namespace Network.Grains.Interfaces.Supervision;

/// <summary>What an actor can do to a supervision order; views list the allowed ones.</summary>
public enum SupervisionOrderAction
{
    /// <summary>Read the order and its history.</summary>
    Read = 0,

    /// <summary>The point below replies what it did (回复).</summary>
    Reply = 1,

    /// <summary>The issuer accepts the reply (办结).</summary>
    Accept = 2,

    /// <summary>The issuer sends the reply back with a reason and a new deadline (退回).</summary>
    SendBack = 3,

    /// <summary>Check the deadline flags now.</summary>
    CheckDeadlines = 4,
}
