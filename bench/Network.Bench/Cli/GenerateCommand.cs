using System.Diagnostics;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Loading;
using Network.Bench.Measuring;

namespace Network.Bench.Cli;

/// <summary><c>bench generate</c>: write a network file, or load the network into a cluster, or both.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var (preset, shape) = ShapeOptions.From(line);
        Console.WriteLine($"{preset}: {shape.Cities:N0} cities, {shape.Townships:N0} townships, {shape.Villages:N0} villages = {shape.Points:N0} points; " +
                          $"{shape.WindowsPerPoint} windows and {shape.ItemsPerPoint} items per point; seed {shape.Seed}");
        var load = line.Has("load-cluster") || line.Has("load-in-process");
        var file = line.Text("out") ?? (load ? null : $"network-{preset}.json");
        if (file is not null)
        {
            await WriteAsync(file, shape, line.Has("indent"), cancellationToken);
        }

        var parallelism = line.Int("parallelism", 64);
        if (line.Text("load-cluster") is { } connection)
        {
            await using var client = await RunningClusterClient.ConnectAsync(
                connection, line.Text("cluster-id", "network-local"), line.Text("service-id", "convenience-network"), cancellationToken);
            await LoadAsync(client.Grains, shape, parallelism, cancellationToken);
        }

        if (line.Has("load-in-process"))
        {
            await using var silo = await BenchSilo.StartAsync(line.Text("postgres"), cancellationToken: cancellationToken);
            await LoadAsync(silo.Grains, shape, parallelism, cancellationToken);
        }

        return 0;
    }

    private static async Task WriteAsync(string file, NetworkShape shape, bool indented, CancellationToken cancellationToken)
    {
        using var progress = new ConsoleProgress($"write {file}", shape.Points);
        await NetworkFileWriter.WriteAsync(file, NetworkGenerator.Generate(shape), indented, n => progress.Set(n), cancellationToken);
    }

    private static async Task LoadAsync(IGrainFactory grains, NetworkShape shape, int parallelism, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var loaded = await ProgressNetworkLoader.LoadAsync(grains, NetworkGenerator.Generate(shape), shape.Points, "load", parallelism, cancellationToken);
        Console.WriteLine($"Loaded {loaded:N0} points in {watch.Elapsed.TotalSeconds:F1} s ({loaded / watch.Elapsed.TotalSeconds:N0} points/s)");
    }
}
