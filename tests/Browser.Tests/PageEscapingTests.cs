using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Network.Testing;
using static Microsoft.Playwright.Assertions;
using static Network.Browser.Tests.Payloads;

namespace Network.Browser.Tests;

/// <summary>
/// Every value a person can write reaches every screen as text: an administrator names a point,
/// its windows, clerks, proxy agents, a catalog item and an account with markup; a clerk whose
/// very id is markup takes in a citizen named with markup, hands the matter up with such a note;
/// the township refuses it with such a reason. Each screen shows these values verbatim, and no
/// planted script runs, no dialog opens and the Content-Security-Policy reports nothing.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class PageEscapingTests(NetworkFixture network)
{
    private const string City = "510682";
    private const string Township = "510682001";
    private const string Village = "510682001001";
    private const string Item = "minimum-living-allowance-application";
    private const string CivilWindow = "civil-affairs";

    /// <summary>An account id that is itself markup: the signed-in account on every screen (clerks are shown by their names, <see cref="ClerkName"/>).</summary>
    private static readonly string MarkupClerk = "<img src=x onerror=xss(5)>";

    private static readonly string PointName = Short(1);
    private static readonly string WindowName = Short(2);
    private static readonly string ClerkName = Short(3);
    private static readonly string AgentName = Short(4);
    private static readonly string DisplayName = Short(6);
    private static readonly string ItemName = Short(7);
    private static readonly string Conditions = Long(8);
    private static readonly string Fee = Short(12);
    private static readonly string TownshipName = Short(14);
    private static readonly string CitizenName = Short(15);
    private static readonly string HandUpNote = Long(16);
    private static readonly string Reason = Long(17);
    private static readonly string LegalBasis = Long(18);
    private static readonly string[] Materials = [.. Enumerable.Range(1, 3).Select(i => $"{Short(13)}#{i}")];

    [Fact]
    public async Task Every_value_a_person_wrote_renders_as_text_on_every_screen_and_no_planted_script_runs()
    {
        await PlantMarkupThroughTheAdminApiAsync();

        // The village clerk's console: point, account, windows, clerks, catalog item, intake.
        var (village, villageGuard) = await PageGuard.OpenAsync(network, signInAs: MarkupClerk);
        await Expect(village.Locator("#point-name")).ToHaveTextAsync(PointName);
        await Expect(village.Locator("#me")).ToHaveTextAsync($"{DisplayName}（{MarkupClerk}）");
        await Expect(village.Locator("#duty")).ToContainTextAsync($"{WindowName}：在岗 {ClerkName}");
        await Expect(village.Locator("#live")).ToHaveTextAsync("实时更新");
        await village.SelectOptionAsync("#item", Item);
        await Expect(village.Locator("#item-fields")).ToContainTextAsync(Conditions);
        await Expect(village.Locator("#item-fields")).ToContainTextAsync(Fee);
        await village.FillAsync("#citizen-name", CitizenName);
        await village.FillAsync("#citizen-id", "11010519491231002X");
        await village.Locator("#materials input[type=checkbox]").First.CheckAsync();
        await village.ClickAsync("#take-in");
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("待补正");
        await Expect(village.Locator("#matter h2")).ToContainTextAsync(ItemName);
        await Expect(village.Locator("#matter dl")).ToContainTextAsync(CitizenName);
        var receipt = await village.Locator("#queue tbody tr").First.GetAttributeAsync("data-receipt");
        Assert.NotNull(receipt);
        // Clerks are shown by name (issue 11): the handler's name, itself markup, as text.
        await Expect(village.Locator("#queue tbody tr").First).ToContainTextAsync(ClerkName);
        await Expect(village.Locator("#matter dl")).ToContainTextAsync(ClerkName);
        await villageGuard.AssertNoForeignScriptAsync(village);

        // The printed notice: point, citizen, item, missing materials, clerk.
        var (print, printGuard) = await PageGuard.OpenAsync(network, signInAs: MarkupClerk);
        await print.GotoAsync($"/print/notice.html?receipt={Uri.EscapeDataString(receipt)}");
        await Expect(print.Locator("#page ol li")).ToHaveTextAsync(Materials[1..]);
        await Expect(print.Locator("#page h1")).ToContainTextAsync(PointName);
        await Expect(print.Locator("#page .meta")).ToContainTextAsync(CitizenName);
        await Expect(print.Locator("#page .meta")).ToContainTextAsync(ItemName);
        await Expect(print.Locator("#page .sign")).ToContainTextAsync(ClerkName);
        await printGuard.AssertNoForeignScriptAsync(print);

        // Materials supplied, handed up with a proxy agent named in markup and a note in markup.
        var supply = village.Locator("#matter form[data-action=\"supplement\"]");
        foreach (var box in await supply.Locator("input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await supply.Locator("button[type=submit]").ClickAsync();
        var handUp = village.Locator("#matter form[data-action=\"hand-up\"]");
        await Expect(handUp.Locator("select[name=proxyAgentId] option").First).ToHaveTextAsync(AgentName);
        await handUp.Locator("input[name=note]").FillAsync(HandUpNote);
        await handUp.Locator("button[type=submit]").ClickAsync();
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("已上报");
        await Expect(village.Locator("#matter ol.history")).ToContainTextAsync(HandUpNote);
        await villageGuard.AssertNoForeignScriptAsync(village);

        // The township refuses it, with a reason and a legal basis in markup.
        var (township, townshipGuard) = await PageGuard.OpenAsync(network, signInAs: $"c-{Township}-civil-affairs-a");
        await Expect(township.Locator("#point-name")).ToHaveTextAsync(TownshipName);
        var row = township.Locator($"#queue tr[data-receipt=\"{receipt}\"]");
        await Expect(row).ToContainTextAsync(CitizenName);
        await row.ClickAsync();
        var decide = township.Locator("#matter form[data-action=\"decide\"]");
        await decide.Locator("input[name=approve]").UncheckAsync();
        await decide.Locator("input[name=reason]").FillAsync(Reason);
        await decide.Locator("input[name=legalBasis]").FillAsync(LegalBasis);
        await decide.Locator("button[type=submit]").ClickAsync();
        await Expect(township.Locator("#matter h2 .badge")).ToHaveTextAsync("待送达");
        await Expect(township.Locator("#matter ol.history")).ToContainTextAsync(HandUpNote);
        await townshipGuard.AssertNoForeignScriptAsync(township);

        await Expect(village.Locator("#matter dl")).ToContainTextAsync(Reason);
        await villageGuard.AssertNoForeignScriptAsync(village);

        // The citizen's lookup (with the full ID number): item, point, reason, legal basis.
        var (citizen, citizenGuard) = await PageGuard.OpenAsync(network);
        await citizen.GotoAsync("/public/progress.html");
        await citizen.FillAsync("#receipt", receipt);
        await citizen.FillAsync("#proof", "11010519491231002X");
        await citizen.ClickAsync("#lookup button[type=submit]");
        await Expect(citizen.Locator("#result h2")).ToContainTextAsync(ItemName);
        await Expect(citizen.Locator("#result dl")).ToContainTextAsync(PointName);
        await Expect(citizen.Locator("#result dl")).ToContainTextAsync(Reason);
        await Expect(citizen.Locator("#result dl")).ToContainTextAsync(LegalBasis);
        await citizenGuard.AssertNoForeignScriptAsync(citizen);

        // The city monitor's tree, the hall display and the public catalog.
        var (monitor, monitorGuard) = await PageGuard.OpenAsync(network, signInAs: $"m-{City}");
        await Expect(monitor.Locator($"tr.node[data-code=\"{Village}\"] td").First).ToHaveTextAsync($"{PointName} {Village}");
        await Expect(monitor.Locator($"tr.node[data-code=\"{Township}\"] td").First).ToHaveTextAsync($"{TownshipName} {Township}");
        await monitorGuard.AssertNoForeignScriptAsync(monitor);

        var (hall, hallGuard) = await PageGuard.OpenAsync(network);
        await hall.GotoAsync($"/hall.html?point={Village}");
        await Expect(hall.Locator("#point-name")).ToHaveTextAsync(PointName);
        var civil = hall.Locator($".hall-window[data-window=\"{CivilWindow}\"]");
        await Expect(civil.Locator(".name")).ToHaveTextAsync(WindowName);
        await Expect(civil.Locator(".duty")).ToContainTextAsync(ClerkName);
        await hallGuard.AssertNoForeignScriptAsync(hall);

        var (guide, guideGuard) = await PageGuard.OpenAsync(network);
        await guide.GotoAsync($"/public/catalog.html?point={Village}");
        await Expect(guide.Locator("#point-name")).ToHaveTextAsync(PointName);
        var card = guide.Locator("#items .card", new() { HasText = ItemName });
        await Expect(card).ToContainTextAsync(Conditions);
        await Expect(card).ToContainTextAsync(string.Join("、", Materials));
        await guideGuard.AssertNoForeignScriptAsync(guide);
        await NetworkFixture.ScreenshotAsync(guide, "12-public-catalog-markup-as-text");
    }

    /// <summary>Names in markup for the village, its windows, clerks, agents, an item and an account; the township's name too.</summary>
    private async Task PlantMarkupThroughTheAdminApiAsync()
    {
        using var admin = await network.ApiAsync("admin");
        var points = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoNetwork))!["points"]!.AsArray();
        JsonObject Point(string code) => points.Single(p => (string?)p!["code"] == code)!.AsObject();

        var village = Point(Village);
        foreach (var window in village["windows"]!.AsArray())
        {
            window!["name"] = WindowName;
            window["clerkA"]!["name"] = ClerkName;
            window["clerkB"]!["name"] = ClerkName;
            if ((string?)window["id"] == CivilWindow)
            {
                window["clerkA"]!["id"] = MarkupClerk;
            }
        }

        foreach (var agent in village["proxyAgents"]!.AsArray())
        {
            agent!["name"] = AgentName;
        }

        await PutAsync(admin, $"/api/admin/points/{Village}", Definition(village, PointName));
        await PutAsync(admin, $"/api/admin/points/{Township}", Definition(Point(Township), TownshipName));

        // The item's texts are the city's standard (基本目录): written into the master catalog, then
        // published in the village's implementation list, which must follow it.
        void Mark(JsonNode item)
        {
            item["name"] = ItemName;
            item["conditions"] = Conditions;
            item["legalBasis"] = Long(9);
            item["procedure"] = Long(10);
            item["result"] = Long(11);
            item["fee"] = Fee;
            item["requiredMaterials"] = new JsonArray([.. Materials.Select(m => JsonValue.Create(m))]);
        }

        var items = village["items"]!.AsArray();
        var item = items.Single(i => (string?)i!["id"] == Item)!;
        var master = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoNetwork))!["masterCatalogs"]![0]!["items"]!.AsArray();
        Mark(master.Single(i => (string?)i!["code"] == (string?)item["code"])!);
        Mark(item);
        await PutAsync(admin, $"/api/admin/cities/{City}/master-catalog", master);
        await PutAsync(admin, $"/api/admin/points/{Village}/catalog", items);

        await PutAsync(admin, $"/api/admin/accounts/{Uri.EscapeDataString(MarkupClerk)}", new
        {
            displayName = DisplayName,
            role = "WindowClerk",
            pointCode = Village,
            password = NetworkFixture.DemoPassword,
        });
    }

    private static JsonObject Definition(JsonObject point, string name) => new()
    {
        ["name"] = name,
        ["windows"] = point["windows"]!.DeepClone(),
        ["proxyAgents"] = point["proxyAgents"]?.DeepClone() ?? new JsonArray(),
        ["directors"] = point["directors"]?.DeepClone() ?? new JsonArray(),
    };

    private static async Task PutAsync<T>(HttpClient client, string url, T body)
    {
        var response = await client.PutAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
