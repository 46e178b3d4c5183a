using System.Net.Http.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// An administrator reaches the city of their account's point only; the province administrator
/// (the demo's <c>admin</c>, in demo mode) reaches every city. An act outside the city is refused
/// with 403 before anything is done, and the refusal is audited; a reset inside it is audited and
/// forces a change at the next sign-in.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AdministratorScopeTests(GatewayFixture fx)
{
    /// <summary>Another city than the demo's (什邡市 510682): 绵竹市.</summary>
    private const string OtherCity = "510683";

    [Fact]
    public async Task A_city_administrator_cannot_reset_the_password_of_a_clerk_of_another_city_and_it_is_not_done()
    {
        var cityAdmin = await CityAdministratorAsync(fx);
        var foreignClerk = await AccountAsync(fx, "c-other-city", "WindowClerk", OtherCity + "001");
        var hashBefore = await fx.Database.ScalarAsync<string>("SELECT password_hash FROM clerk_account WHERE id = $1", foreignClerk);
        var stampBefore = await fx.Database.ScalarAsync<string>("SELECT security_stamp FROM clerk_account WHERE id = $1", foreignClerk);
        using var admin = await fx.As(cityAdmin);

        var reset = await admin.PutAsJsonAsync(
            $"/api/admin/accounts/{foreignClerk}", new { displayName = "别市办事员", role = "WindowClerk", pointCode = OtherCity + "001", password = "Taken-Over-2026" });

        await reset.AssertProblemAsync(403, "clerkId", "auth.jurisdiction");
        Assert.Equal(hashBefore, await fx.Database.ScalarAsync<string>("SELECT password_hash FROM clerk_account WHERE id = $1", foreignClerk));
        Assert.Equal(stampBefore, await fx.Database.ScalarAsync<string>("SELECT security_stamp FROM clerk_account WHERE id = $1", foreignClerk));
        Assert.False(await fx.Database.ScalarAsync<bool>("SELECT must_change_password FROM clerk_account WHERE id = $1", foreignClerk));
        using (var anonymous = fx.Anonymous())
        {
            (await anonymous.PostAsJsonAsync("/api/auth/token", new { clerkId = foreignClerk, password = Demo.Password })).EnsureSuccessStatusCode();
        }

        Assert.Equal(0L, await fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'account.passwordReset'", foreignClerk));
        Assert.Equal(1L, await fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'account.save' AND outcome = 'refused' AND actor_id = $2", foreignClerk, cityAdmin));
    }

    [Fact]
    public async Task A_city_administrator_resets_a_password_in_their_city_audited_and_forcing_a_change_at_the_next_sign_in()
    {
        var cityAdmin = await CityAdministratorAsync(fx);
        var clerk = await AccountAsync(fx, "c-own-city", "WindowClerk", Demo.Township);
        using var admin = await fx.As(cityAdmin);

        (await admin.PutAsJsonAsync($"/api/admin/accounts/{clerk}", new { displayName = "本市办事员", role = "WindowClerk", pointCode = Demo.Township, password = "Reset-By-City-2026" }))
            .EnsureSuccessStatusCode();

        Assert.True(await fx.Database.ScalarAsync<bool>("SELECT must_change_password FROM clerk_account WHERE id = $1", clerk));
        Assert.Equal(1L, await fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'account.passwordReset' AND actor_id = $2 AND outcome = 'succeeded'", clerk, cityAdmin));
        using var anonymous = fx.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { clerkId = clerk, password = "Reset-By-City-2026" }))
            .AssertProblemAsync(403, code: "auth.passwordChangeRequired");
    }

    [Fact]
    public async Task Every_act_of_a_city_administrator_outside_their_city_is_refused()
    {
        var cityAdmin = await CityAdministratorAsync(fx);
        var foreignClerk = await AccountAsync(fx, "c-other-city-2", "WindowClerk", OtherCity + "002");
        var ownClerk = await AccountAsync(fx, "c-own-city-2", "WindowClerk", Demo.Village);
        using var admin = await fx.As(cityAdmin);
        var point = new { name = "别市服务站", windows = new[] { new { id = "comprehensive", name = "综合窗口", clerkA = new { id = "c-x-a", name = "甲" }, clerkB = new { id = "c-x-b", name = "乙" } } }, proxyAgents = Array.Empty<object>() };

        await (await admin.PutAsJsonAsync($"/api/admin/points/{OtherCity}", point)).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        await (await admin.PutAsJsonAsync($"/api/admin/points/{OtherCity}/catalog", Array.Empty<object>())).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        await (await admin.PutAsJsonAsync("/api/admin/calendar", new { year = 2029, source = "x", holidays = Array.Empty<string>(), workdays = Array.Empty<string>() }))
            .AssertProblemAsync(403, "year", "auth.jurisdiction");
        await (await admin.PostAsync($"/api/admin/accounts/{foreignClerk}/unlock", null)).AssertProblemAsync(403, "clerkId", "auth.jurisdiction");
        await (await admin.GetAsync($"/api/admin/accounts?point={OtherCity}")).AssertProblemAsync(403, "point", "auth.jurisdiction");
        // Moving a clerk of the city into another city, or creating one there, reaches outside too.
        await (await admin.PutAsJsonAsync($"/api/admin/accounts/{ownClerk}", new { displayName = "外调", role = "WindowClerk", pointCode = OtherCity + "001" }))
            .AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        await (await admin.PutAsJsonAsync("/api/admin/accounts/c-made-elsewhere", new { displayName = "新人", role = "WindowClerk", pointCode = OtherCity + "001", password = "Elsewhere-2026" }))
            .AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        // The province administrator's own account is not the city's to change, though it sits in the city.
        await (await admin.PutAsJsonAsync($"/api/admin/accounts/{Demo.Admin}", new { displayName = "夺权", role = "Administrator", pointCode = Demo.City, password = "Taken-Over-2026" }))
            .AssertProblemAsync(403, "clerkId", "auth.jurisdiction");

        var listed = await (await admin.GetAsync("/api/admin/accounts")).ReadAsync<AccountView[]>();
        Assert.All(listed, a => Assert.StartsWith(Demo.City, a.PointCode, StringComparison.Ordinal));
        Assert.Contains(listed, a => a.Id == ownClerk);
        Assert.Equal(OtherCity + "002", await fx.Database.ScalarAsync<string>("SELECT point_code FROM clerk_account WHERE id = $1", foreignClerk));
        Assert.Equal(Demo.Village, await fx.Database.ScalarAsync<string>("SELECT point_code FROM clerk_account WHERE id = $1", ownClerk));
        Assert.Null(await fx.Database.ScalarAsync<string>("SELECT id FROM clerk_account WHERE id = 'c-made-elsewhere'"));
        Assert.Equal(0L, await fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE actor_id = $1 AND outcome = 'succeeded' AND subject_id = ANY($2)",
            cityAdmin, new[] { foreignClerk, ownClerk, "c-made-elsewhere", Demo.Admin, OtherCity, "CN" }));
        Assert.True(await fx.Database.ScalarAsync<long>("SELECT count(*) FROM audit_event WHERE actor_id = $1 AND outcome = 'refused'", cityAdmin) >= 7);
    }

    /// <summary>An administrator of the demo city (什邡市), made by the province administrator, with the demo password.</summary>
    public static Task<string> CityAdministratorAsync(GatewayFixture fx) => AccountAsync(fx, "a-510682", "Administrator", Demo.City);

    /// <summary>An account <paramref name="id"/> made (or made again, unchanged) by the province administrator, with the demo password.</summary>
    public static async Task<string> AccountAsync(GatewayFixture fx, string id, string role, string pointCode)
    {
        using var province = await fx.As(Demo.Admin);
        var existing = await fx.Database.ScalarAsync<string>("SELECT id FROM clerk_account WHERE id = $1", id);
        (await province.PutAsJsonAsync($"/api/admin/accounts/{id}", new { displayName = "范围测试", role, pointCode, password = existing is null ? Demo.Password : null }))
            .EnsureSuccessStatusCode();
        return id;
    }
}
