using Microsoft.Extensions.Time.Testing;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.TestingHost;

namespace Network.Grains.Tests.Network;

/// <summary>One in-memory single-silo cluster with the test network and a fake clock, shared by a class.</summary>
public sealed class MemoryClusterFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = TestClusters.ClockAt(new DateOnly(2026, 9, 30));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Cluster = await TestClusters.StartAsync(time: Clock);
        await TestNetwork.DefineAsync(Grains);
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
