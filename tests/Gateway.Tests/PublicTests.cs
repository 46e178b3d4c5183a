using System.Net;
using System.Text.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>Citizens' endpoints without sign-in: the public catalog (八公开) and the progress lookup.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PublicTests(GatewayFixture fx)
{
    [Fact]
    public async Task The_public_catalog_shows_the_eight_public_fields_and_nothing_internal()
    {
        using var citizen = fx.Anonymous();
        var response = await citizen.GetAsync($"/public/points/{Demo.Township}/catalog");
        var items = await response.ReadAsync<PublicServiceItem[]>();
        var relief = Assert.Single(items, i => i.Id == Demo.TemporaryRelief);
        Assert.Equal(Demo.TemporaryReliefMaterials, relief.RequiredMaterials);
        Assert.Equal(5, relief.TimeLimitWorkingDays);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = json.RootElement[0].EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["id", "name", "conditions", "legalBasis", "procedure", "requiredMaterials", "timeLimitWorkingDays", "result", "fee"], fields);

        await (await citizen.GetAsync("/public/points/510682999/catalog")).AssertProblemAsync(404, "pointCode");
    }

    [Fact]
    public async Task Progress_is_shown_for_the_right_id_tail_and_a_wrong_tail_looks_exactly_like_an_unknown_receipt()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..2], 50);
        var tail = Demo.ResidentId(50)[^4..];
        using var citizen = fx.Anonymous("203.0.113.50");

        var progress = await (await citizen.GetAsync($"/public/progress/{matter.ReceiptNumber}?idTail={tail}")).ReadAsync<PublicProgress>();
        Assert.Equal(MatterStatus.AwaitingSupplement, progress.Status);
        Assert.Equal(Demo.TemporaryReliefMaterials[2..], progress.MissingMaterials);

        var wrongTail = await (await citizen.GetAsync($"/public/progress/{matter.ReceiptNumber}?idTail={(tail == "0000" ? "1111" : "0000")}")).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        var unknown = await (await citizen.GetAsync($"/public/progress/{Demo.Township}-20261130-ZZZZZZZZ?idTail={tail}")).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        Assert.Equal(wrongTail.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        await (await citizen.GetAsync($"/public/progress/{matter.ReceiptNumber}?idTail=12")).AssertProblemAsync(400, "idTail", "idTail.invalid");
    }

    [Fact]
    public async Task Progress_lookups_are_rate_limited_per_client_address_with_a_429_problem()
    {
        using var flooding = fx.Anonymous("198.51.100.7");
        for (var i = 0; i < GatewayFixture.PublicPermitLimit; i++)
        {
            var allowed = await flooding.GetAsync($"/public/progress/{Demo.Township}-20261130-ZZZZZZZZ?idTail=1234");
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        var limited = await flooding.GetAsync($"/public/progress/{Demo.Township}-20261130-ZZZZZZZZ?idTail=1234");
        await limited.AssertProblemAsync(429, code: "rate.limited");
        Assert.True(limited.Headers.RetryAfter is not null);

        // Another address is not affected.
        using var other = fx.Anonymous("198.51.100.8");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/public/progress/{Demo.Township}-20261130-ZZZZZZZZ?idTail=1234")).StatusCode);
    }
}
