namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>How the applicant gets the result (送达).</summary>
public enum DeliveryMethod
{
    /// <summary>Collected at the point's window (窗口领取).</summary>
    PickUp = 0,

    /// <summary>Sent by post (邮寄送达) to the address the applicant gave.</summary>
    Post = 1,
}
