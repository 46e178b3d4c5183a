using Network.Testing;
using Npgsql;

namespace Network.Fault;

/// <summary>
/// Compares what the clients were told with the <c>matter</c> and <c>ledger</c> tables: nothing
/// acknowledged is lost, nothing is duplicated (no second matter, no command applied twice), the
/// ledger is contiguous, and every open matter can still be acted on (a legal next action through
/// a gateway succeeds).
/// </summary>
public sealed class Reconciler(string connectionString, LoadDriver driver)
{
    /// <summary>Decides matters handed up to the township (its land window).</summary>
    public const string TownshipDecider = "c-510682101-land-a";

    /// <summary>Ledger actions of the load's commands that a matter takes at most once.</summary>
    private static readonly HashSet<string> OnceAMatter = ["Completed", "PassedUp", "Decided", "Delivered"];

    public async Task<Dictionary<string, object>> RunAsync(List<string> failures)
    {
        var operations = driver.Operations;
        var matters = await MattersAsync();
        var ledger = await LedgerAsync();
        var keys = await IntakeKeysAsync();

        // Lost: every acknowledged operation's receipt exists, at least at the version told, and
        // with that very status when nothing later changed it.
        var lost = new List<string>();
        foreach (var op in operations.Where(o => o.Outcome == Operation.Acknowledged))
        {
            if (op.Receipt is null || !matters.TryGetValue(op.Receipt, out var row))
            {
                lost.Add($"{op.Kind} {op.Receipt ?? "(no receipt)"} key {op.Key}: acknowledged {op.Status} but no matter row");
                continue;
            }

            if (op.ToldVersion is { } told && (row.Version < told || (row.Version == told && row.Status != op.ToldStatus)))
            {
                lost.Add($"{op.Kind} {op.Receipt}: told {op.ToldStatus} v{told}, database has {row.Status} v{row.Version}");
            }

            if (!ledger.TryGetValue(op.Receipt, out var steps) || steps.All(s => s.StatusAfter != op.ToldStatus))
            {
                lost.Add($"{op.Kind} {op.Receipt}: told {op.ToldStatus}, no ledger step reaches it");
            }
        }

        // Duplicated: one matter row per intake key (the key's receipt), one per citizen of the load.
        var duplicated = new List<string>();
        var intakes = operations.Where(o => o.Kind == "intake").ToList();
        foreach (var group in matters.Values.GroupBy(m => m.CitizenName).Where(g => g.Count() > 1))
        {
            duplicated.Add($"citizen {group.Key}: {group.Count()} matters ({string.Join(", ", group.Select(m => m.Receipt))})");
        }

        foreach (var op in intakes.Where(o => o.Outcome == Operation.Acknowledged))
        {
            if (keys.TryGetValue((op.Clerk, op.Key), out var receipt) && receipt != op.Receipt)
            {
                duplicated.Add($"intake key {op.Key}: client told {op.Receipt}, key holds {receipt}");
            }
        }

        // Applied twice: the steps the load's commands make once per matter (complete, hand-up,
        // decide, deliver) are each in its ledger at most once, whoever retried them.
        foreach (var (receipt, steps) in ledger)
        {
            foreach (var twice in steps.GroupBy(s => s.Action).Where(g => OnceAMatter.Contains(g.Key) && g.Count() > 1))
            {
                duplicated.Add($"{receipt}: {twice.Key} applied {twice.Count()} times");
            }
        }

        var orphans = matters.Values.Count(m => !keys.Values.Contains(m.Receipt));
        if (orphans > 0)
        {
            duplicated.Add($"{orphans} matter rows belong to no intake key");
        }

        // Ledger: (receipt, sequence) unique and 1..n per matter; the last step is the matter's status.
        var ledgerBroken = new List<string>();
        foreach (var (receipt, row) in matters)
        {
            var steps = ledger.GetValueOrDefault(receipt) ?? [];
            var sequences = steps.Select(s => s.Sequence).ToList();
            if (!sequences.SequenceEqual(Enumerable.Range(1, sequences.Count)))
            {
                ledgerBroken.Add($"{receipt}: ledger sequences [{string.Join(',', sequences)}]");
            }
            else if (steps.Count == 0 || steps[^1].StatusAfter != row.Status)
            {
                ledgerBroken.Add($"{receipt}: status {row.Status}, last ledger step {(steps.Count == 0 ? "none" : steps[^1].StatusAfter)}");
            }
        }

        ledgerBroken.AddRange(ledger.Keys.Where(r => !matters.ContainsKey(r)).Select(r => $"{r}: ledger rows without a matter"));

        // Stuck: every open matter takes its legal next action through a gateway.
        var open = matters.Values.Where(m => m.IsOpen).ToList();
        var stuck = new List<string>();
        foreach (var m in open)
        {
            var (clerk, action, body) = NextAction(m, operations);
            var op = await driver.OperateAsync(-1, $"reconcile:{action}", clerk, HttpMethod.Post, $"/api/matters/{m.Receipt}/{action}", body, m.Receipt.Length);
            if (op.Outcome != Operation.Acknowledged)
            {
                stuck.Add($"{m.Receipt} ({m.Status}): {action} as {clerk} -> {op.Outcome} {op.Status} {op.Code}");
            }
        }

        Check(failures, lost, "acknowledged matters lost");
        Check(failures, duplicated, "duplicates");
        Check(failures, ledgerBroken, "ledger inconsistencies");
        Check(failures, stuck, "stuck matters");
        return new Dictionary<string, object>
        {
            ["matterRows"] = matters.Count,
            ["ledgerRows"] = ledger.Values.Sum(s => s.Count),
            ["acknowledgedOperations"] = operations.Count(o => o.Outcome == Operation.Acknowledged && !o.Kind.StartsWith("reconcile", StringComparison.Ordinal)),
            ["openMattersActedOn"] = open.Count,
            ["lost"] = lost,
            ["duplicated"] = duplicated,
            ["ledgerInconsistencies"] = ledgerBroken,
            ["stuck"] = stuck,
        };
    }

