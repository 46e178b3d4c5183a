namespace Network.Grains.Interfaces.Seals;

/// <summary>What staff can do to a seal; the seal's policy decides which of them an actor may take now.</summary>
public enum SealAction
{
    /// <summary>Read the seal, its uses and its history.</summary>
    Read = 0,

    /// <summary>Ask to use it, for a matter or a document (用印申请).</summary>
    RequestUse = 1,

    /// <summary>Approve a use asked for (用印审批): a director of the point, not the one who asked.</summary>
    ApproveUse = 2,

    /// <summary>Record the use of an approved request (用印登记): the custodian only.</summary>
    RecordUse = 3,

    /// <summary>Hand it to another custodian (移交).</summary>
    Transfer = 4,

    /// <summary>Retire it (缴销).</summary>
    Retire = 5,

    /// <summary>Issue a new numbered seal to the point (启用): offered on the point's register, not on a seal.</summary>
    Issue = 6,
}
