using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// Re-validates a signed-in principal (cookie, bearer token or hub connection) against its session
/// and account. What it read of a session is trusted for <c>Gateway:SessionRevalidateSeconds</c>
/// (per gateway), so the hot path reads PostgreSQL once per session per window; a change made on
/// another gateway is seen within that window, one made through this gateway at once
/// (<see cref="Forget"/>). Concurrent requests of one session share one read.
/// </summary>
public sealed class SessionValidator(SessionStore sessions, TimeProvider clock, IOptions<GatewayOptions> options)
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<Guid, Entry> _cache = new();
    private readonly TimeSpan _window = TimeSpan.FromSeconds(Math.Max(0, options.Value.SessionRevalidateSeconds));

    /// <summary>Why <paramref name="principal"/>'s session has ended, or null while it may act.</summary>
    public async ValueTask<string?> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var clerkId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (clerkId is null || SessionTicket.Of(principal) is not { } ticket)
        {
            return "This sign-in was issued before sessions could be revoked; sign in again.";
        }

        var now = clock.GetUtcNow();
        var state = await ReadAsync(ticket.Session, now, cancellationToken);
        return state is null ? "This session is unknown; sign in again." : state.EndReason(clerkId, ticket.Stamp, now);
    }

    /// <summary>
    /// Trusts what this gateway has just written of a new session (its sign-in) for the window, as
    /// if read: the session's first request needs no read of PostgreSQL.
    /// </summary>
    public void Remember(Guid session, SessionState state) =>
        _cache[session] = new Entry(Task.FromResult<SessionState?>(state), clock.GetUtcNow()) { ClerkId = state.ClerkId };

    /// <summary>Drops what this gateway read of <paramref name="clerkId"/>'s sessions, so their next check reads PostgreSQL.</summary>
    public void Forget(string clerkId)
    {
        foreach (var (id, entry) in _cache)
        {
            if (entry.ClerkId is null || string.Equals(entry.ClerkId, clerkId, StringComparison.Ordinal))
            {
                _cache.TryRemove(id, out _);
            }
        }
    }

    private async Task<SessionState?> ReadAsync(Guid session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(session, out var cached) && now - cached.ReadAt < _window)
        {
            return await Await(session, cached, cancellationToken);
        }

        if (_cache.Count > SweepAbove)
        {
            foreach (var (id, entry) in _cache.Where(e => now - e.Value.ReadAt >= _window).ToList())
            {
                _cache.TryRemove(new KeyValuePair<Guid, Entry>(id, entry));
            }
        }

        // The read is not tied to one request: others of the session may wait on it.
        var read = sessions.FindAsync(session, CancellationToken.None);
        var fresh = new Entry(read, now);
        _cache[session] = fresh;
        return await Await(session, fresh, cancellationToken);
    }

    private async Task<SessionState?> Await(Guid session, Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            var state = await entry.State.WaitAsync(cancellationToken);
            entry.ClerkId = state?.ClerkId;
            return state;
        }
        catch when (entry.State.IsFaulted)
        {
            // A failed read (the database is down) is not kept: the next request reads again.
            _cache.TryRemove(new KeyValuePair<Guid, Entry>(session, entry));
            throw;
        }
    }

    private sealed class Entry(Task<SessionState?> state, DateTimeOffset readAt)
    {
        public Task<SessionState?> State { get; } = state;

        public DateTimeOffset ReadAt { get; } = readAt;

        /// <summary>The session's clerk, once read (null while the read runs: <see cref="Forget"/> drops those too).</summary>
        public string? ClerkId { get; set; }
    }
}
