using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Gateway.Tests.Infrastructure;
using Orleans.Configuration;

namespace Network.Gateway.Tests;

/// <summary>
/// <c>Gateway:GrainCallTimeoutSeconds</c> is the Orleans client's response timeout: it bounds calls
/// outside a request's budget and how long the client keeps the callback of an attempt it gave up on.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class GrainCallTimeoutTests(GatewayFixture fx)
{
    [Fact]
    public void The_configured_grain_call_timeout_is_the_orleans_clients_response_timeout()
    {
        var messaging = fx.Gateway.Services.GetRequiredService<IOptions<ClientMessagingOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(15), messaging.ResponseTimeout);
    }
}
