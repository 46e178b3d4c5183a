using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.Runtime;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// The gateway sends an intake whose silo was lost again to the same receipt number, under the
/// same key. If the first attempt had committed, the attempt sent again reaches a new activation,
/// which learns only from the database (where the key is checked first) that the matter and the
/// key are there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class IntakeSentAgainTests(PostgresFixture db)
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    [Fact]
    public async Task An_intake_sent_again_under_its_key_to_its_receipt_number_on_a_new_activation_is_answered_as_its_replay()
    {
        await using var cluster = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today));
        await DefineAsync(cluster.Client);
        var key = new RequestKey(ClerkA, Guid.NewGuid().ToString("N"), "POST", $"/api/points/{Township}/matters", "H9");
        var matter = cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Today));
        var opened = await matter.Accept(Intake(Allowance, AllowanceMaterials) with { Key = key });
        await cluster.Client.GetGrain<IManagementGrain>(0).DeactivateGrain(matter.GetGrainId(), CancellationToken.None);

        var answered = await matter.Accept(Intake(Allowance, AllowanceMaterials) with { Key = key });

        Assert.Equal(opened.ReceiptNumber, answered.ReceiptNumber);
        Assert.Equal(opened.Version, answered.Version);
        Assert.Single(await matter.GetHistory(MonitorActor));
    }
}
