namespace Network.Grains.Interfaces.Supervision;

/// <summary>The kind of case a supervision order is about.</summary>
public enum SupervisionTargetKind
{
    /// <summary>An overdue or flagged matter (办件), by receipt number.</summary>
    Matter = 0,

    /// <summary>An open complaint (投诉), by its number.</summary>
    Complaint = 1,

    /// <summary>An open rectification of a bad rating (差评整改), by its rating's id.</summary>
    Rectification = 2,
}
