namespace Network.Grains.Interfaces.Rectifications;

/// <summary>Where a bad rating's rectification (差评整改) stands.</summary>
public enum RectificationStatus
{
    /// <summary>待回访核实: a named person of the point must call the citizen back (or, for an anonymous rating, verify) within one working day.</summary>
    AwaitingCallBack = 0,

    /// <summary>已回访核实: decide the measure (立行立改, 限期整改 or 做好解释), or appeal.</summary>
    Verified = 1,

    /// <summary>限期整改中: rectifying by the deadline.</summary>
    Rectifying = 2,

    /// <summary>待反馈: tell the citizen the result (named ratings).</summary>
    AwaitingFeedback = 3,

    /// <summary>申诉中: the point appealed the rating to the supervising tier, which decides.</summary>
    Appealed = 4,

    /// <summary>已办结: rectified or explained, and (named) fed back.</summary>
    Closed = 5,

    /// <summary>申诉成立: the rating was set aside; it stays in the ledger and leaves the statistics.</summary>
    SetAside = 6,
}
