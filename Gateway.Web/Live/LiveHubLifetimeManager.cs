using Microsoft.AspNetCore.SignalR;

namespace Network.Gateway.Live;

/// <summary>
/// SignalR's own lifetime manager for /hubs/live, counting each group's members as connections
/// join, leave and disconnect (<see cref="LiveGroupMembers"/>). A join returns only once the
/// silos' publishers send this gateway the group's messages. Counts before adding and uncounts
/// after removing, so a connection is never in a group the gateway thinks empty.
/// </summary>
public sealed class LiveHubLifetimeManager(LiveGroupMembers members, ILogger<DefaultHubLifetimeManager<LiveHub>> logger)
    : DefaultHubLifetimeManager<LiveHub>(logger)
{
    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        members.Connected(connection.ConnectionId);
        return base.OnConnectedAsync(connection);
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        var known = members.Join(connectionId, groupName);
        await base.AddToGroupAsync(connectionId, groupName, cancellationToken);
        await known.WaitAsync(cancellationToken);
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await base.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        members.Leave(connectionId, groupName);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        await base.OnDisconnectedAsync(connection);
        members.Disconnected(connection.ConnectionId);
    }
}
