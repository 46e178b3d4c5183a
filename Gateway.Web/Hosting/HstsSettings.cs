namespace Network.Gateway.Hosting;

/// <summary>The gateway's Strict-Transport-Security header (configuration <c>Gateway:Hsts</c>).</summary>
public sealed class HstsSettings
{
    /// <summary>Send the header on HTTPS responses outside Development.</summary>
    public bool Enabled { get; set; } = true;

    public int MaxAgeDays { get; set; } = 365;

    public bool IncludeSubDomains { get; set; }
}
