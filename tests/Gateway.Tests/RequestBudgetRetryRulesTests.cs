using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Network.Gateway.Tests;

/// <summary>
/// The rule of <see cref="RequestBudgetRetryRules"/>: a call is sent again after a silo loss only
/// if running it twice is running it once, and only a failure to reach a silo is a silo loss.
/// </summary>
public sealed class RequestBudgetRetryRulesTests
{
    [Theory]
    [InlineData(nameof(IMatterGrain.Get))]
    [InlineData(nameof(IMatterGrain.GetHistory))]
    [InlineData(nameof(IMatterGrain.Accept))]
    [InlineData(nameof(IMatterGrain.Complete))]
    [InlineData(nameof(IMatterGrain.Return))]
    [InlineData(nameof(IMatterGrain.Decide))]
    [InlineData(nameof(IMatterGrain.Deliver))]
    [InlineData(nameof(IMatterGrain.CompletePart))]
    [InlineData(nameof(IMatterGrain.ReturnPart))]
    [InlineData(nameof(IMatterGrain.CheckDeadlines))]
    public void Reads_intake_and_the_commands_a_matter_cannot_take_twice_are_sent_again(string method) =>
        Assert.True(RequestBudgetRetryRules.IsSafeToRepeat(typeof(IMatterGrain).GetMethod(method)!));

    [Theory]
    [InlineData(typeof(IMatterGrain), nameof(IMatterGrain.HandUp))]
    [InlineData(typeof(IMatterGrain), nameof(IMatterGrain.HandBack))]
    [InlineData(typeof(IMatterGrain), nameof(IMatterGrain.HandOver))]
    [InlineData(typeof(IMatterGrain), nameof(IMatterGrain.SupplyMaterials))]
    [InlineData(typeof(IMatterGrain), nameof(IMatterGrain.RequestSupplement))]
    [InlineData(typeof(IWindowGrain), nameof(IWindowGrain.SetPrimaryAway))]
    [InlineData(typeof(ILiveStatusHubGrain), nameof(ILiveStatusHubGrain.Register))]
    public void Commands_a_matter_can_come_back_to_and_calls_not_named_are_not_sent_again(Type grain, string method)
    {
        // Every overload of the name (the live hub's Register has two).
        var overloads = grain.GetMethods().Where(m => m.Name == method).ToArray();
        Assert.NotEmpty(overloads);
        Assert.All(overloads, m => Assert.False(RequestBudgetRetryRules.IsSafeToRepeat(m)));
    }

    [Fact]
    public void A_remembered_answer_is_the_answer_of_the_rule_for_each_method()
    {
        // Asked again and again (the answers are kept per method): intake stays repeatable and the
        // hand-up does not, however the two are interleaved, and whichever was asked first.
        var accept = typeof(IMatterGrain).GetMethod(nameof(IMatterGrain.Accept))!;
        var handUp = typeof(IMatterGrain).GetMethod(nameof(IMatterGrain.HandUp))!;
        for (var i = 0; i < 3; i++)
        {
            Assert.False(RequestBudgetRetryRules.IsSafeToRepeat(handUp));
            Assert.True(RequestBudgetRetryRules.IsSafeToRepeat(accept));
        }
    }

    [Fact]
    public void A_refused_delivery_or_connection_is_a_silo_loss_and_wrapped_ones_are_found()
    {
        Assert.True(RequestBudgetRetryRules.IsSiloLoss(new SiloUnavailableException()));
        Assert.True(RequestBudgetRetryRules.IsSiloLoss(new ConnectionFailedException("refused")));
        Assert.True(RequestBudgetRetryRules.IsSiloLoss(new OrleansException("wrapped", new SiloUnavailableException())));
    }

    [Fact]
    public void Refusals_of_the_trade_a_spent_budget_and_other_failures_are_not_silo_losses()
    {
        Assert.False(RequestBudgetRetryRules.IsSiloLoss(DomainException.Conflict("matter.illegalTransition", "no")));
        Assert.False(RequestBudgetRetryRules.IsSiloLoss(new DeadlineExceededException("spent")));
        Assert.False(RequestBudgetRetryRules.IsSiloLoss(new CommitQueueFullException("full")));
        Assert.False(RequestBudgetRetryRules.IsSiloLoss(new TimeoutException()));
        Assert.False(RequestBudgetRetryRules.IsSiloLoss(new GatewayTooBusyException()));
    }
}
