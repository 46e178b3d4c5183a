using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>A hub connection lives no longer than its session: sign-out, disable and account changes close it.</summary>
[Collection(SessionCollection.Name)]
public sealed class HubSessionTests(SessionFixture fx)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_clerk_disabled_through_another_gateway_loses_the_hub_connection_within_the_window_and_others_keep_theirs()
    {
        var disabled = await fx.NewAccountAsync();
        var other = await fx.NewAccountAsync();
        await using var doomed = fx.Hub((await fx.TokenAsync(disabled)).AccessToken);
        await using var kept = fx.Hub((await fx.TokenAsync(other)).AccessToken);
        var closed = Closed(doomed);
        await doomed.StartAsync();
        await kept.StartAsync();
        await doomed.InvokeAsync("WatchSubtree", Demo.Township);
        await kept.InvokeAsync("WatchSubtree", Demo.Township);

        await fx.Database.ExecuteAsync("UPDATE clerk_account SET disabled = true, security_stamp = gen_random_uuid()::text WHERE id = $1", disabled);
        fx.Clock.Advance(TimeSpan.FromSeconds(60));

        await closed.WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Connected, kept.State);
        await kept.InvokeAsync("WatchSubtree", Demo.Township);
    }

    [Fact]
    public async Task Sign_out_closes_the_hub_connections_of_that_session_at_once()
    {
        var clerk = await fx.NewAccountAsync();
        var token = await fx.TokenAsync(clerk);
        await using var hub = fx.Hub(token.AccessToken);
        var closed = Closed(hub);
        await hub.StartAsync();
        await hub.InvokeAsync("WatchSubtree", Demo.Township);

        using var client = fx.Bearer(token.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/sign-out", null)).StatusCode);

        await closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_disable_by_the_administrator_on_this_gateway_closes_the_clerk_s_hub_connection_at_once()
    {
        var clerk = await fx.NewAccountAsync();
        await using var hub = fx.Hub((await fx.TokenAsync(clerk)).AccessToken);
        var closed = Closed(hub);
        await hub.StartAsync();
        await hub.InvokeAsync("WatchSubtree", Demo.Township);

        using var admin = await fx.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/accounts/{clerk}", new { displayName = "会话测试", role = "WindowClerk", pointCode = Demo.Township, disabled = true })).EnsureSuccessStatusCode();

        await closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_hub_invocation_of_a_session_that_has_ended_is_refused_and_the_connection_closed()
    {
        var clerk = await fx.NewAccountAsync();
        await using var hub = fx.Hub((await fx.TokenAsync(clerk)).AccessToken);
        var closed = Closed(hub);
        await hub.StartAsync();
        await hub.InvokeAsync("WatchSubtree", Demo.Township);

        // Disabled elsewhere; this gateway's cached read lapses before its next sweep.
        await fx.Database.ExecuteAsync("UPDATE clerk_account SET disabled = true, security_stamp = gen_random_uuid()::text WHERE id = $1", clerk);
        fx.Gateway.Services.GetRequiredService<Security.SessionValidator>().Forget(clerk);

        // Refused (the reason, or the connection closing under the call, whichever reaches the client first).
        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("WatchSubtree", Demo.Township));
        await closed.WaitAsync(Patience);
    }

    private static Task Closed(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
