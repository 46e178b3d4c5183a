using System.Security.Cryptography;
using System.Text;
using Network.Gateway.Data;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Npgsql;

namespace Network.Gateway.Open311;

/// <summary>
/// Open311 clients and their api keys (<c>open311_client</c>, 123_online_filing.sql), kept by the
/// gateway like the accounts: a key is 32 random bytes (base64url), stored only as its SHA-256, so
/// the table never holds a usable key. A director registers clients for their point and the points
/// below it, the city monitor for the city; a revoked key opens nothing.
/// </summary>
public sealed class Open311ClientStore(GatewayDatabase database, TimeProvider clock)
{
    private const string Columns = "client_id, name, scope_code, issued_by, issued_at, revoked_at";

    public async Task<Open311ClientIssued> RegisterAsync(Actor actor, string? name, string? scopeCode, CancellationToken cancellationToken)
    {
        var scope = DivisionCode.Parse(scopeCode, "scopeCode").Value;
        EnsureIssuer(actor, scope);
        var clientName = (name ?? string.Empty).Trim();
        if (clientName.Length is 0 or > 80 || clientName.Any(char.IsControl))
        {
            throw DomainException.Invalid("name", "text.required", "A client's name has 1 to 80 characters.");
        }

        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = new Open311Client("o311-" + Base64Url(RandomNumberGenerator.GetBytes(9)), clientName, scope, actor.Id, clock.GetUtcNow(), null);
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO open311_client (client_id, name, key_hash, scope_code, issued_by, issued_at) VALUES ($1, $2, $3, $4, $5, $6)");
        command.Parameters.AddWithValue(client.ClientId);
        command.Parameters.AddWithValue(client.Name);
        command.Parameters.AddWithValue(Hash(key));
        command.Parameters.AddWithValue(client.ScopeCode);
        command.Parameters.AddWithValue(client.IssuedBy);
        command.Parameters.AddWithValue(client.IssuedAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new Open311ClientIssued(client, key);
    }

    public async Task<IReadOnlyList<Open311Client>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        EnsureIssuer(actor, actor.PointCode);
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM open311_client ORDER BY issued_at DESC LIMIT 500");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var clients = new List<Open311Client>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var client = Read(reader);
            if (actor.Reaches(client.ScopeCode))
            {
                clients.Add(client);
            }
        }

        return clients;
    }

    public async Task<Open311Client> RevokeAsync(Actor actor, string clientId, CancellationToken cancellationToken)
    {
        var client = await FindAsync(clientId, cancellationToken)
            ?? throw DomainException.NotFound("clientId", "open311.clientUnknown", $"There is no Open311 client {clientId}.");
        EnsureIssuer(actor, client.ScopeCode);
        await using var command = database.DataSource.CreateCommand("UPDATE open311_client SET revoked_at = coalesce(revoked_at, $2) WHERE client_id = $1");
        command.Parameters.AddWithValue(clientId);
        command.Parameters.AddWithValue(clock.GetUtcNow().ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (await FindAsync(clientId, cancellationToken))!;
    }

    /// <summary>The client whose key this is, if it is not revoked and may file for <paramref name="pointCode"/>; null otherwise.</summary>
    public async Task<Open311Client?> AuthenticateAsync(string? apiKey, string pointCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(apiKey) || apiKey.Length > 100)
        {
            return null;
        }

        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM open311_client WHERE key_hash = $1 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(Hash(apiKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && Read(reader) is { } client && DivisionCode.IsWithin(pointCode, client.ScopeCode) ? client : null;
    }

    /// <summary>A director registers for their point and below; the city monitor for the city. Nobody else.</summary>
    private static void EnsureIssuer(Actor actor, string scope)
    {
        if (actor.Role is not (ActorRole.CenterDirector or ActorRole.CityMonitor))
        {
            throw DomainException.Forbidden("role", "auth.role", $"Open311 clients are registered by a center's director or the city monitor; {actor.Id} is a {actor.Role}.");
        }

        if (!actor.Reaches(scope))
        {
            throw DomainException.Forbidden("scopeCode", "auth.jurisdiction", $"{scope} is outside the jurisdiction of {actor}.");
        }
    }

    private async Task<Open311Client?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM open311_client WHERE client_id = $1");
        command.Parameters.AddWithValue(clientId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Open311Client Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
