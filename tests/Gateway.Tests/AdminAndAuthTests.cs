using System.Net;
using System.Net.Http.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Catalog;

namespace Network.Gateway.Tests;

/// <summary>Sign-in (cookie and bearer), accounts, and the administrator's definitions.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AdminAndAuthTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_wrong_password_or_unknown_clerk_is_a_401_problem_that_does_not_say_which()
    {
        using var client = fx.Anonymous();
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { clerkId = Demo.TownClerkA, password = "wrong-password" });
        var unknown = await client.PostAsJsonAsync("/api/auth/token", new { clerkId = "c-nobody", password = Demo.Password });
        var a = await wrong.AssertProblemAsync(401, "password", "auth.failed");
        var b = await unknown.AssertProblemAsync(401, "password", "auth.failed");
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_sign_in_the_api_answers_401_problem_not_a_redirect()
    {
        using var client = fx.Anonymous();
        var response = await client.GetAsync($"/api/points/{Demo.Township}");
        await response.AssertProblemAsync(401, code: "auth.required");
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_cookie_sign_in_works_on_the_api_like_a_token()
    {
        using var browser = fx.Gateway.CreateClient();
        var me = await (await browser.PostAsJsonAsync("/api/auth/sign-in", new { clerkId = Demo.TownDirector, password = Demo.Password })).ReadAsync<MeView>();
        Assert.Equal((Demo.TownDirector, "CenterDirector", Demo.Township), (me.Id, me.Role, me.PointCode));
        Assert.Equal(Demo.Township, (await (await browser.GetAsync($"/api/points/{Demo.Township}")).ReadAsync<PointView>()).Code);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/sign-out", null)).StatusCode);
        await (await browser.GetAsync($"/api/points/{Demo.Township}")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task The_administrator_creates_an_account_that_can_then_sign_in_and_others_may_not()
    {
        using var admin = await fx.As(Demo.Admin);
        var saved = await (await admin.PutAsJsonAsync("/api/admin/accounts/c-new-director", new { displayName = "新主任", role = "CenterDirector", pointCode = Demo.OtherTownship, password = "Another-2026" })).ReadAsync<AccountView>();
        Assert.Equal("CenterDirector", saved.Role);
        using var client = fx.Anonymous();
        var token = await client.PostAsJsonAsync("/api/auth/token", new { clerkId = "c-new-director", password = "Another-2026" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        await (await admin.PutAsJsonAsync("/api/admin/accounts/c-x", new { displayName = "x", role = "King", pointCode = Demo.Township, password = "Another-2026" })).AssertProblemAsync(400, "role", "role.unknown");
        await (await admin.PutAsJsonAsync("/api/admin/accounts/c-x", new { displayName = "x", role = "WindowClerk", pointCode = Demo.Township, password = "short" })).AssertProblemAsync(400, "password", "password.weak");
        var accounts = await (await admin.GetAsync($"/api/admin/accounts?point={Demo.Village}")).ReadAsync<AccountView[]>();
        Assert.Contains(accounts, a => a.Id == Demo.VillageProxy && a.Role == "ProxyAgent");

        using var director = await fx.As(Demo.CityDirector);
        await (await director.GetAsync("/api/admin/accounts")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task The_administrator_defines_a_point_publishes_its_catalog_and_a_holiday_schedule()
    {
        using var admin = await fx.As(Demo.Admin);
        var code = "510682101009";
        var definition = new
        {
            name = "测试村便民服务室",
            windows = new[] { new { id = "comprehensive", name = "综合窗口", clerkA = new { id = "c-t9-a", name = "甲" }, clerkB = new { id = "c-t9-b", name = "乙" } } },
            proxyAgents = new[] { new { id = "p-t9-1", name = "丙" } },
        };
        var point = await (await admin.PutAsJsonAsync($"/api/admin/points/{code}", definition)).ReadAsync<PointView>();
        Assert.Equal(Demo.Township, point.ParentCode);

        // The demo city keeps a master catalog (基本目录): a point's list selects from it, at its own window.
        var master = await (await admin.GetAsync($"/api/cities/{Demo.City}/master-catalog")).ReadAsync<ServiceItem[]>();
        var item = master.Single(i => i.Id == "village-proof") with { WindowId = "comprehensive" };
        var catalog = await (await admin.PutAsJsonAsync($"/api/admin/points/{code}/catalog", new[] { item }, Api.Json)).ReadAsync<ServiceItem[]>();
        Assert.Single(catalog);
        var badItem = item with { WindowId = "nowhere" };
        await (await admin.PutAsJsonAsync($"/api/admin/points/{code}/catalog", new[] { badItem }, Api.Json)).AssertProblemAsync(400, "items[0].windowId", "window.unknown");

        var schedule = new { year = 2027, source = "国办发明电〔2026〕X号（测试）", holidays = new[] { "2027-01-01" }, workdays = new[] { "2027-01-03" } };
        var schedules = await (await admin.PutAsJsonAsync("/api/admin/calendar", schedule)).ReadAsync<HolidaySchedule[]>();
        Assert.Contains(schedules, s => s.Year == 2027);
        var wrongYear = new { year = 2027, source = "x", holidays = new[] { "2028-01-01" }, workdays = Array.Empty<string>() };
        await (await admin.PutAsJsonAsync("/api/admin/calendar", wrongYear)).AssertProblemAsync(400, "schedule.holidays", "schedule.invalid");

        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.PutAsJsonAsync("/api/admin/calendar", schedule)).AssertProblemAsync(403);
    }
}
