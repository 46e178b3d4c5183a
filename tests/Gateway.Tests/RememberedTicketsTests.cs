using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;
using Network.Gateway.Security;

namespace Network.Gateway.Tests;

/// <summary>
/// The ticket format with a memory (<see cref="RememberedTickets"/>): a token decrypts once per
/// gateway, for no longer than its ticket lives and at most <see cref="RememberedTickets.MaxAge"/>;
/// every answer is a copy of its own; what does not decrypt is never remembered; the memory is
/// bounded. (That a remembered token still ends with its session: <c>SessionTests</c>.)
/// </summary>
public sealed class RememberedTicketsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly CountingFormat _inner = new();

    [Fact]
    public void A_token_is_decrypted_once_while_its_ticket_lives()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        _inner.Expires["t1"] = _clock.GetUtcNow().AddMinutes(2);

        Assert.Equal("clerk-t1", tickets.Unprotect("t1")!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("clerk-t1", tickets.Unprotect("t1")!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(1, _inner.Unprotected);
    }

    [Fact]
    public void A_ticket_is_remembered_no_longer_than_it_lives()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        _inner.Expires["t1"] = _clock.GetUtcNow().AddMinutes(2);
        tickets.Unprotect("t1");

        _clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromTicks(1));
        tickets.Unprotect("t1");
        Assert.Equal(1, _inner.Unprotected);

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(_inner.Expires["t1"], tickets.Unprotect("t1")!.Properties.ExpiresUtc);
        Assert.Equal(2, _inner.Unprotected);
        Assert.Equal(0, tickets.Count);
    }

    [Fact]
    public void A_long_lived_ticket_is_decrypted_again_after_the_longest_age()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        _inner.Expires["t1"] = _clock.GetUtcNow().AddHours(1);
        tickets.Unprotect("t1");

        _clock.Advance(RememberedTickets.MaxAge - TimeSpan.FromTicks(1));
        tickets.Unprotect("t1");
        Assert.Equal(1, _inner.Unprotected);

        _clock.Advance(TimeSpan.FromTicks(1));
        tickets.Unprotect("t1");
        Assert.Equal(2, _inner.Unprotected);
    }

    [Fact]
    public void Each_answer_is_a_ticket_of_its_own()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        _inner.Expires["t1"] = _clock.GetUtcNow().AddMinutes(10);
        var first = tickets.Unprotect("t1")!;
        first.Properties.ExpiresUtc = _clock.GetUtcNow().AddDays(30);
        first.Properties.Items["changed"] = "yes";
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim(ClaimTypes.Role, "Administrator"));

        var second = tickets.Unprotect("t1")!;
        Assert.Equal(1, _inner.Unprotected);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal(_inner.Expires["t1"], second.Properties.ExpiresUtc);
        Assert.False(second.Properties.Items.ContainsKey("changed"));
        Assert.False(second.Principal.IsInRole("Administrator"));
    }

    [Fact]
    public void A_token_that_does_not_decrypt_or_has_expired_is_never_remembered()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        Assert.Null(tickets.Unprotect("forged"));
        Assert.Null(tickets.Unprotect("forged"));
        _inner.Expires["old"] = _clock.GetUtcNow();
        tickets.Unprotect("old");
        tickets.Unprotect("old");

        Assert.Equal(4, _inner.Unprotected);
        Assert.Equal(0, tickets.Count);
    }

    [Fact]
    public void A_purpose_bound_decryption_is_never_remembered()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        _inner.Expires["t1"] = _clock.GetUtcNow().AddMinutes(10);
        tickets.Unprotect("t1", "tls-binding");
        tickets.Unprotect("t1", "tls-binding");
        Assert.Equal(2, _inner.Unprotected);
        Assert.Equal(0, tickets.Count);
    }

    [Fact]
    public void The_memory_is_bounded_and_lets_the_expired_go_first()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        for (var i = 0; i < RememberedTickets.MaxEntries - 1; i++)
        {
            _inner.Expires[$"short{i}"] = _clock.GetUtcNow().AddMinutes(1);
            tickets.Unprotect($"short{i}");
        }

        _inner.Expires["long"] = _clock.GetUtcNow().AddMinutes(10);
        tickets.Unprotect("long");
        Assert.Equal(RememberedTickets.MaxEntries, tickets.Count);

        _clock.Advance(TimeSpan.FromMinutes(1));
        _inner.Expires["new"] = _clock.GetUtcNow().AddMinutes(10);
        tickets.Unprotect("new");
        Assert.Equal(2, tickets.Count);
        var before = _inner.Unprotected;
        tickets.Unprotect("long");
        Assert.Equal(before, _inner.Unprotected);
    }

    /// <summary>Decrypts "tokens" it was told the expiry of; counts its decryptions.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public Dictionary<string, DateTimeOffset> Expires { get; } = new(StringComparer.Ordinal);

        public int Unprotected { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotected++;
            if (protectedText is null || !Expires.TryGetValue(protectedText, out var expires))
            {
                return null;
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "clerk-" + protectedText), new Claim(ClaimTypes.Role, "WindowClerk")], "test"));
            return new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, "test");
        }
    }
}
