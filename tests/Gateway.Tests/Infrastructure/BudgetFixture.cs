using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// A gateway whose clock is a <see cref="FakeTimeProvider"/> the test moves, so a request's budget
/// runs out when the test says so. The budget is long (<see cref="BudgetSeconds"/>) so that the
/// deadline it sends to the silo, read there against the real clock, is still ahead.
/// </summary>
public sealed class BudgetFixture : GatewayFixture
{
    public const int BudgetSeconds = 3600;

    /// <summary>The gateway's clock, starting at the real time.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Moves the gateway's clock past the whole budget of every request started so far.</summary>
    public void SpendTheBudget() => Clock.Advance(TimeSpan.FromSeconds(BudgetSeconds + 1));

    protected override void ConfigureGateway(IDictionary<string, string?> settings) =>
        settings["Gateway:RequestBudgetSeconds"] = BudgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override void ConfigureGatewayServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(Clock);
}
