namespace Network.Grains.Interfaces.Complaints;

/// <summary>The decision on a complaint (处理决定).</summary>
public enum ComplaintFinding
{
    /// <summary>属实: upheld.</summary>
    Upheld = 0,

    /// <summary>部分属实: partly upheld.</summary>
    PartlyUpheld = 1,

    /// <summary>不属实: not upheld.</summary>
    NotUpheld = 2,
}
