using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Network;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// An intake's Idempotency-Key is recorded with the matter: a retry under it (sent to a fresh
/// receipt number, as the gateway mints one per attempt) is answered with the matter the key
/// opened, and the key used for another request is refused.
/// </summary>
public sealed class IntakeKeyTests(MemoryClusterFixture fixture) : IClassFixture<MemoryClusterFixture>
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    private static RequestKey Key(string body) => new(ClerkA, Guid.NewGuid().ToString("N"), "POST", $"/api/points/{Township}/matters", body);

    [Fact]
    public async Task An_intake_retried_under_its_key_at_another_receipt_number_is_answered_with_the_matter_the_key_opened()
    {
        var key = Key("H1");
        var first = NewReceipt(Today);
        var opened = await fixture.Grains.GetGrain<IMatterGrain>(first).Accept(Intake(Allowance, AllowanceMaterials) with { Key = key });

        var retry = NewReceipt(Today);
        var answered = await fixture.Grains.GetGrain<IMatterGrain>(retry).Accept(Intake(Allowance, AllowanceMaterials) with { Key = key });

        Assert.Equal(first, answered.ReceiptNumber);
        Assert.Equal(opened.Version, answered.Version);
        Assert.Single(await fixture.Grains.GetGrain<IMatterGrain>(first).GetHistory(MonitorActor));
        Assert.Empty(await fixture.Grains.GetGrain<IMatterGrain>(retry).GetHistory(MonitorActor));
    }

    [Fact]
    public async Task A_key_sent_again_with_another_request_is_refused_as_reused_and_takes_nothing_in()
    {
        var key = Key("H2");
        await fixture.Grains.GetGrain<IMatterGrain>(NewReceipt(Today)).Accept(Intake(Allowance, AllowanceMaterials) with { Key = key });

        var other = NewReceipt(Today);
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IMatterGrain>(other).Accept(Intake(SeniorCard, "居民身份证", "一寸照片") with { Key = key with { RequestHash = "H3" } }));

        Assert.Equal((DomainErrorKind.KeyReused, "idempotency.mismatch", "Idempotency-Key"), (refused.Kind, refused.Code, refused.Field));
        Assert.Empty(await fixture.Grains.GetGrain<IMatterGrain>(other).GetHistory(MonitorActor));
    }
}
