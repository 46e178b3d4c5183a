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
        Assert.Equal(["id", "name", "conditions", "legalBasis", "procedure", "requiredMaterials", "timeLimitWorkingDays", "result", "fee", "feeFen", "feeUnit", "feeBasis", "windowId", "code", "version", "effectiveFrom", "decidingTier", "kind", "hours", "contact"], fields);

        await (await citizen.GetAsync("/public/points/510682999/catalog")).AssertProblemAsync(404, "pointCode");
    }

    [Fact]
    public async Task Progress_is_shown_for_the_progress_code_or_the_full_id_number_and_a_wrong_code_looks_exactly_like_an_unknown_receipt()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..2], 50);
        var code = matter.ProgressCode!;
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{8}$", code);

        var response = await Citizen().LookUpAsync(matter.ReceiptNumber, new { code });
        var progress = await response.ReadAsync<PublicProgress>();
        Assert.Equal(MatterStatus.AwaitingSupplement, progress.Status);
        Assert.Equal(Demo.TemporaryReliefMaterials[2..], progress.MissingMaterials);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.TownClerkA, text, StringComparison.Ordinal);
        Assert.DoesNotContain("王秀英", text, StringComparison.Ordinal);

        // As a citizen types it from the slip (lower case, with the hyphen), or the full ID number.
        var typed = $"{code[..4].ToLowerInvariant()}-{code[4..].ToLowerInvariant()}";
        AssertSame(progress, await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { code = typed })).ReadAsync<PublicProgress>());
        AssertSame(progress, await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { residentId = Demo.ResidentId(50) })).ReadAsync<PublicProgress>());

        // A wrong code (or ID number) is answered exactly like a receipt number that was never used.
        var wrongCode = await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { code = OtherThan(code) })).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        var wrongId = await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { residentId = Demo.ResidentId(51) })).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        var unknown = await (await Citizen().LookUpAsync(Api.UnusedReceipt(), new { code })).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
        Assert.Equal(unknown.GetProperty("detail").GetString(), wrongCode.GetProperty("detail").GetString());
        Assert.Equal(unknown.GetProperty("detail").GetString(), wrongId.GetProperty("detail").GetString());

        // The last four characters of the ID number no longer open anything.
        await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { residentId = Demo.ResidentId(50)[^4..] })).AssertProblemAsync(400, "residentId", "residentId.invalid");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Citizen().GetAsync($"/public/progress/{matter.ReceiptNumber}?idTail={Demo.ResidentId(50)[^4..]}")).StatusCode);
        await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { code = "7Q2M9XK" })).AssertProblemAsync(400, "code", "code.invalid");
        await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { })).AssertProblemAsync(400, "code", "progress.proofRequired");
        await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { code, residentId = Demo.ResidentId(50) })).AssertProblemAsync(400, "code", "progress.proofRequired");
    }

    [Fact]
    public async Task Five_wrong_proofs_lock_a_receipt_number_with_a_429_problem_and_a_number_never_used_is_locked_the_same_way()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 52);
        var code = matter.ProgressCode!;
        var unused = Api.UnusedReceipt();

        var locks = new List<JsonElement>();
        foreach (var receipt in new[] { matter.ReceiptNumber, unused })
        {
            // Each guess from another address: the per-receipt lock holds whatever the address.
            for (var i = 0; i < 5; i++)
            {
                await (await Citizen().LookUpAsync(receipt, new { code = OtherThan(code) })).AssertProblemAsync(404, "receiptNumber", "progress.notFound");
            }

            var locked = await Citizen().LookUpAsync(receipt, new { code });
            var retryAfter = locked.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
            Assert.InRange(retryAfter, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
            locks.Add(await locked.AssertProblemAsync(429, "receiptNumber", "progress.locked"));
        }

        // The right code is refused too while the lock lasts, and a lock looks the same whether the number was used.
        Assert.Equal(locks[0].GetProperty("detail").GetString(), locks[1].GetProperty("detail").GetString());
        await (await Citizen().LookUpAsync(matter.ReceiptNumber, new { residentId = Demo.ResidentId(52) })).AssertProblemAsync(429, "receiptNumber", "progress.locked");
    }

    [Fact]
    public async Task Progress_lookups_are_rate_limited_per_client_address_with_a_429_problem()
    {
        using var flooding = fx.Anonymous("198.51.100.7");
        for (var i = 0; i < GatewayFixture.PublicPermitLimit; i++)
        {
            var allowed = await flooding.LookUpAsync(Api.UnusedReceipt(), new { code = "YYYYYYYY" });
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        var limited = await flooding.LookUpAsync(Api.UnusedReceipt(), new { code = "YYYYYYYY" });
        await limited.AssertProblemAsync(429, code: "rate.limited");
        Assert.True(limited.Headers.RetryAfter is not null);

        // Another address is not affected.
        using var other = fx.Anonymous("198.51.100.8");
        Assert.Equal(HttpStatusCode.NotFound, (await other.LookUpAsync(Api.UnusedReceipt(), new { code = "YYYYYYYY" })).StatusCode);
    }

    private static int _citizens;

    /// <summary>A citizen at an address of their own (each lookup test address makes few lookups, under the per-address limit).</summary>
    private HttpClient Citizen() => fx.Anonymous($"2001:db8::{Interlocked.Increment(ref _citizens):x}");

    private static void AssertSame(PublicProgress expected, PublicProgress actual)
    {
        Assert.Equal(expected with { MissingMaterials = [] }, actual with { MissingMaterials = [] });
        Assert.Equal(expected.MissingMaterials, actual.MissingMaterials);
    }

    /// <summary>A well-formed progress code that is not <paramref name="code"/>.</summary>
    private static string OtherThan(string code) => code[0] == 'Z' ? "Y" + code[1..] : "Z" + code[1..];
}
