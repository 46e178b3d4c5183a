namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>What a point proposes to change in its implementation list.</summary>
public enum CatalogChangeKind
{
    /// <summary>An item of the master catalog implemented otherwise than the master says (偏离基本目录).</summary>
    Deviation = 0,

    /// <summary>An item of the point's own, not in the master catalog (自选事项).</summary>
    LocalItem = 1,
}
