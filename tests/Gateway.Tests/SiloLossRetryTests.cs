using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Testing;
using Orleans;

namespace Network.Gateway.Tests;

/// <summary>
/// When the silo a grain call was out on dies (kill -9 of a real silo process), the gateway sends
/// the call again within the request's budget only if repeating it cannot make it take effect
/// twice: the new activation answers it. Other calls are not sent again.
/// </summary>
[Collection(SiloLossCollection.Name)]
public sealed class SiloLossRetryTests(SiloLossFixture fx)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly string Intake = $"/api/points/{Demo.Township}/matters";

    [Fact]
    public async Task An_intake_whose_silo_dies_before_its_answer_arrives_is_sent_again_and_answered_with_the_one_matter_it_took_in()
    {
        await fx.EnsureTwoSilosAsync();
        using var clerk = await fx.As(Demo.TownClerkA);
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(611));
        var held = fx.Gate.HoldNext("Accept");
        try
        {
            var sent = clerk.PostAsync(Intake, body, Guid.NewGuid().ToString());
            // The matter was taken in and committed; its answer is held, as if lost with the silo.
            var taken = Assert.IsType<MatterView>(await held.Answer.WaitAsync(Patience));
            var matter = Matter(taken.ReceiptNumber);
            var killed = await fx.KillHostOfAsync(matter);

            var response = await sent.WaitAsync(Patience);

            // Answered while the first attempt is still held: the gateway sent the intake again.
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var answered = await response.ReadAsync<MatterView>();
            Assert.Equal(taken.ReceiptNumber, answered.ReceiptNumber);
            Assert.NotEqual(killed, await fx.HostOfAsync(matter));
            Assert.Equal(1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter WHERE receipt_number = $1", taken.ReceiptNumber));
            Assert.Equal(1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter WHERE state->'citizen'->>'lookup' = $1", PersonalDataOfThisMachine.Lookup(Demo.ResidentId(611))));
            Assert.Contains(fx.Gateway.Logs.Lines, l => l.Contains("IMatterGrain.Accept was unanswered when a silo was lost", StringComparison.Ordinal));
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task A_read_of_a_matter_whose_silo_was_just_killed_is_answered_by_a_new_activation_within_the_budget()
    {
        await fx.EnsureTwoSilosAsync();
        using var clerk = await fx.As(Demo.TownClerkA);
        var taken = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 612);
        var matter = Matter(taken.ReceiptNumber);
        var killed = await fx.KillHostOfAsync(matter);

        // Sent before the cluster has declared the silo dead: the grain is still registered there.
        var response = await clerk.GetAsync($"/api/matters/{taken.ReceiptNumber}").WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(taken.Version, (await response.ReadAsync<MatterView>()).Version);
        Assert.NotEqual(killed, await fx.HostOfAsync(matter));
    }

    [Fact]
    public async Task A_hand_up_whose_silo_dies_before_its_answer_arrives_is_not_sent_again_because_a_repeat_after_a_hand_back_would_move_it_twice()
    {
        await fx.EnsureTwoSilosAsync();
        using var village = await fx.As(Demo.VillageClerk);
        var taken = await village.TakeInAsync(Demo.Village, Demo.VillageLand, Demo.HomesteadProxy, Demo.HomesteadMaterials, 613);
        var matter = Matter(taken.ReceiptNumber);
        var held = fx.Gate.HoldNext("HandUp");
        Task<HttpResponseMessage> sent;
        try
        {
            sent = village.PostAsync($"/api/matters/{taken.ReceiptNumber}/hand-up", new { proxyAgentId = Demo.VillageProxy, note = "代办上报" }, Guid.NewGuid().ToString());
            await held.Answer.WaitAsync(Patience);
            var killed = await fx.KillHostOfAsync(matter);

            // The cluster declared the silo dead and the gateway heard of it: a safe call would be sent again now.
            await fx.Gateway.Logs.WaitForAsync(l => l.Contains($":{killed.Endpoint.Port}@", StringComparison.Ordinal) && l.Contains("declared dead", StringComparison.Ordinal)).WaitAsync(Patience);

            Assert.False(sent.IsCompleted);
            Assert.DoesNotContain(fx.Gateway.Logs.Lines, l => l.Contains("IMatterGrain.HandUp", StringComparison.Ordinal) && l.Contains("sending it again", StringComparison.Ordinal));
        }
        finally
        {
            held.Release();
        }

        // The held first attempt's own answer is the answer: the matter moved up once.
        var response = await sent.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MatterStatus.HandedUp, (await response.ReadAsync<MatterView>()).Status);
        Assert.Equal(1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND action = 'PassedUp'", taken.ReceiptNumber));
    }

    private IMatterGrain Matter(string receiptNumber) =>
        fx.Gateway.Services.GetRequiredService<IClusterClient>().GetGrain<IMatterGrain>(receiptNumber);
}
