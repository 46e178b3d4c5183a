using System.Net.Http.Json;
using Network.Gateway.Security;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// The audit log is one hash chain (db/Scripts/network/108_audit_chain.sql): the check recomputes
/// it from the stored rows and finds the row that was changed or removed behind the append-only
/// triggers (by the database superuser, who can set triggers aside).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AuditChainTests(GatewayFixture fx)
{
    [Fact]
    public async Task The_chain_check_passes_on_an_untouched_log_and_finds_the_row_the_superuser_changed_or_removed()
    {
        using var admin = await fx.As(Demo.Admin);
        // A few rows of the log's own making: failed sign-ins of unknown ids.
        using (var anonymous = fx.Anonymous())
        {
            for (var i = 0; i < 3; i++)
            {
                await anonymous.PostAsJsonAsync("/api/auth/token", new { clerkId = $"chain-{i}", password = "wrong-password" });
            }
        }

        var untouched = await (await admin.GetAsync("/api/admin/audit/chain")).ReadAsync<AuditChainReport>();
        Assert.True(untouched.Intact, untouched.Reason);
        Assert.True(untouched.Rows >= 3);
        Assert.Null(untouched.BrokenAtId);

        // The superuser rewrites the detail of a row in the middle of the chain, triggers set aside.
        var victim = await fx.Database.ScalarAsync<long>("SELECT id FROM audit_event WHERE subject_id = 'chain-1' ORDER BY id DESC LIMIT 1");
        var detail = await fx.Database.ScalarAsync<string>($"SELECT detail FROM audit_event WHERE id = {victim}");
        await AsSuperuserAsync($"UPDATE audit_event SET detail = 'nothing happened' WHERE id = {victim}");
        try
        {
            var changed = await (await admin.GetAsync("/api/admin/audit/chain")).ReadAsync<AuditChainReport>();
            Assert.False(changed.Intact);
            Assert.Equal(victim, changed.BrokenAtId);
            Assert.Contains("changed", changed.Reason, StringComparison.Ordinal);
        }
        finally
        {
            await AsSuperuserAsync($"UPDATE audit_event SET detail = {Literal(detail)} WHERE id = {victim}");
        }

        Assert.True((await (await admin.GetAsync("/api/admin/audit/chain")).ReadAsync<AuditChainReport>()).Intact);

        // Removing a row whole breaks the chain at the row after it.
        var next = await fx.Database.ScalarAsync<long>($"SELECT id FROM audit_event WHERE chain_seq = (SELECT chain_seq + 1 FROM audit_event WHERE id = {victim})");
        await AsSuperuserAsync($"CREATE TABLE audit_event_kept AS SELECT * FROM audit_event WHERE id = {victim}; DELETE FROM audit_event WHERE id = {victim}");
        try
        {
            var removed = await (await admin.GetAsync("/api/admin/audit/chain")).ReadAsync<AuditChainReport>();
            Assert.False(removed.Intact);
            Assert.Equal(next, removed.BrokenAtId);
            Assert.Contains("missing", removed.Reason, StringComparison.Ordinal);
        }
        finally
        {
            await AsSuperuserAsync("INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM audit_event_kept; DROP TABLE audit_event_kept");
        }

        Assert.True((await (await admin.GetAsync("/api/admin/audit/chain")).ReadAsync<AuditChainReport>()).Intact);
    }

    [Fact]
    public async Task Audit_rows_written_at_once_by_many_requests_form_one_chain_without_gaps()
    {
        using var anonymous = fx.Anonymous();
        var before = await fx.Database.ScalarAsync<long>("SELECT coalesce(max(chain_seq), 0) FROM audit_event");

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => anonymous.PostAsJsonAsync("/api/auth/token", new { clerkId = $"race-{i}", password = "wrong-password" })));

        Assert.Equal(24L, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM audit_event WHERE subject_id LIKE 'race-%'"));
        var count = await fx.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_event WHERE chain_seq > {before}");
        Assert.Equal(count, await fx.Database.ScalarAsync<long>($"SELECT max(chain_seq) - {before} FROM audit_event"));
        using var admin = await fx.As(Demo.Admin);
        var report = await (await admin.GetAsync("/api/admin/audit/chain")).ReadAsync<AuditChainReport>();
        Assert.True(report.Intact, report.Reason);
    }

    [Fact]
    public async Task Only_a_province_administrator_may_run_the_chain_check()
    {
        var cityAdmin = await AdministratorScopeTests.CityAdministratorAsync(fx);
        using var client = await fx.As(cityAdmin);
        await (await client.GetAsync("/api/admin/audit/chain")).AssertProblemAsync(403, "audit", "auth.jurisdiction");
    }

    /// <summary>Runs <paramref name="sql"/> as the database superuser with every trigger set aside (session_replication_role).</summary>
    private Task AsSuperuserAsync(string sql) =>
        fx.Database.ExecuteAsync($"BEGIN; SET LOCAL session_replication_role = replica; {sql}; COMMIT");

    private static string Literal(string? text) => text is null ? "NULL" : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
