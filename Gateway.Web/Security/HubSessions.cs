using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace Network.Gateway.Security;

/// <summary>
/// The signed-in hub connections of this gateway (registered by <see cref="HubSessionFilter"/>).
/// <see cref="RevalidateAsync"/> checks them against their sessions and closes those whose session
/// has ended: periodically (<see cref="HubSessionSweeper"/>) and at once after a change made here.
/// </summary>
public sealed class HubSessions(SessionValidator validator, ILogger<HubSessions> logger)
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public void Add(HubCallerContext connection) => _connections[connection.ConnectionId] = connection;

    public void Remove(HubCallerContext connection) => _connections.TryRemove(connection.ConnectionId, out _);

    /// <summary>Closes the connections (of <paramref name="clerkId"/>, or all when null) whose session has ended; answers how many.</summary>
    public async Task<int> RevalidateAsync(string? clerkId, CancellationToken cancellationToken)
    {
        var closed = 0;
        foreach (var connection in _connections.Values)
        {
            if (connection.User is not { } user
                || (clerkId is not null && !string.Equals(user.FindFirstValue(ClaimTypes.NameIdentifier), clerkId, StringComparison.Ordinal)))
            {
                continue;
            }

            string? reason;
            try
            {
                reason = await validator.CheckAsync(user, cancellationToken);
            }
            catch (Exception e) when (Errors.GatewayExceptionHandler.IsInfrastructure(e) && !cancellationToken.IsCancellationRequested)
            {
                // The database is unavailable: keep the connection; the next sweep checks again.
                logger.LogWarning("Hub connection {ConnectionId} could not be re-validated: {Error}", connection.ConnectionId, e.Message);
                continue;
            }

            if (reason is not null)
            {
                logger.LogInformation("Hub connection {ConnectionId} of {ClerkId} closed: {Reason}", connection.ConnectionId, user.FindFirstValue(ClaimTypes.NameIdentifier), reason);
                Remove(connection);
                connection.Abort();
                closed++;
            }
        }

        return closed;
    }
}
