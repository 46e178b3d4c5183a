namespace Network.Bench.Reports;

/// <summary>How a generated matter goes, from intake to its end: the commands given, in order.</summary>
public enum MatterPath
{
    /// <summary>即办件: accepted and completed on the spot (one commit, two ledger rows).</summary>
    Immediate,

    /// <summary>承诺件 accepted with all materials, completed later.</summary>
    PromisedCompleted,

    /// <summary>承诺件 accepted, then returned (不予办理) with reason and legal basis.</summary>
    PromisedReturned,

    /// <summary>Received with a material missing (一次性告知), supplied later (补正: the clock starts), completed.</summary>
    Supplemented,

    /// <summary>联办件: accepted, each window completes its part, the last completes the matter.</summary>
    Joint,

    /// <summary>代办件: accepted at the village or township, handed up to the deciding tier, decided there, delivered back at the point of intake.</summary>
    ProxyHandUp,
}
