using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// End to end in a real browser: a township clerk records a consultation on the console (no
/// receipt), then the organisation that asked applies, and the clerk turns the consultation into a
/// matter for it by its unified social credit code; both are linked.
/// </summary>
public sealed class ConsultationScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Clerk = "c-510682101-civil-affairs-a";

    [Fact]
    public async Task A_clerk_records_a_consultation_and_turns_it_into_a_matter_for_an_organisation()
    {
        var page = await network.NewPageAsync(signInAs: Clerk);
        await page.GotoAsync("/console.html");
        var form = page.Locator("#consultation-form");
        await form.Locator("[name=\"topic\"]").FillAsync("<b>合作社</b>能否申请临时救助？");
        await page.ClickAsync("#record-consultation");
        var consultation = page.Locator("#consultation");
        await Expect(consultation.Locator("h2 .badge")).ToHaveTextAsync("待答复");
        await Expect(consultation).ToContainTextAsync("<b>合作社</b>能否申请临时救助？");
        await NetworkFixture.ScreenshotAsync(page, "consultation-01-recorded");

        var turn = consultation.Locator("form[data-action=\"matter\"]");
        await turn.Locator("[name=\"itemId\"]").SelectOptionAsync("temporary-relief");
        await turn.Locator("[name=\"applicant.name\"]").FillAsync("绵竹市某某农业专业合作社");
        await turn.Locator("[name=\"applicant.documentType\"]").SelectOptionAsync("UnifiedSocialCreditCode");
        await turn.Locator("[name=\"applicant.residentId\"]").FillAsync("91350100M000100Y44");
        foreach (var box in await turn.Locator("[data-field=\"materialsHandedIn\"] input").AllAsync())
        {
            await box.CheckAsync();
        }

        await turn.Locator("button[type=submit]").ClickAsync();
        await Expect(turn.Locator(".field-error[data-for=\"applicant.residentId\"]")).ToContainTextAsync("check character");
        await turn.Locator("[name=\"applicant.residentId\"]").FillAsync("91350100M000100Y43");
        await turn.Locator("button[type=submit]").ClickAsync();

        await Expect(consultation.Locator("h2 .badge")).ToHaveTextAsync("已转办件");
        var receipt = await consultation.Locator("#consultation-matter").TextContentAsync();
        Assert.Matches("^510682101-\\d{8}-[0-9A-Z]{8}$", receipt);
        await Expect(consultation.Locator("form[data-action=\"matter\"]")).ToHaveCountAsync(0);
        await NetworkFixture.ScreenshotAsync(page, "consultation-02-turned-into-matter");

        using var director = await network.ApiAsync("d-510682101");
        var matter = await director.GetStringAsync($"/api/matters/{receipt}");
        Assert.Contains("91350100M000100Y43", matter, StringComparison.Ordinal);
        Assert.Contains("\"fromConsultation\":\"510682101-ZX", matter, StringComparison.Ordinal);
    }
}
