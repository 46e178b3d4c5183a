namespace Network.Gateway.Hosting;

/// <summary>
/// The anonymous reads (<c>/public/network</c>, a point's hall and public catalog): each answer is
/// kept for <see cref="CacheSeconds"/> and shared by every anonymous client, and each client IP may
/// make <see cref="PermitLimit"/> of them per <see cref="WindowSeconds"/>.
/// </summary>
public sealed class PublicReadOptions
{
    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>How long an answer is served from the gateway's output cache (0: not cached).</summary>
    public int CacheSeconds { get; set; } = 5;
}
