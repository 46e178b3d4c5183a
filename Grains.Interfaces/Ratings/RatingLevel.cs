namespace Network.Grains.Interfaces.Ratings;

/// <summary>The five levels of a rating (好差评, GB/T 39734-2020), best first.</summary>
public enum RatingLevel
{
    /// <summary>非常满意.</summary>
    VerySatisfied = 5,

    /// <summary>满意.</summary>
    Satisfied = 4,

    /// <summary>基本满意.</summary>
    BasicallySatisfied = 3,

    /// <summary>不满意: a bad rating (差评).</summary>
    Dissatisfied = 2,

    /// <summary>非常不满意: a bad rating (差评).</summary>
    VeryDissatisfied = 1,
}
