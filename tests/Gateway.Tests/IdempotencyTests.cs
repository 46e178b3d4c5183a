using System.Net;
using System.Security.Cryptography;
using System.Text;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>Idempotency-Key: a retry gets the first answer and acts on nothing; a reused key for another request is a 422.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyTests(GatewayFixture fx)
{
    private static readonly string Intake = $"/api/points/{Demo.Township}/matters";

    [Fact]
    public async Task A_retried_intake_with_the_same_key_returns_the_first_matter_and_takes_in_nothing_more()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(60));
        var mattersBefore = await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter");

        var first = await clerk.PostAsync(Intake, body, key);
        var firstMatter = await first.ReadAsync<MatterView>();
        var ledgerRows = await fx.Database.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1", firstMatter.ReceiptNumber);
        var retry = await clerk.PostAsync(Intake, body, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(mattersBefore + 1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter"));
        Assert.Equal(ledgerRows, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1", firstMatter.ReceiptNumber));
        // The key was recorded with the matter, in its commit: it names the matter and keeps no response.
        Assert.Equal(firstMatter.ReceiptNumber, await fx.Database.ScalarAsync<string>("SELECT receipt_number FROM idempotency_key WHERE idempotency_key = $1 AND response_body IS NULL AND case_kind = 'matter'", key));
    }

    [Fact]
    public async Task Intakes_racing_under_one_key_take_in_one_matter_and_all_answer_with_it()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(67));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => clerk.PostAsync(Intake, body, key)));
        var matters = await Task.WhenAll(answers.Select(a => a.ReadAsync<MatterView>()));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single(matters.Select(m => m.ReceiptNumber).Distinct());
        Assert.Equal(5, answers.Count(a => a.Headers.Contains("Idempotency-Replayed")));
        Assert.Equal(1L, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter WHERE receipt_number = ANY($1)", (object)matters.Select(m => m.ReceiptNumber).ToArray()));
        Assert.Equal(1L, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM case_record WHERE kind = 'matter' AND state->'citizen'->>'lookup' = $1", PersonalDataOfThisMachine.Lookup(Demo.ResidentId(67))));
    }

    [Fact]
    public async Task The_same_key_with_another_body_or_route_is_a_422_naming_the_header()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        await (await clerk.PostAsync(Intake, Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(61)), key)).ReadAsync<MatterView>();
        var mattersBefore = await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter");

        var otherBody = await clerk.PostAsync(Intake, Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(62)), key);
        await otherBody.AssertProblemAsync(422, "Idempotency-Key", "idempotency.mismatch");
        var otherRoute = await clerk.PostAsync($"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}/away", null, key);
        await otherRoute.AssertProblemAsync(422, "Idempotency-Key", "idempotency.mismatch");
        Assert.Equal(mattersBefore, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter"));

        await (await clerk.PostAsync(Intake, Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, [], Demo.ResidentId(62)), new string('k', 101))).AssertProblemAsync(400, "Idempotency-Key", "idempotency.keyInvalid");
    }

    [Fact]
    public async Task Keys_belong_to_a_clerk_so_another_clerk_with_the_same_key_acts_on_their_own()
    {
        var key = Guid.NewGuid().ToString();
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(63));
        using var a = await fx.As(Demo.TownClerkA);
        using var b = await fx.As(Demo.TownClerkB);
        var byA = await (await a.PostAsync(Intake, body, key)).ReadAsync<MatterView>();
        var byB = await (await b.PostAsync(Intake, body, key)).ReadAsync<MatterView>();
        Assert.NotEqual(byA.ReceiptNumber, byB.ReceiptNumber);
    }

    [Fact]
    public async Task A_retried_completion_records_one_step_and_a_refusal_is_replayed_as_it_was()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 64);
        var url = $"/api/matters/{matter.ReceiptNumber}/complete";
        var key = Guid.NewGuid().ToString();

        var done = await (await clerk.PostAsync(url, new { resultNote = "已发放" }, key)).ReadAsync<MatterView>();
        var rows = await fx.Database.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1", matter.ReceiptNumber);
        var retry = await clerk.PostAsync(url, new { resultNote = "已发放" }, key);
        Assert.Equal(done.Version, (await retry.ReadAsync<MatterView>()).Version);
        Assert.Equal(rows, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1", matter.ReceiptNumber));

        var refusedKey = Guid.NewGuid().ToString();
        await (await clerk.PostAsync(url, new { resultNote = "再次" }, refusedKey)).AssertProblemAsync(409, "status", "matter.illegalTransition");
        var replayed = await clerk.PostAsync(url, new { resultNote = "再次" }, refusedKey);
        await replayed.AssertProblemAsync(409, "status", "matter.illegalTransition");
        Assert.Equal("true", replayed.Headers.GetValues("Idempotency-Replayed").Single());
    }

    [Fact]
    public async Task A_key_an_earlier_build_claimed_and_minted_a_number_for_takes_in_under_that_number()
    {
        // The state a gateway of an earlier build (which claimed intake keys itself) left when it
        // died after minting the number and before answering: the key claimed, the number stored,
        // no response, and the lease lapsed.
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        var body = $$"""{"windowId":"civil-affairs","itemId":"temporary-relief","citizen":{"name":"赵六","residentId":"{{Demo.ResidentId(65)}}"},"materialsHandedIn":["居民身份证","户口簿","临时救助申请书","困难情况证明材料"]}""";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var minted = $"{Demo.Township}-20261130-KEYCRASH";
        await fx.Database.ExecuteAsync(
            "INSERT INTO idempotency_key (clerk_id, idempotency_key, method, route, request_hash, receipt_number, locked_until) VALUES ($1, $2, 'POST', $3, $4, $5, now() - interval '1 second')",
            Demo.TownClerkA, key, Intake, hash, minted);

        using var request = new HttpRequestMessage(HttpMethod.Post, Intake) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        var matter = await (await clerk.SendAsync(request)).ReadAsync<MatterView>();
        Assert.Equal(minted, matter.ReceiptNumber);
    }

    [Fact]
    public async Task A_key_an_earlier_build_claimed_with_a_reserved_number_takes_in_under_that_number()
    {
        // A gateway of an earlier build claimed the key (reserving the number's date and tail with
        // it) and died before the grain was called: the lease lapsed, nothing was taken in, and a
        // retry on another day still gets the number reserved with the key.
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        var body = $$"""{"windowId":"civil-affairs","itemId":"temporary-relief","citizen":{"name":"钱七","residentId":"{{Demo.ResidentId(66)}}"},"materialsHandedIn":["居民身份证","户口簿","临时救助申请书","困难情况证明材料"]}""";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        await fx.Database.ExecuteAsync(
            "INSERT INTO idempotency_key (clerk_id, idempotency_key, method, route, request_hash, reserved_suffix, locked_until) VALUES ($1, $2, 'POST', $3, $4, '20261129-KEYCRASH', now() - interval '1 second')",
            Demo.TownClerkA, key, Intake, hash);

        using var request = new HttpRequestMessage(HttpMethod.Post, Intake) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        var matter = await (await clerk.SendAsync(request)).ReadAsync<MatterView>();

        Assert.Equal($"{Demo.Township}-20261129-KEYCRASH", matter.ReceiptNumber);
    }
}
