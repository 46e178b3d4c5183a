namespace Network.Grains.Interfaces.Complaints;

/// <summary>What a complaint is about.</summary>
public enum ComplaintSubjectKind
{
    /// <summary>The center as a whole (服务中心).</summary>
    Center = 0,

    /// <summary>A window (窗口).</summary>
    Window = 1,

    /// <summary>A member of staff (工作人员), named by id; the center's director too.</summary>
    Clerk = 2,

    /// <summary>A matter (办件), named by its receipt number.</summary>
    Matter = 3,
}
