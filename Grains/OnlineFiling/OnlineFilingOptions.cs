namespace Network.Grains.OnlineFiling;

/// <summary>Limits of online filing (<c>Network:OnlineFiling</c> in the silo's configuration).</summary>
public sealed class OnlineFilingOptions
{
    public const string Section = "Network:OnlineFiling";

    /// <summary>The largest file accepted, in bytes (default 5 MiB). The gateway's upload body limit should not be lower.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Files per application at most.</summary>
    public int MaxFiles { get; set; } = 20;
}
