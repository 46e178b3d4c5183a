using System.Net;
using System.Net.Http.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Tests.Infrastructure;
using Npgsql;

namespace Network.Gateway.Tests;

/// <summary>
/// Per-account lockout with the administrator's unlock, the forced change after a reset, PBKDF2
/// rehash, and the append-only audit log of sign-ins and account changes (issue 14).
/// </summary>
[Collection(SessionCollection.Name)]
public sealed class LockoutAndAuditTests(SessionFixture fx)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_and_the_next_lock_lasts_twice_as_long()
    {
        var clerk = await fx.NewAccountAsync();
        await FailAsync(clerk, 4, "auth.failed");
        await FailAsync(clerk, 1, "auth.locked");
        await (await SignInAsync(clerk, SessionFixture.Password)).AssertProblemAsync(401, "clerkId", "auth.locked");

        fx.Clock.Advance(TimeSpan.FromMinutes(15));
        await FailAsync(clerk, 4, "auth.failed");
        await FailAsync(clerk, 1, "auth.locked");
        fx.Clock.Advance(TimeSpan.FromMinutes(15));
        await (await SignInAsync(clerk, SessionFixture.Password)).AssertProblemAsync(401, "clerkId", "auth.locked");
        fx.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(clerk, SessionFixture.Password)).StatusCode);
    }

    [Fact]
    public async Task The_administrator_unlocks_a_locked_account_and_the_unlock_is_audited()
    {
        var clerk = await fx.NewAccountAsync();
        await FailAsync(clerk, 5, null);
        await (await SignInAsync(clerk, SessionFixture.Password)).AssertProblemAsync(401, "clerkId", "auth.locked");

        using var admin = await fx.AdminAsync();
        var unlocked = await (await admin.PostAsync($"/api/admin/accounts/{clerk}/unlock", null)).ReadAsync<AccountView>();
        Assert.Null(unlocked.LockedUntil);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(clerk, SessionFixture.Password)).StatusCode);
        Assert.Equal(Demo.Admin, await fx.Database.ScalarAsync<string>("SELECT actor_id FROM audit_event WHERE action = 'account.unlock' AND subject_id = $1", clerk));
        await (await admin.PostAsync("/api/admin/accounts/nobody-here/unlock", null)).AssertProblemAsync(404, "clerkId", "account.notFound");
        using var clerkClient = fx.Bearer((await fx.TokenAsync(clerk)).AccessToken);
        await (await clerkClient.PostAsync($"/api/admin/accounts/{clerk}/unlock", null)).AssertProblemAsync(403, "role", "auth.role");
    }

    [Fact]
    public async Task Failed_and_successful_sign_ins_are_audited_with_the_address_and_the_audit_log_refuses_update_and_delete()
    {
        var clerk = await fx.NewAccountAsync();
        using var client = fx.Anonymous("198.51.100.7");
        await (await client.PostAsJsonAsync("/api/auth/token", new { clerkId = clerk, password = "not-the-password" })).AssertProblemAsync(401, "password", "auth.failed");
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { clerkId = clerk, password = SessionFixture.Password })).EnsureSuccessStatusCode();
        await (await client.PostAsJsonAsync("/api/auth/token", new { clerkId = "nobody-at-all", password = "whatever-1" })).AssertProblemAsync(401, "password", "auth.failed");

        Assert.Equal("failed|wrong password|198.51.100.7", await fx.Database.ScalarAsync<string>(
            "SELECT outcome || '|' || detail || '|' || address FROM audit_event WHERE action = 'sign-in' AND subject_id = $1 AND outcome = 'failed'", clerk));
        Assert.Equal("succeeded|cookie|198.51.100.7", await fx.Database.ScalarAsync<string>(
            "SELECT outcome || '|' || detail || '|' || address FROM audit_event WHERE action = 'sign-in' AND subject_id = $1 AND actor_id = $1", clerk));
        Assert.Equal("unknown account", await fx.Database.ScalarAsync<string>("SELECT detail FROM audit_event WHERE subject_id = 'nobody-at-all'"));

        var update = await Assert.ThrowsAsync<PostgresException>(() => fx.Database.ExecuteAsync("UPDATE audit_event SET outcome = 'succeeded' WHERE subject_id = $1", clerk));
        Assert.Contains("append-only", update.MessageText);
        await Assert.ThrowsAsync<PostgresException>(() => fx.Database.ExecuteAsync("DELETE FROM audit_event WHERE subject_id = $1", clerk));
        await Assert.ThrowsAsync<PostgresException>(() => fx.Database.ExecuteAsync("TRUNCATE audit_event"));
    }

    [Fact]
    public async Task Account_changes_through_the_administration_api_are_audited_with_the_administrator_as_actor()
    {
        var clerk = await fx.NewAccountAsync();
        using var admin = await fx.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/accounts/{clerk}", new { displayName = "会话测试", role = "CenterDirector", pointCode = Demo.OtherTownship, disabled = true, password = "Reset-2026!" })).EnsureSuccessStatusCode();

        var actions = await fx.Database.ScalarAsync<string>(
            "SELECT string_agg(action || ':' || actor_id, ',' ORDER BY id) FROM audit_event WHERE subject_id = $1 AND action LIKE 'account.%'", clerk);
        Assert.Equal("account.create:admin,account.disable:admin,account.role:admin,account.point:admin,account.passwordReset:admin", actions);
    }

    [Fact]
    public async Task A_password_reset_by_the_administrator_ends_the_sessions_and_forces_a_change_before_any_sign_in()
    {
        var clerk = await fx.NewAccountAsync();
        using var before = fx.Bearer((await fx.TokenAsync(clerk)).AccessToken);
        using var admin = await fx.AdminAsync();
        var reset = await (await admin.PutAsJsonAsync($"/api/admin/accounts/{clerk}", new { displayName = "会话测试", role = "WindowClerk", pointCode = Demo.Township, password = "Reset-2026!" })).ReadAsync<AccountView>();
        Assert.True(reset.MustChangePassword);
        await (await before.GetAsync("/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");

        await (await SignInAsync(clerk, "Reset-2026!")).AssertProblemAsync(403, "password", "auth.passwordChangeRequired");
        using var anonymous = fx.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { clerkId = clerk, password = "Reset-2026!" })).AssertProblemAsync(403, "password", "auth.passwordChangeRequired");
        await (await anonymous.PostAsJsonAsync("/api/auth/change-password", new { clerkId = clerk, currentPassword = "Reset-2026!", newPassword = "short" })).AssertProblemAsync(400, "newPassword", "password.weak");
        await (await anonymous.PostAsJsonAsync("/api/auth/change-password", new { clerkId = clerk, currentPassword = "Reset-2026!", newPassword = "Reset-2026!" })).AssertProblemAsync(400, "newPassword", "password.unchanged");
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/change-password", new { clerkId = clerk, currentPassword = "Reset-2026!", newPassword = "Mine-2026!" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(clerk, "Mine-2026!")).StatusCode);
        Assert.Equal("account.passwordReset:admin,password.change:" + clerk, await fx.Database.ScalarAsync<string>(
            "SELECT string_agg(action || ':' || actor_id, ',' ORDER BY id) FROM audit_event WHERE subject_id = $1 AND action IN ('account.passwordReset', 'password.change')", clerk));
    }

    [Fact]
    public async Task A_password_hash_with_fewer_iterations_is_redone_at_the_configured_count_on_sign_in()
    {
        var clerk = "s-weak-" + Guid.NewGuid().ToString("N")[..6];
        await fx.Database.ExecuteAsync(
            "INSERT INTO clerk_account (id, display_name, role, point_code, password_hash) VALUES ($1, '旧哈希', 'WindowClerk', $2, $3)",
            clerk, Demo.Township, PasswordHasher.Hash("Old-hash-2026", 1_000));

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(clerk, "Old-hash-2026")).StatusCode);

        var stored = await fx.Database.ScalarAsync<string>("SELECT password_hash FROM clerk_account WHERE id = $1", clerk);
        Assert.Equal(SessionFixture.Iterations, PasswordHasher.IterationsOf(stored!));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(clerk, "Old-hash-2026")).StatusCode);
        Assert.Equal(PasswordHasher.OwaspIterations, new Hosting.GatewayOptions().PasswordIterations);
    }

    private async Task<HttpResponseMessage> SignInAsync(string clerk, string password)
    {
        using var client = fx.Anonymous();
        return await client.PostAsJsonAsync("/api/auth/token", new { clerkId = clerk, password });
    }

    private async Task FailAsync(string clerk, int times, string? code)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await SignInAsync(clerk, "wrong-password-" + i);
            await response.AssertProblemAsync(401, code: code);
        }
    }
}
