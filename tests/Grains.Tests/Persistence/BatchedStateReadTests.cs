using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Network;
using Network.Grains.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Persistence;

/// <summary>Grain states written by Orleans' ADO.NET provider are read back by the batched read path, many per query.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchedStateReadTests(PostgresFixture db)
{
    private const string ProbeTownship = "330182199";
    private const string ProbeWindow = "probe-window";

    [Fact]
    public async Task Points_and_windows_written_before_a_restart_are_read_back_in_batches_after_it()
    {
        var villages = Enumerable.Range(301, 40).Select(n => $"{Township}{n}").ToArray();
        await using (var first = await TestClusters.StartAsync(db.ConnectionString))
        {
            await DefineAsync(first.Client);
            await first.Client.GetGrain<IServicePointGrain>(ProbeTownship).Define(new ServicePointDefinition(
                "探针街道便民服务中心",
                [new WindowDefinition(ProbeWindow, "探针窗口", new Clerk("c-probe-a", "甲"), new Clerk("c-probe-b", "乙"))],
                []));
            await Task.WhenAll(villages.Select(v => first.Client.GetGrain<IServicePointGrain>(v).Define(VillageDefinition(v))));
            await first.Client.GetGrain<IWindowGrain>($"{ProbeTownship}/{ProbeWindow}").SetPrimaryAway(new("c-probe-a", Interfaces.Cases.ActorRole.WindowClerk, ProbeTownship), true);
        }

        await using var second = await TestClusters.StartAsync(db.ConnectionString);
        var reader = second.Silos[0].ServiceProvider.GetRequiredService<GrainStateBatchReader>();
        var readsBefore = reader.Reads;
        var batchesBefore = reader.Batches;

        var profiles = await Task.WhenAll(villages.Select(v => second.Client.GetGrain<IServicePointGrain>(v).GetProfile()));
        var duty = await second.Client.GetGrain<IWindowGrain>($"{ProbeTownship}/{ProbeWindow}").GetDuty();
        var township = await second.Client.GetGrain<IServicePointGrain>(Township).GetProfile();

        Assert.All(villages.Zip(profiles), p =>
        {
            Assert.NotNull(p.Second);
            Assert.Equal(VillageDefinition(p.First).Name, p.Second.Name);
            Assert.Equal(["w1", "w2"], p.Second.Windows.Select(w => w.Id));
            Assert.Equal($"c-{p.First}-w2-b", p.Second.Windows[1].ClerkB.Id);
            Assert.Equal(2, p.Second.ProxyAgents.Count);
        });
        Assert.True(duty.PrimaryAway, "the window's state (a string key) was found");
        Assert.Equal("c-probe-b", duty.OnDuty.Id);
        Assert.NotNull(township);
        Assert.Superset(villages.ToHashSet(), township.Children.Select(c => c.Value).ToHashSet());
        var reads = reader.Reads - readsBefore;
        Assert.True(reads >= villages.Length + 2, $"{reads} states read through the batched path");
        Assert.True(reader.Batches - batchesBefore < reads, $"{reads} states in {reader.Batches - batchesBefore} queries: never batched");
    }

    [Fact]
    public async Task A_point_never_defined_reads_as_undefined()
    {
        await using var cluster = await TestClusters.StartAsync(db.ConnectionString);

        Assert.Null(await cluster.Client.GetGrain<IServicePointGrain>("330182198").GetProfile());
    }

    private static ServicePointDefinition VillageDefinition(string code) => new(
        $"探针村{code[^3..]}便民服务站",
        [
            new WindowDefinition("w1", "村务窗口", new Clerk($"c-{code}-w1-a", "赵"), new Clerk($"c-{code}-w1-b", "钱")),
            new WindowDefinition("w2", "社保窗口", new Clerk($"c-{code}-w2-a", "孙"), new Clerk($"c-{code}-w2-b", "李")),
        ],
        [new Clerk($"p-{code}-1", "周"), new Clerk($"p-{code}-2", "吴")]);
}
