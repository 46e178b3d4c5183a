namespace Network.Grains.Interfaces.Fees;

/// <summary>What a line of a collection day is.</summary>
public enum CollectionLineKind
{
    /// <summary>A catalog item's fee (收费).</summary>
    Fee = 0,

    /// <summary>A bill collected for a third party (代收).</summary>
    Bill = 1,
}
