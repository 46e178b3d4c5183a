using System.Net;
using System.Net.Http.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// Infrastructure failures are 503 problems with Retry-After: PostgreSQL stopped (a retry with the
/// same key succeeds once it is back), then the silo stopped. One test, because the order matters.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class OutageTests(GatewayFixture fx)
{
    private static readonly string Intake = $"/api/points/{Demo.Township}/matters";

    [Fact]
    public async Task Outages_of_PostgreSQL_then_of_the_cluster_are_503_with_Retry_After_and_a_retry_with_the_same_key_succeeds_in_between()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        using var anonymous = fx.Anonymous();
        await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 90);
        var mattersBefore = await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter");
        var key = Guid.NewGuid().ToString();
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(91));

        await fx.Database.StopAsync();
        try
        {
            await AssertUnavailableAsync(await anonymous.PostAsJsonAsync("/api/auth/token", new { clerkId = Demo.TownClerkB, password = Demo.Password }));
            await AssertUnavailableAsync(await clerk.PostAsync(Intake, body, key));
            await AssertUnavailableAsync(await clerk.PostAsync(Intake, Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(92))));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await fx.Database.RestartAsync();
        }

        // A client retries a 503 with the same key until it gets an answer; connections broken by
        // the outage are dropped on first use, so a few retries may still see a 503.
        HttpResponseMessage retry;
        var attempts = 0;
        do
        {
            retry = await clerk.PostAsync(Intake, body, key);
        }
        while (retry.StatusCode == HttpStatusCode.ServiceUnavailable && ++attempts < 20);

        var matter = await retry.ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.InProgress, matter.Status);
        Assert.Equal(mattersBefore + 1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);

        // Then the cluster goes away (the fixture's silo is stopped for good: one test, in order).
        await fx.Silo.StopAsync();

        await AssertUnavailableAsync(await clerk.GetAsync($"/api/matters/{matter.ReceiptNumber}"));
        await AssertUnavailableAsync(await clerk.PostAsync($"/api/matters/{matter.ReceiptNumber}/complete", new { resultNote = "办结" }, Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.AssertProblemAsync(503, code: "service.unavailable");
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }
}
