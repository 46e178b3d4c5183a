namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>Where a proposed change of a point's implementation list stands (目录变更申请).</summary>
public enum CatalogChangeStatus
{
    /// <summary>报请审批: proposed by the point, waiting for the city.</summary>
    Proposed = 0,

    /// <summary>批准: approved by the city, in force from its effective date.</summary>
    Approved = 1,

    /// <summary>不予批准: refused by the city, with the reason.</summary>
    Refused = 2,
}
