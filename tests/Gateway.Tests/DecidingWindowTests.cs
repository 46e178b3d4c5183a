using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// A handed-up matter is decided only by the window that handles its item at the point holding it,
/// as that point's catalog says (through the real gateway, silo and PostgreSQL, on the demo network).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class DecidingWindowTests(GatewayFixture fx)
{
    private const string VillageCivilClerk = "c-510682101001-civil-affairs-social-a";
    private const string DisabilityCertificateProxy = "disability-certificate-proxy";
    private static readonly string[] DisabilityMaterials = ["居民身份证", "户口簿", "二寸近期免冠照片"];

    /// <summary>The city's tax window (人社和税务窗口) and its civil-affairs window (民政和残联窗口).</summary>
    private const string CityTaxClerk = "c-510682-human-resources-tax-a";
    private const string CityCivilAffairsClerk = "c-510682-civil-affairs-disability-a";

    [Fact]
    public async Task A_city_tax_clerk_may_not_decide_a_civil_affairs_matter_handed_up_to_the_city_and_the_civil_affairs_clerk_may()
    {
        using var village = await fx.As(VillageCivilClerk);
        var matter = await village.TakeInAsync(Demo.Village, "civil-affairs-social", DisabilityCertificateProxy, DisabilityMaterials, 150);
        var url = $"/api/matters/{matter.ReceiptNumber}";
        await (await village.PostAsync($"{url}/hand-up", new { proxyAgentId = Demo.VillageProxy })).ReadAsync<MatterView>();
        using var township = await fx.As(Demo.TownClerkA);
        var atCity = await (await township.PostAsync($"{url}/hand-up", new { note = "报送市政务服务中心" })).ReadAsync<MatterView>();
        Assert.Equal((MatterStatus.HandedUp, Demo.City), (atCity.Status, atCity.CurrentPointCode));

        using var tax = await fx.As(CityTaxClerk);
        var seenByTax = await (await tax.GetAsync(url)).ReadAsync<MatterView>();
        Assert.DoesNotContain(seenByTax.AllowedActions, a => a.Action == MatterAction.Decide);
        Assert.Contains(seenByTax.AllowedActions, a => a.Action == MatterAction.HandBack);
        await (await tax.PostAsync($"{url}/decide", new { approve = true, resultNote = "税务窗口越权审批" })).AssertProblemAsync(403, "windowId", "auth.jurisdiction");
        var unchanged = await (await tax.GetAsync(url)).ReadAsync<MatterView>();
        Assert.Equal((MatterStatus.HandedUp, Demo.City, atCity.Version), (unchanged.Status, unchanged.CurrentPointCode, unchanged.Version));
        Assert.Null(unchanged.Decision);

        // The city's catalog decides it as disability-certificate-approval, at the civil-affairs window.
        using var civil = await fx.As(CityCivilAffairsClerk);
        var seenByCivil = await (await civil.GetAsync(url)).ReadAsync<MatterView>();
        Assert.Contains(seenByCivil.AllowedActions, a => a.Action == MatterAction.Decide);
        var decided = await (await civil.PostAsync($"{url}/decide", new { approve = true, resultNote = "准予核发残疾人证" })).ReadAsync<MatterView>();
        Assert.Equal((MatterStatus.ResultReady, Demo.Village), (decided.Status, decided.CurrentPointCode));
        Assert.Equal(CityCivilAffairsClerk, decided.Decision!.ClerkId);
    }
}
