namespace Network.Grains.OnlineFiling;

/// <summary>Limits of online filing (<c>Network:OnlineFiling</c> in the silo's configuration).</summary>
public sealed class OnlineFilingOptions
{
    public const string Section = "Network:OnlineFiling";

    /// <summary>The largest file accepted, in bytes (default 5 MiB). The gateway's upload body limit should not be lower.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Files per application at most.</summary>
    public int MaxFiles { get; set; } = 20;

    /// <summary>How often each silo looks for uploaded files no application lists (default hourly).</summary>
    public double OrphanPurgeIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// How old such a file must be before it is removed (default a day): far longer than an upload's
    /// store-then-commit, so a file whose commit is still under way is never taken.
    /// </summary>
    public double OrphanGraceMinutes { get; set; } = 24 * 60;

    /// <summary>Files removed per statement.</summary>
    public int OrphanPurgeBatchSize { get; set; } = 200;
}
