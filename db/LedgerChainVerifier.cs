using Npgsql;

namespace Network.Database;

/// <summary>
/// Walks every case's ledger rows in sequence order, recomputes each row's hash from the one
/// before (<see cref="LedgerChain"/>, independently of the database's own function) and reports
/// each case's first row whose stored hash differs: a row changed in place (its own hash no longer
/// matches), a row removed (the next row's hash was made from the removed one) or a hash rewritten.
/// Needs only SELECT on <c>case_ledger</c>; reads the rows as one stream, so memory stays flat.
/// </summary>
public static class LedgerChainVerifier
{
    /// <summary>Verifies the whole ledger of the database behind <paramref name="connectionString"/>.</summary>
    public static async Task<LedgerChainReport> VerifyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT kind, case_id, sequence, occurred_at, actor_id, point_code, window_id, action,
                   status_before, status_after, detail, changes::text, hash
            FROM case_ledger
            ORDER BY kind, case_id, sequence
            """,
            connection,
            transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var broken = new List<BrokenLedgerLink>();
        long cases = 0, rows = 0;
        string? kind = null, caseId = null;
        byte[] previous = [];
        var previousSequence = 0;
        var caseBroken = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            var rowKind = reader.GetString(0);
            var rowCase = reader.GetString(1);
            var sequence = reader.GetInt32(2);
            if (rowKind != kind || rowCase != caseId)
            {
                (kind, caseId, previous, previousSequence, caseBroken) = (rowKind, rowCase, LedgerChain.Genesis.ToArray(), 0, false);
                cases++;
            }

            var stored = reader.IsDBNull(12) ? null : (byte[])reader[12];
            var expected = LedgerChain.Link(
                previous,
                rowKind,
                rowCase,
                sequence,
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.GetString(11));
            if (!caseBroken && (stored is null || !stored.AsSpan().SequenceEqual(expected)))
            {
                caseBroken = true;
                broken.Add(new BrokenLedgerLink(rowKind, rowCase, sequence, stored is null
                    ? "the row has no hash"
                    : sequence != previousSequence + 1
                        ? $"the stored hash does not match; rows {previousSequence + 1}-{sequence - 1} are missing"
                        : "the stored hash does not match the row and the chain before it"));
            }

            // Go on from what is stored, so a later row is judged on its own link.
            previous = stored ?? expected;
            previousSequence = sequence;
        }

        return new LedgerChainReport(cases, rows, broken);
    }
}
