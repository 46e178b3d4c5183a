namespace Network.Grains.Interfaces.Catalog;

/// <summary>How a service item is handled, from the seeds' 五制.</summary>
public enum MatterKind
{
    /// <summary>即办件: answered or completed on the spot, the same day.</summary>
    Immediate = 0,

    /// <summary>承诺件: review or a site visit; a commitment slip with a deadline is issued.</summary>
    Promised = 1,

    /// <summary>联办件: two or more windows work on it at once, within one time limit.</summary>
    Joint = 2,
}
