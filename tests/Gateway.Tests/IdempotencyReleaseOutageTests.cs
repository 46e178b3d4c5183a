using System.Net;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// An Idempotency-Key whose request failed because PostgreSQL went away is released as soon as
/// PostgreSQL answers again (not when its 30 s lease lapses), so the retry runs at once.
/// </summary>
[Collection(ReleaseOutageCollection.Name)]
public sealed class IdempotencyReleaseOutageTests(GatewayFixture fx)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string Intake = $"/api/points/{Demo.Township}/matters";

    [Fact]
    public async Task A_key_whose_release_failed_in_a_database_outage_is_released_once_the_database_returns()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(401));

        // The key is claimed and the matter taken in; then PostgreSQL stops before the gateway
        // stores the answer, so neither the answer nor the key's release reaches the database.
        var held = fx.Gate.HoldNext("Accept");
        var sent = clerk.PostAsync(Intake, body, key);
        var first = Assert.IsType<MatterView>(await held.Answer.WaitAsync(Patience));
        await fx.Database.StopAsync();
        try
        {
            held.Release();
            await (await sent.WaitAsync(Patience)).AssertProblemAsync(503, code: "service.unavailable");
        }
        finally
        {
            await fx.Database.RestartAsync();
        }

        await fx.Gateway.Logs.WaitForAsync(line => line.Contains($"Released the Idempotency-Key {key} ", StringComparison.Ordinal)).WaitAsync(Patience);
        Assert.True(await fx.Database.ScalarAsync<bool>("SELECT locked_until <= now() FROM idempotency_key WHERE idempotency_key = $1", key));

        // Connections broken by the outage are dropped on first use, so a retry may still see a
        // 503; it never sees the key locked (409).
        HttpResponseMessage retry;
        var attempts = 0;
        do
        {
            retry = await clerk.PostAsync(Intake, body, key);
            Assert.NotEqual(HttpStatusCode.Conflict, retry.StatusCode);
        }
        while (retry.StatusCode == HttpStatusCode.ServiceUnavailable && ++attempts < 20);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var matter = await retry.ReadAsync<MatterView>();
        Assert.Equal(first.ReceiptNumber, matter.ReceiptNumber);
        Assert.Equal(1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter WHERE receipt_number = $1", matter.ReceiptNumber));
    }
}
