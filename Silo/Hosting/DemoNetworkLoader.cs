using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Silo.Hosting;

/// <summary>
/// Loads the demo network from its data file once the silo is up, only when
/// <c>Network:LoadDemoNetwork</c> is true (off unless configured: the run command's demo mode and
/// the test fixtures turn it on; <c>Network:DemoNetworkFile</c> names the file). Points that are
/// already defined are left as they are (an administrator may have changed them since): only the
/// points of the file that are not defined yet are defined, with their catalogs. A second start
/// costs one profile read per point of the file and writes nothing.
/// </summary>
public sealed class DemoNetworkLoader(
    IGrainFactory grains,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DemoNetworkLoader> logger) : BackgroundService
{
    /// <summary>The configuration key of the switch; false when absent.</summary>
    public const string SwitchKey = "Network:LoadDemoNetwork";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(SwitchKey, false))
        {
            logger.LogInformation("No demo network: {Key} is not set (points come through /api/admin)", SwitchKey);
            return;
        }

        var relative = configuration["Network:DemoNetworkFile"] ?? "data/demo-network.json";
        var path = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.GetFullPath(relative, root))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            logger.LogError("Demo network file {File} was not found", relative);
            return;
        }

        var file = await NetworkFile.ReadAsync(path, stoppingToken);
        var missing = await MissingAsync(file);
        // The cities' master catalogs are published every time (unchanged items keep their version), the points only when missing.
        var count = await NetworkLoader.LoadAsync(grains, new NetworkFile(missing) { MasterCatalogs = file.MasterCatalogs }, cancellationToken: stoppingToken);
        logger.LogInformation(
            "Demo network loaded from {File}: {Points} service points, {Windows} windows, {Items} service items; {Defined} defined now, {Kept} already defined and left as they are",
            path,
            file.Points.Count,
            file.Points.Sum(p => p.Windows.Count),
            file.Points.Sum(p => p.Items?.Count ?? 0),
            count,
            file.Points.Count - count);
    }

    /// <summary>The points of <paramref name="file"/> that the cluster does not know yet.</summary>
    private async Task<IReadOnlyList<NetworkFile.Point>> MissingAsync(NetworkFile file)
    {
        var profiles = await Task.WhenAll(file.Points.Select(p => grains.GetGrain<IServicePointGrain>(p.Code).GetProfile()));
        return file.Points.Where((_, i) => profiles[i] is null).ToArray();
    }
}
