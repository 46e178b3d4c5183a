using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>References made from the remembered grain and interface types are the references Orleans makes, and reach the same activation.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GrainReferencesTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 18);

    [Fact]
    public async Task A_remembered_reference_is_the_reference_orleans_makes_and_reaches_the_same_grain()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipt = NewReceipt(Day, Village);

        var first = flow.Grains.Reference<IMatterGrain>(receipt);
        var again = flow.Grains.Reference<IMatterGrain>(receipt);
        var other = flow.Grains.Reference<IMatterGrain>(NewReceipt(Day, Village));
        var orleans = flow.Grains.GetGrain<IMatterGrain>(receipt);

        Assert.Equal(orleans, again);
        Assert.Equal(orleans.GetGrainId(), first.GetGrainId());
        Assert.NotEqual(orleans.GetGrainId(), other.GetGrainId());
        await again.Accept(VillageIntake(Felling, "居民身份证", "林权证"));
        Assert.Equal(receipt, (await orleans.Get(MonitorActor))!.ReceiptNumber);
        Assert.Equal(
            flow.Grains.GetGrain<IServicePointGrain>(Village).GetGrainId(),
            flow.Grains.Reference<IServicePointGrain>(Village).GetGrainId());
    }
}