    private static void Check(List<string> failures, List<string> found, string what)
    {
        if (found.Count > 0)
        {
            failures.Add($"{found.Count} {what}: {string.Join("; ", found.Take(5))}");
        }
    }

    private static (string Clerk, string Action, object Body) NextAction(MatterRow m, IReadOnlyList<Operation> operations)
    {
        var clerk = operations.FirstOrDefault(o => o.Kind == "intake" && o.Receipt == m.Receipt)?.Clerk
            ?? operations.First(o => o.Receipt == m.Receipt).Clerk;
        return m.Status switch
        {
            "HandedUp" => (TownshipDecider, "decide", new { approve = true, resultNote = "初审同意" }),
            "ResultReady" => (clerk, "deliver", new { }),
            _ when m.ItemId == "homestead-review-proxy" => (clerk, "hand-up", new { proxyAgentId = $"p-{m.PointCode}-1", note = "代办上报" }),
            _ => (clerk, "complete", new { resultNote = "办结" }),
        };
    }

    private async Task<Dictionary<string, MatterRow>> MattersAsync()
    {
        var rows = new Dictionary<string, MatterRow>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT receipt_number, status, version, item_id, point_code, state->'citizen', is_open FROM matter", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = new MatterRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? "" : PersonalDataOfThisMachine.Citizen(reader.GetString(5)).Name, reader.GetBoolean(6));
        }

        return rows;
    }

    private async Task<Dictionary<string, List<LedgerRow>>> LedgerAsync()
    {
        var rows = new Dictionary<string, List<LedgerRow>>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT receipt_number, sequence, status_after, action FROM ledger ORDER BY receipt_number, sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var receipt = reader.GetString(0);
            if (!rows.TryGetValue(receipt, out var list))
            {
                rows[receipt] = list = [];
            }

            list.Add(new LedgerRow(reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>The receipt number each intake's Idempotency-Key stands for: reserved when the key was claimed (its point is the route's).</summary>
    private async Task<Dictionary<(string Clerk, string Key), string>> IntakeKeysAsync()
    {
        var rows = new Dictionary<(string, string), string>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT clerk_id, idempotency_key, COALESCE(receipt_number, split_part(route, '/', 4) || '-' || reserved_suffix)
            FROM idempotency_key
            WHERE method = 'POST' AND route LIKE '/api/points/%/matters' AND (receipt_number IS NOT NULL OR reserved_suffix IS NOT NULL)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return rows;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A matter row; whether it is open is the store's column (defined once, by the matter's rules), not a list of statuses here.</summary>
    private sealed record MatterRow(string Receipt, string Status, int Version, string ItemId, string PointCode, string CitizenName, bool IsOpen);

    private sealed record LedgerRow(int Sequence, string StatusAfter, string Action);
}
