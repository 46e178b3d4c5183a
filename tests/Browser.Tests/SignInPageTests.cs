using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// The sign-in page after an administrator's reset (the clerk chooses a new password there and goes
/// on) and after a session ended (the page that found out sends the clerk to sign in, and the
/// sign-in page says why).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SignInPageTests(NetworkFixture network)
{
    [Fact]
    public async Task A_clerk_whose_password_an_administrator_reset_chooses_a_new_one_on_the_sign_in_page_and_goes_on_to_the_console()
    {
        const string clerk = "c-510682101-broadcasting-a";
        await ResetPasswordAsync(clerk, "Reset-2026-broadcasting!");

        var page = await network.NewPageAsync();
        await page.GotoAsync("/index.html");
        await page.FillAsync("#clerkId", clerk);
        await page.FillAsync("#password", "Reset-2026-broadcasting!");
        await page.ClickAsync("#sign-in button[type=submit]");

        await Expect(page.Locator("#change-password")).ToBeVisibleAsync();
        await Expect(page.Locator("#sign-in")).ToBeHiddenAsync();
        await page.FillAsync("#newPassword", "Own-2026-broadcasting!");
        await page.FillAsync("#confirmPassword", "Own-2026-typo!");
        await page.ClickAsync("#change-password button[type=submit]");
        await Expect(page.Locator("#change-password .field-error[data-for=confirmPassword]")).ToHaveTextAsync("两次输入的新密码不一致");

        await page.FillAsync("#confirmPassword", "Own-2026-broadcasting!");
        await page.ClickAsync("#change-password button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/console.html", StringComparison.Ordinal));

        using var http = new HttpClient { BaseAddress = network.Address };
        var signIn = await http.PostAsJsonAsync("/api/auth/token", new { clerkId = clerk, password = "Own-2026-broadcasting!" });
        Assert.True(signIn.IsSuccessStatusCode, $"the new password signs in: {(int)signIn.StatusCode}");
    }

    [Fact]
    public async Task A_page_whose_session_ended_sends_the_clerk_to_sign_in_and_the_sign_in_page_says_why()
    {
        const string clerk = "c-510682101-finance-a";
        var page = await network.NewPageAsync(signInAs: clerk);
        await Expect(page.Locator("#live")).ToHaveTextAsync("实时更新");

        // The administrator resets the password: every session of the account ends at once on this gateway.
        await ResetPasswordAsync(clerk, "Reset-2026-finance!");
        await page.ReloadAsync();

        await page.WaitForURLAsync(url => url.Contains("/index.html", StringComparison.Ordinal));
        await Expect(page.Locator("#sign-in .notice")).ToContainTextAsync("登录已失效，请重新登录：");
        // The gateway's reason, as text: a reset ends (revokes) every session of the account.
        await Expect(page.Locator("#sign-in .notice")).ToContainTextAsync("revoked");

        // Shown once: the next visit of the sign-in page starts clean.
        await page.ReloadAsync();
        await Expect(page.Locator("#sign-in .notice")).ToHaveTextAsync(string.Empty);
    }

    private async Task ResetPasswordAsync(string clerkId, string password)
    {
        using var admin = await network.ApiAsync("admin");
        var accounts = await admin.GetFromJsonAsync<JsonElement>("/api/admin/accounts");
        var account = accounts.EnumerateArray().Single(a => a.GetProperty("id").GetString() == clerkId);
        var reset = await admin.PutAsJsonAsync($"/api/admin/accounts/{clerkId}", new
        {
            displayName = account.GetProperty("displayName").GetString(),
            role = account.GetProperty("role").GetString(),
            pointCode = account.GetProperty("pointCode").GetString(),
            password,
        });
        Assert.True(reset.IsSuccessStatusCode, $"reset of {clerkId}: {(int)reset.StatusCode} {await reset.Content.ReadAsStringAsync()}");
    }
}
