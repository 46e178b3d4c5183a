namespace Network.Grains.Interfaces.Assessment;

/// <summary>What is assessed (考核对象): a service point, one of its windows, or a clerk.</summary>
public enum AssessmentUnitKind
{
    /// <summary>A service point (便民服务中心/站).</summary>
    Point = 0,

    /// <summary>A window of a point (窗口); candidates for 文明窗口 are windows.</summary>
    Window = 1,

    /// <summary>A clerk (工作人员); candidates for 先进个人 are clerks.</summary>
    Clerk = 2,
}
