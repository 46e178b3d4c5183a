using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>
/// The ledger records what each step changed, not the whole state twice: a matter that moves
/// often grows its ledger linearly, and the citizen's personal data is written once, at intake.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LedgerGrowthTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 16);
    private const int Trips = 20;

    [Fact]
    public async Task A_matter_handed_up_and_back_twenty_times_grows_its_ledger_linearly_and_names_the_citizen_once()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipt = NewReceipt(Day, Village);
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);
        await matter.Accept(VillageIntake(Homestead, "居民身份证", "户口簿"));

        for (var trip = 1; trip <= Trips; trip++)
        {
            var up = await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, $"第 {trip} 次上报"));
            Assert.Equal(Township, up.CurrentPointCode);
            var back = await matter.HandBack(new HandBackCommand(TownClerk(LandClerk), $"第 {trip} 次退回：材料不全"));
            Assert.Equal((Village, MatterStatus.InProgress), (back.CurrentPointCode, back.Status));
        }

        // Each trip writes four rows (passed up, received, handed back, received back) after the intake's one.
        Assert.Equal(1 + (4 * Trips), await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1", receipt));
        var second = await TripBytesAsync(flow, receipt, 2);
        var last = await TripBytesAsync(flow, receipt, Trips);
        Assert.True(last <= second * 1.25, $"the 20th trip wrote {last} bytes of changes, the 2nd {second}: the ledger must not grow with the matter's history");

        var total = await flow.CountAsync("SELECT sum(octet_length(changes::text)) FROM ledger WHERE receipt_number = $1", receipt);
        var intake = await flow.CountAsync("SELECT octet_length(changes::text)::bigint FROM ledger WHERE receipt_number = $1 AND sequence = 1", receipt);
        Assert.True(total - intake <= Trips * second * 1.25, $"{total - intake} bytes for {Trips} trips of about {second} each");

        // Written once, sealed (the lookup value beside the sealed data), and never in clear.
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND changes::text LIKE '%' || $2 || '%'", receipt, PersonalDataOfThisMachine.Lookup(Citizen.ResidentId)));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND changes::text LIKE '%\"sealed\"%'", receipt));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND changes::text LIKE '%' || $2 || '%'", receipt, Citizen.ResidentId));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND changes::text LIKE '%' || $2 || '%'", receipt, Citizen.Name));
    }

    /// <summary>Bytes of the changes recorded by one up-and-back trip (its four rows).</summary>
    private static Task<long> TripBytesAsync(FlowCluster flow, string receipt, int trip) =>
        flow.CountAsync(
            "SELECT sum(octet_length(changes::text)) FROM ledger WHERE receipt_number = $1 AND sequence BETWEEN $2 AND $3",
            receipt, 2 + (4 * (trip - 1)), 1 + (4 * trip));
}
