using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>Resident ID numbers never reach the logs; the masked form does.</summary>
[Collection(GatewayCollection.Name)]
public sealed class LoggingTests(GatewayFixture fx)
{
    [Fact]
    public async Task Logs_show_masked_resident_ids_only_for_accepted_and_refused_requests_alike()
    {
        var valid = Demo.ResidentId(95);
        var invalid = valid[..17] + (valid[17] == '0' ? '1' : '0');
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 95);
        await (await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, [], invalid)))
            .AssertProblemAsync(400, "citizen.residentId");
        // Refused by the matter grain: the clerk does not staff the land window.
        await (await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.Land, Demo.TemporaryRelief, [], valid)))
            .AssertProblemAsync(403, "windowId");

        var lines = fx.Gateway.Logs.Lines;
        Assert.Contains(lines, l => l.Contains(matter.ReceiptNumber, StringComparison.Ordinal) && l.Contains(matter.MaskedResidentId, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(valid, StringComparison.Ordinal) || l.Contains(invalid, StringComparison.Ordinal));
    }
}
