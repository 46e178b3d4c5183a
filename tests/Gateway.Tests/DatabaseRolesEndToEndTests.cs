using System.Net;
using Network.Database;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Npgsql;

namespace Network.Gateway.Tests;

/// <summary>
/// The silo and the gateway each under their own PostgreSQL role (issue 14): a matter is taken in,
/// completed under an Idempotency-Key and replayed, the demo accounts are seeded, and every ledger
/// row the silo wrote is chained; no process of the application holds the superuser.
/// </summary>
public sealed class DatabaseRolesEndToEndTests(RolesFixture fx) : IClassFixture<RolesFixture>
{
    [Fact]
    public async Task Silo_and_gateway_work_end_to_end_under_their_own_roles()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 901);
        var url = $"/api/matters/{matter.ReceiptNumber}/complete";
        var key = Guid.NewGuid().ToString();

        var done = await (await clerk.PostAsync(url, new { resultNote = "已发放" }, key)).ReadAsync<MatterView>();
        var replay = await clerk.PostAsync(url, new { resultNote = "已发放" }, key);

        Assert.Equal(MatterStatus.Completed, done.Status);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotency-Replayed").Single());
        var users = await fx.Database.ScalarAsync<string[]>(
            "SELECT array_agg(DISTINCT usename::text ORDER BY usename::text) FROM pg_stat_activity WHERE datname = 'network' AND usename::text LIKE 'network_%'");
        Assert.Equal(new[] { DatabaseRoles.Gateway, DatabaseRoles.Silo }, users);
        Assert.Equal(DatabaseRoles.Migration, await fx.Database.ScalarAsync<string>("SELECT pg_get_userbyid(relowner)::text FROM pg_class WHERE oid = 'case_ledger'::regclass"));

        var report = await LedgerChainVerifier.VerifyAsync(fx.Roles.Silo);
        Assert.True(report.Intact, string.Join("; ", report.Broken));
        Assert.True(report.Rows >= 2);
    }

    [Fact]
    public async Task A_role_with_a_wrong_password_is_refused_by_the_server()
    {
        var wrong = new NpgsqlConnectionStringBuilder(fx.Roles.Gateway) { Password = DatabaseRolePasswords.NewPassword(), Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(wrong);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }
}
