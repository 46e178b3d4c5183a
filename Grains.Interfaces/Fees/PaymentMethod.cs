namespace Network.Grains.Interfaces.Fees;

/// <summary>How a citizen pays at a collection window (支付方式).</summary>
public enum PaymentMethod
{
    /// <summary>Cash (现金): counted at the day's close.</summary>
    Cash = 0,

    /// <summary>Bank card (刷卡).</summary>
    Card = 1,

    /// <summary>QR code (扫码支付).</summary>
    QrCode = 2,
}
