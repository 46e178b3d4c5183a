using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Grains.Network;

namespace Network.Silo.Hosting;

/// <summary>
/// Loads the demo network from its data file once the silo is up (configuration:
/// <c>Network:LoadDemoNetwork</c>, <c>Network:DemoNetworkFile</c>). Loading is idempotent.
/// </summary>
public sealed class DemoNetworkLoader(
    IGrainFactory grains,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DemoNetworkLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Network:LoadDemoNetwork", true))
        {
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
        var count = await NetworkLoader.LoadAsync(grains, file, cancellationToken: stoppingToken);
        logger.LogInformation(
            "Demo network loaded from {File}: {Points} service points, {Windows} windows, {Items} service items",
            path,
            count,
            file.Points.Sum(p => p.Windows.Count),
            file.Points.Sum(p => p.Items?.Count ?? 0));
    }
}
