namespace Network.Grains.Interfaces.Complaints;

/// <summary>Where a complaint (投诉, GB/T 36113) stands.</summary>
public enum ComplaintStatus
{
    /// <summary>登记: recorded at the hall, from the supervision phone or the public page; to be acknowledged within one working day.</summary>
    Registered = 0,

    /// <summary>受理: the handling point has acknowledged it.</summary>
    Acknowledged = 1,

    /// <summary>调查核实: being investigated.</summary>
    Investigating = 2,

    /// <summary>处理决定: decided (upheld, partly upheld or not upheld) with findings.</summary>
    Decided = 3,

    /// <summary>答复: the decision was told to the complainant (never for an anonymous complaint).</summary>
    Replied = 4,

    /// <summary>归档: filed; nothing more happens to it.</summary>
    Filed = 5,
}
