using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Network.Gateway.Data;
using Npgsql;

namespace Network.Gateway.Security;

/// <summary>
/// The hash chain of the audit log (db/Scripts/network/108_audit_chain.sql links each row as it
/// is inserted): each row's hash is SHA-256 over the previous row's hash followed by the row's
/// canonical bytes. <see cref="VerifyAsync"/> recomputes every link from the stored values, here,
/// independently of the database's own functions, so a row changed, removed or slipped in (by
/// anyone able to set the append-only triggers aside, such as the database superuser) breaks the chain there.
/// </summary>
public sealed class AuditChain(GatewayDatabase database)
{
    /// <summary>The previous hash of the first row.</summary>
    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[32];

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var unchained = new NpgsqlCommand("SELECT min(id) FROM audit_event WHERE chain_seq IS NULL OR hash IS NULL OR previous_hash IS NULL", connection))
        {
            if (await unchained.ExecuteScalarAsync(cancellationToken) is long id)
            {
                return new AuditChainReport(false, 0, null, null, id, "a row outside the chain (no place or hash): it was written past the chain's trigger");
            }
        }

        await using var command = new NpgsqlCommand(
            "SELECT id, chain_seq, occurred_at, actor_id, action, subject_id, address, outcome, detail, previous_hash, hash FROM audit_event ORDER BY chain_seq",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var previous = Genesis.ToArray();
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var sequence = reader.GetInt64(1);
            var storedPrevious = reader.GetFieldValue<byte[]>(9);
            var stored = reader.GetFieldValue<byte[]>(10);
            if (sequence != rows + 1)
            {
                return Broken(rows, id, $"place {sequence} follows place {rows}: a row is missing before it");
            }

            if (!CryptographicOperations.FixedTimeEquals(storedPrevious, previous))
            {
                return Broken(rows, id, "its previous hash is not the hash of the row before it");
            }

            var canonical = Canonical(
                id, sequence, reader.GetFieldValue<DateTimeOffset>(2), Text(reader, 3), reader.GetString(4), Text(reader, 5), Text(reader, 6), reader.GetString(7), Text(reader, 8));
            var hash = Hash(previous, canonical);
            if (!CryptographicOperations.FixedTimeEquals(hash, stored))
            {
                return Broken(rows, id, "its contents do not match its hash: the row was changed after it was written");
            }

            previous = hash;
            rows++;
        }

        return new AuditChainReport(true, rows, rows == 0 ? null : rows, rows == 0 ? null : Convert.ToHexStringLower(previous), null, null);
    }

    /// <summary>The canonical bytes of a row (version 1), as <c>audit_event_canonical</c> makes them.</summary>
    public static byte[] Canonical(
        long id, long sequence, DateTimeOffset occurredAt, string? actorId, string action, string? subjectId, string? address, string outcome, string? detail)
    {
        var text = new StringBuilder("audit_event/v1");
        foreach (var field in (ReadOnlySpan<string?>)[
            id.ToString(CultureInfo.InvariantCulture),
            sequence.ToString(CultureInfo.InvariantCulture),
            occurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            actorId, action, subjectId, address, outcome, detail])
        {
            text.Append(field is null ? "|-" : $"|{Encoding.UTF8.GetByteCount(field)}:{field}");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Hash(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> canonical)
    {
        var bytes = new byte[previous.Length + canonical.Length];
        previous.CopyTo(bytes);
        canonical.CopyTo(bytes.AsSpan(previous.Length));
        return SHA256.HashData(bytes);
    }

    private static AuditChainReport Broken(long rows, long id, string reason) => new(false, rows, null, null, id, reason);

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
