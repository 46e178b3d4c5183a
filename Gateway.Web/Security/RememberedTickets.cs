using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Network.Gateway.Security;

/// <summary>
/// The bearer token's and the session cookie's ticket format with a memory: a token or cookie
/// this gateway has already decrypted is not decrypted again (data protection's AES and HMAC and
/// the ticket's deserialisation were ~6 % of the gateway's request CPU, once per request). What a
/// token string decrypts to never changes, so remembering it changes nothing a request sees:
/// <list type="bullet">
/// <item>every answer is a fresh copy (its own principal and properties), as a decryption gives;</item>
/// <item>an entry lasts no longer than its ticket (<see cref="AuthenticationProperties.ExpiresUtc"/>)
/// and at most <see cref="MaxAge"/>; the schemes still check the expiry on every request;</item>
/// <item>only tickets that decrypted are remembered (a forged or foreign token is decrypted, and
/// refused, every time), and only <see cref="MaxEntries"/> of them;</item>
/// <item>revocation is not the ticket's business: the session behind it is re-validated on every
/// request (<see cref="SessionRevalidationMiddleware"/>), so a sign-out, a disabled account or a
/// role change ends a remembered token exactly as promptly as one decrypted again.</item>
/// </list>
/// </summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>The most tickets remembered (a few KiB each with its token); past it the expired go, then all.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The longest a ticket is remembered, however long it lives (a data-protection key revoked meanwhile is seen by then).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many tickets are remembered now.</summary>
    public int Count => _entries.Count;

    /// <summary>Whether <paramref name="protectedText"/>'s ticket is remembered (tests).</summary>
    internal bool Remembers(string protectedText) => _entries.ContainsKey(protectedText);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(protectedText, out var entry))
        {
            if (now < entry.Until)
            {
                return Copy(entry.Ticket);
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(protectedText, entry));
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket?.Properties.ExpiresUtc is { } expires && expires > now)
        {
            Remember(protectedText, Copy(ticket), Min(expires, now + MaxAge), now);
        }

        return ticket;
    }

    private void Remember(string protectedText, AuthenticationTicket ticket, DateTimeOffset until, DateTimeOffset now)
    {
        if (_entries.Count >= MaxEntries)
        {
            foreach (var (key, old) in _entries)
            {
                if (now >= old.Until)
                {
                    _entries.TryRemove(new KeyValuePair<string, Entry>(key, old));
                }
            }

            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }
        }

        _entries[protectedText] = new Entry(ticket, until);
    }

    /// <summary>A ticket of its own for each request: nothing one request changes reaches another.</summary>
    /// (<see cref="ClaimsPrincipal.Clone"/> would share the identities: each is cloned, claims and all.)
    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record Entry(AuthenticationTicket Ticket, DateTimeOffset Until);
}
