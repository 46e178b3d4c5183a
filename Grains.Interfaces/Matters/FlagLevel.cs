namespace Network.Grains.Interfaces.Matters;

/// <summary>Electronic supervision (电子监察) flags on a deadline.</summary>
public enum FlagLevel
{
    None = 0,

    /// <summary>Yellow warning (黄牌预警): one working day before the deadline.</summary>
    Yellow = 1,

    /// <summary>Red flag (红牌): the deadline has passed.</summary>
    Red = 2,
}
