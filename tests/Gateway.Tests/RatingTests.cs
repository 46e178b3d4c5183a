using System.Net.Http.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;

namespace Network.Gateway.Tests;

/// <summary>
/// Ratings (好差评) through the gateway: the device paired by a clerk rates the matter just served at
/// its window; a closed matter is rated with the progress proof; staff and bad input get problem
/// documents; the point's director works the rectification, another township's cannot.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RatingTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_clerk_pairs_the_device_the_citizen_rates_the_matter_just_served_and_the_director_works_the_bad_rating()
    {
        using var clerk = await fx.As(Demo.TownClerkB);
        var pairing = await (await clerk.PostAsync($"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}/rating-device", null)).ReadAsync<DevicePairing>();
        using var device = Device(pairing.DeviceToken);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 71);
        var screen = await ScreenWithOfferAsync(device);
        Assert.Equal(matter.ReceiptNumber[^4..], screen.Offer!.ReceiptTail);
        Assert.Equal(Demo.TownClerkB, screen.Offer.ClerkId);

        var receipt = await (await device.PostAsync(DeskUrl + "/ratings", new { offerId = screen.Offer.OfferId, level = "Dissatisfied", aspects = new[] { "Efficiency" }, comment = "排队太久", named = true }))
            .ReadAsync<RatingReceipt>();

        Assert.Equal(RatingIds.Counter(matter.ReceiptNumber, 1), receipt.RatingId);
        Assert.True(receipt.CallBack);
        // The same occasion again: nothing left to rate at the window.
        await (await device.PostAsync(DeskUrl + "/ratings", new { offerId = screen.Offer.OfferId, level = "Satisfied" })).AssertProblemAsync(409, "offerId", "rating.noOccasion");

        using var director = await fx.As(Demo.TownDirector);
        var listed = await (await director.GetAsync($"/api/rectifications?pointCode={Demo.Township}")).ReadAsync<RectificationSummary[]>();
        Assert.Contains(listed, r => r.Id == receipt.RatingId && r.Status == RectificationStatus.AwaitingCallBack);
        var url = $"/api/rectifications/{receipt.RatingId}";
        var view = await (await director.GetAsync(url)).ReadAsync<RectificationView>();
        Assert.Contains(RectificationAction.CallBack, view.AllowedActions);

        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        await (await otherDirector.PostAsync(url + "/call-back", new { reached = true, findings = "x" })).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await director.PostAsync(url + "/resolve", new { measure = "AtOnce", note = "x" })).AssertProblemAsync(409, "status", "rectification.illegalTransition");
        var calledBack = await (await clerk.PostAsync(url + "/call-back", new { reached = true, findings = "已回访，群众反映排队时间长" })).ReadAsync<RectificationView>();
        Assert.Equal((RectificationStatus.Verified, Demo.TownClerkB), (calledBack.Status, calledBack.CalledBackBy));
        await (await director.PostAsync(url + "/resolve", new { measure = "WithDeadline", note = "增设取号机", workingDays = 16 })).AssertProblemAsync(400, "workingDays", "rectification.deadlineTooLong");
        await (await director.PostAsync(url + "/resolve", new { measure = "Soon", note = "x" })).AssertProblemAsync(400, "measure", "rectification.measure");
        var ordered = await (await director.PostAsync(url + "/resolve", new { measure = "WithDeadline", note = "增设取号机", workingDays = 15 })).ReadAsync<RectificationView>();
        Assert.Equal(RectificationStatus.Rectifying, ordered.Status);

        using var monitor = await fx.As(Demo.Monitor);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var tally = await (await monitor.GetAsync($"/api/ratings/tally?pointCode={Demo.City}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).ReadAsync<RatingTally[]>();
        Assert.True(Assert.Single(tally, t => t.PointCode == Demo.Township).Dissatisfied >= 1);
    }

    [Fact]
    public async Task A_closed_matter_is_rated_once_with_the_progress_code_and_a_second_rating_is_refused()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 72);
        using var citizen = fx.Anonymous();
        var opportunity = await (await citizen.PostAsync($"/public/ratings/{matter.ReceiptNumber}/opportunity", new { code = matter.ProgressCode })).ReadAsync<RatingOpportunity>();
        Assert.False(opportunity.CanRate);
        await (await citizen.PostAsync($"/public/ratings/{matter.ReceiptNumber}", new { code = matter.ProgressCode, level = "Satisfied" })).AssertProblemAsync(409, "receiptNumber", "rating.matterOpen");
        await clerk.PostAsync($"/api/matters/{matter.ReceiptNumber}/complete", new { resultNote = "已发放救助金" });
        Assert.True((await (await citizen.PostAsync($"/public/ratings/{matter.ReceiptNumber}/opportunity", new { code = matter.ProgressCode })).ReadAsync<RatingOpportunity>()).CanRate);

        var first = await (await citizen.PostAsync($"/public/ratings/{matter.ReceiptNumber}", new { code = matter.ProgressCode, level = "VerySatisfied", channel = "Slip" })).ReadAsync<RatingReceipt>();

        Assert.Equal(RatingIds.Closing(matter.ReceiptNumber), first.RatingId);
        Assert.False(first.FollowedUp);
        await (await citizen.PostAsync($"/public/ratings/{matter.ReceiptNumber}", new { code = matter.ProgressCode, level = "VeryDissatisfied" })).AssertProblemAsync(409, "ratingId", "rating.alreadyRated");
        using var director = await fx.As(Demo.TownDirector);
        var rating = await (await director.GetAsync($"/api/ratings/{first.RatingId}")).ReadAsync<RatingView>();
        Assert.Equal((RatingLevel.VerySatisfied, RatingChannel.Slip), (rating.Level, rating.Channel));
        await (await director.GetAsync($"/api/rectifications/{first.RatingId}")).AssertProblemAsync(404, "id", "rectification.unknown");
    }

    [Fact]
    public async Task Bad_input_and_a_rating_by_staff_get_a_problem_document_and_change_nothing()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 73);
        await clerk.PostAsync($"/api/matters/{matter.ReceiptNumber}/complete", new { resultNote = "已办结" });
        using var citizen = fx.Anonymous();
        var url = $"/public/ratings/{matter.ReceiptNumber}";

        await (await clerk.PostAsync(url, new { code = matter.ProgressCode, level = "VeryDissatisfied" })).AssertProblemAsync(403, "actor", "rating.byStaff");
        await (await clerk.PostAsync($"/public/rating-desks/{Demo.Township}/{Demo.CivilAffairs}/ratings", new { offerId = "x", level = "Satisfied" })).AssertProblemAsync(403, "actor", "rating.byStaff");
        await (await citizen.PostAsync(url, new { code = matter.ProgressCode, level = "Excellent" })).AssertProblemAsync(400, "level", "rating.level");
        await (await citizen.PostAsync(url, new { code = matter.ProgressCode, level = "Satisfied", comment = new string('慢', 201) })).AssertProblemAsync(400, "comment", "rating.commentTooLong");
        await (await citizen.PostAsync(url, new { code = matter.ProgressCode, level = "Satisfied", aspects = new[] { "Price" } })).AssertProblemAsync(400, "aspects", "rating.aspect");
        await (await citizen.PostAsync($"/public/ratings/{Api.UnusedReceipt()}", new { code = matter.ProgressCode, level = "Satisfied" })).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        await (await citizen.PostAsync("/public/ratings/not-a-receipt", new { code = matter.ProgressCode, level = "Satisfied" })).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        await (await citizen.GetAsync(DeskUrl)).AssertProblemAsync(403, "deviceToken", "ratingDevice.notPaired");
        using var forged = Device("forged-secret-forged-secret");
        await (await forged.PostAsync(DeskUrl + "/ratings", new { offerId = "x", level = "Satisfied" })).AssertProblemAsync(403, "deviceToken", "ratingDevice.notPaired");
        using var monitor = await fx.As(Demo.Monitor);
        await (await monitor.PostAsync($"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}/rating-device", null)).AssertProblemAsync(403);
        using var landClerk = await fx.As(Demo.TownLandClerk);
        await (await landClerk.PostAsync($"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}/rating-device", null)).AssertProblemAsync(403, "windowId", "auth.jurisdiction");

        // Nothing was written: the matter can still be rated, once.
        Assert.True((await (await citizen.PostAsync($"{url}/opportunity", new { code = matter.ProgressCode })).ReadAsync<RatingOpportunity>()).CanRate);
    }

    private const string DeskUrl = $"/public/rating-desks/{Demo.Township}/{Demo.CivilAffairs}";

    private HttpClient Device(string token)
    {
        var client = fx.Anonymous();
        client.DefaultRequestHeaders.Add("X-Rating-Device", token);
        return client;
    }

    /// <summary>The device's screen once the matter's one-way offer has reached the window's desk.</summary>
    private static async Task<DeskScreen> ScreenWithOfferAsync(HttpClient device)
    {
        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var screen = await (await device.GetAsync(DeskUrl)).ReadAsync<DeskScreen>();
            if (screen.Offer is not null)
            {
                return screen;
            }

            await Task.Yield();
        }

        throw new TimeoutException("The desk was not offered the occasion.");
    }
}
