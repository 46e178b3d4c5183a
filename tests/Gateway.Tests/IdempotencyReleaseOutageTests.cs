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
    [Fact]
    public async Task A_key_whose_release_failed_in_a_database_outage_is_released_once_the_database_returns()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        // Taken in under a key and retried on a 503 as a client does: the first request of a fresh
        // cluster may outlast the request budget on a busy machine.
        var intakeKey = Guid.NewGuid().ToString();
        HttpResponseMessage intake;
        var tries = 0;
        do
        {
            intake = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(401)), intakeKey);
        }
        while (intake.StatusCode == HttpStatusCode.ServiceUnavailable && ++tries < 5);

        var matter = await intake.ReadAsync<MatterView>();
        var url = $"/api/matters/{matter.ReceiptNumber}/complete";
        var body = new { resultNote = "已发放" };
        var key = Guid.NewGuid().ToString();

        // The key is claimed and the matter completed; then PostgreSQL stops before the gateway
        // stores the answer, so neither the answer nor the key's release reaches the database.
        var held = fx.Gate.HoldNext("Complete");
        var sent = clerk.PostAsync(url, body, key);
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
            retry = await clerk.PostAsync(url, body, key);
            Assert.NotEqual(HttpStatusCode.Conflict, retry.StatusCode);
        }
        while (retry.StatusCode == HttpStatusCode.ServiceUnavailable && ++attempts < 20);

        // The matter answers the retried completion as it stands: completed once.
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.Version, (await retry.ReadAsync<MatterView>()).Version);
        Assert.Equal(1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND action = 'Completed'", matter.ReceiptNumber));
    }
}
