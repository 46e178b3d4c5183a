namespace Network.Grains.Interfaces.Supervision;

/// <summary>Where a supervision order (督办单) stands.</summary>
public enum SupervisionOrderStatus
{
    /// <summary>下达: issued to the point below; it must reply by the order's deadline.</summary>
    Issued = 0,

    /// <summary>回复: the point replied; the issuer accepts it or sends it back.</summary>
    Replied = 1,

    /// <summary>退回: the issuer sent the reply back with a reason and a new deadline; the point replies again.</summary>
    SentBack = 2,

    /// <summary>办结: the issuer accepted the reply; nothing more happens to it.</summary>
    Accepted = 3,
}
