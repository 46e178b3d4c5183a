using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// Role × operation × jurisdiction. "ok" means the gateway let it through and the grain did it;
/// otherwise the 403 problem's code says who refused: the gateway (auth.role, auth.jurisdiction).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AuthorizationMatrixTests(GatewayFixture fx)
{
    private const string Ok = "ok";
    private const string Role = "auth.role";
    private const string Jurisdiction = "auth.jurisdiction";

    [Theory]
    // Window clerk: their own point, their own windows.
    [InlineData(Demo.TownClerkA, "read-point:" + Demo.Township, Ok)]
    [InlineData(Demo.TownClerkA, "read-point:" + Demo.Village, Jurisdiction)]
    [InlineData(Demo.TownClerkA, "read-point:" + Demo.OtherTownship, Jurisdiction)]
    [InlineData(Demo.TownClerkA, "read-matter", Ok)]
    [InlineData(Demo.TownClerkA, "intake", Ok)]
    [InlineData(Demo.TownClerkA, "complete", Ok)]
    [InlineData(Demo.TownClerkA, "switch", Ok)]
    // A handed-up homestead review is decided by the township's land window (its catalog says so), not by civil affairs.
    [InlineData(Demo.TownClerkA, "decide-held", Jurisdiction)]
    [InlineData(Demo.TownLandClerk, "decide-held", Ok)]
    [InlineData(Demo.TownClerkA, "hand-up-village", Jurisdiction)]
    [InlineData(Demo.TownClerkA, "admin", Role)]
    [InlineData(Demo.TownLandClerk, "read-matter", Ok)]
    [InlineData(Demo.TownLandClerk, "intake", Jurisdiction)]
    [InlineData(Demo.TownLandClerk, "complete", Jurisdiction)]
    [InlineData(Demo.TownLandClerk, "switch", Jurisdiction)]
    [InlineData(Demo.OtherTownClerk, "read-matter", Jurisdiction)]
    [InlineData(Demo.OtherTownClerk, "intake", Jurisdiction)]
    [InlineData(Demo.OtherTownClerk, "decide-held", Jurisdiction)]
    [InlineData(Demo.VillageClerk, "hand-up-village", Ok)]
    [InlineData(Demo.VillageClerk, "read-point:" + Demo.Township, Jurisdiction)]
    [InlineData(Demo.VillageClerk, "read-matter", Jurisdiction)]
    [InlineData(Demo.VillageClerk, "decide-held", Jurisdiction)]
    // Proxy agent: hands up matters of their own village only, carrying them themself.
    [InlineData(Demo.VillageProxy, "hand-up-village", Ok)]
    [InlineData(Demo.OtherVillageProxy, "hand-up-village", Jurisdiction)]
    [InlineData(Demo.VillageProxy, "intake", Role)]
    [InlineData(Demo.VillageProxy, "read-point:" + Demo.Township, Jurisdiction)]
    // Director: reads their point and below; does not handle matters.
    [InlineData(Demo.TownDirector, "read-point:" + Demo.Township, Ok)]
    [InlineData(Demo.TownDirector, "read-point:" + Demo.Village, Ok)]
    [InlineData(Demo.TownDirector, "read-point:" + Demo.City, Jurisdiction)]
    [InlineData(Demo.TownDirector, "read-point:" + Demo.OtherTownship, Jurisdiction)]
    [InlineData(Demo.TownDirector, "read-matter", Ok)]
    [InlineData(Demo.TownDirector, "intake", Role)]
    [InlineData(Demo.TownDirector, "complete", Role)]
    [InlineData(Demo.TownDirector, "decide-held", Role)]
    [InlineData(Demo.TownDirector, "admin", Role)]
    [InlineData(Demo.VillageDirector, "read-point:" + Demo.Township, Jurisdiction)]
    // The director of the matter's point may reassign its owner.
    [InlineData(Demo.TownDirector, "hand-over", Ok)]
    [InlineData(Demo.OtherTownDirector, "hand-over", Jurisdiction)]
    [InlineData(Demo.TownClerkA, "hand-over", Ok)]
    [InlineData(Demo.OtherTownClerk, "hand-over", Jurisdiction)]
    [InlineData(Demo.Monitor, "hand-over", Role)]
    // The director of the matter's point extends its limit (延期); nobody else.
    [InlineData(Demo.TownDirector, "extend", Ok)]
    [InlineData(Demo.OtherTownDirector, "extend", Jurisdiction)]
    [InlineData(Demo.CityDirector, "extend", Jurisdiction)]
    [InlineData(Demo.TownClerkA, "extend", Role)]
    [InlineData(Demo.Monitor, "extend", Role)]
    [InlineData(Demo.OtherTownDirector, "read-matter", Jurisdiction)]
    [InlineData(Demo.OtherTownDirector, "switch", Jurisdiction)]
    [InlineData(Demo.CityDirector, "read-point:" + Demo.Village, Ok)]
    [InlineData(Demo.CityDirector, "read-matter", Ok)]
    // City monitor: reads the whole city, changes nothing.
    [InlineData(Demo.Monitor, "read-point:" + Demo.Village, Ok)]
    [InlineData(Demo.Monitor, "read-point:" + Demo.OtherTownship, Ok)]
    [InlineData(Demo.Monitor, "read-point:110105", Jurisdiction)]
    [InlineData(Demo.Monitor, "read-matter", Ok)]
    [InlineData(Demo.Monitor, "intake", Role)]
    [InlineData(Demo.Monitor, "complete", Role)]
    [InlineData(Demo.Monitor, "switch", Role)]
    [InlineData(Demo.Monitor, "hand-up-village", Role)]
    [InlineData(Demo.Monitor, "admin", Role)]
    // Administrator: definitions and accounts, not matters.
    [InlineData(Demo.Admin, "admin", Ok)]
    [InlineData(Demo.Admin, "read-point:" + Demo.Township, Jurisdiction)]
    [InlineData(Demo.Admin, "read-matter", Jurisdiction)]
    [InlineData(Demo.Admin, "intake", Role)]
    public async Task Role_operation_and_jurisdiction(string account, string operation, string expected)
    {
        using var user = await fx.As(account);
        var response = await RunAsync(user, operation);
        if (expected == Ok)
        {
            Assert.True(response.IsSuccessStatusCode, $"{account} {operation}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        else
        {
            await response.AssertProblemAsync(403, code: expected);
        }
    }

    private async Task<HttpResponseMessage> RunAsync(HttpClient user, string operation)
    {
        if (operation.StartsWith("read-point:", StringComparison.Ordinal))
        {
            return await user.GetAsync($"/api/points/{operation["read-point:".Length..]}/matters");
        }

        switch (operation)
        {
            case "read-matter":
                return await user.GetAsync($"/api/matters/{(await TownshipMatterAsync()).ReceiptNumber}");
            case "intake":
                return await user.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(80)));
            case "complete":
                return await user.PostAsync($"/api/matters/{(await TownshipMatterAsync()).ReceiptNumber}/complete", new { resultNote = "办结" });
            case "switch":
                var window = $"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}";
                var away = await user.PostAsync($"{window}/away", null);
                if (away.IsSuccessStatusCode)
                {
                    (await user.PostAsync($"{window}/back", null)).EnsureSuccessStatusCode();
                }

                return away;
            case "hand-up-village":
                return await user.PostAsync($"/api/matters/{(await VillageMatterAsync()).ReceiptNumber}/hand-up", new { proxyAgentId = Demo.VillageProxy });
            case "decide-held":
                var held = await VillageMatterAsync();
                using (var village = await fx.As(Demo.VillageClerk))
                {
                    (await village.PostAsync($"/api/matters/{held.ReceiptNumber}/hand-up", new { proxyAgentId = Demo.VillageProxy })).EnsureSuccessStatusCode();
                }

                return await user.PostAsync($"/api/matters/{held.ReceiptNumber}/decide", new { approve = true, resultNote = "同意" });
            case "hand-over":
                return await user.PostAsync($"/api/matters/{(await TownshipMatterAsync()).ReceiptNumber}/hand-over", new { toClerkId = Demo.TownLandClerk });
            case "extend":
                return await user.PostAsync($"/api/matters/{(await TownshipMatterAsync()).ReceiptNumber}/extend", new { workingDays = 5, reason = "需入户调查" });
            case "admin":
                return await user.GetAsync("/api/admin/calendar");
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    private async Task<MatterView> TownshipMatterAsync()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        return await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 81);
    }

    private async Task<MatterView> VillageMatterAsync()
    {
        using var clerk = await fx.As(Demo.VillageClerk);
        return await clerk.TakeInAsync(Demo.Village, Demo.VillageLand, Demo.HomesteadProxy, Demo.HomesteadMaterials, 82);
    }
}
