using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Npgsql;
using static Network.Grains.Tests.Persistence.LedgerCases;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The shape of a group commit's SQL (<see cref="CaseGroupSql"/>): PostgreSQL starts one insert per
/// table for a whole group, not one per case row and ledger row, and every versioned update checks
/// its version in SQL.
/// </summary>
public sealed class GroupSqlTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public void A_group_of_new_cases_is_one_insert_of_case_rows_and_one_of_ledger_rows_whatever_its_size(int cases)
    {
        using var batch = new NpgsqlBatch();
        var group = Enumerable.Range(0, cases).Select(_ => (CommitOf(NewId(), StepOf("x", 1)), (byte[][]?)null)).ToArray();

        CaseGroupSql.AddTo(batch, group);

        Assert.Equal([CaseGroupSql.PlanOnce, CaseGroupSql.InsertCases, CaseGroupSql.InsertLedger], batch.BatchCommands.Select((NpgsqlBatchCommand c) => c.CommandText));
        Assert.Equal(cases, ((IList<string>)batch.BatchCommands[1].Parameters[1].Value!).Count);
    }

    [Fact]
    public void Keyed_and_plain_openings_share_one_strict_insert_of_case_rows_after_one_insert_of_keys_and_each_update_keeps_its_own_versioned_statement()
    {
        using var batch = new NpgsqlBatch();
        var key = new RequestKey("c-1", "k-1", "POST", "/api/matters", "abc");
        var opened = Enumerable.Range(0, 3).Select(i => (CommitOf(NewId(), StepOf("x", 1)) with { OpenedBy = key with { Key = "k-" + i } }, (byte[][]?)null));
        var plain = Enumerable.Range(0, 2).Select(_ => (CommitOf(NewId(), StepOf("x", 1)), (byte[][]?)null));
        var updates = Enumerable.Range(0, 2).Select(_ => (CommitOf(NewId(), StepOf("x", 3)), (byte[][]?)null));

        CaseGroupSql.AddTo(batch, [.. opened, .. updates, .. plain]);

        var texts = batch.BatchCommands.Select((NpgsqlBatchCommand c) => c.CommandText).ToArray();
        Assert.Equal(6, texts.Length);
        Assert.Equal(CaseGroupSql.PlanOnce, texts[0]);
        Assert.All(texts[1..3], t => Assert.Equal(CaseGroupSql.UpdateChecked, t));
        Assert.Equal([CaseGroupSql.RecordKeys, CaseGroupSql.InsertCases, CaseGroupSql.InsertLedger], texts[3..]);
        Assert.Equal(3, ((IList<string>)batch.BatchCommands[3].Parameters[1].Value!).Count);
        Assert.Equal(5, ((IList<string>)batch.BatchCommands[4].Parameters[1].Value!).Count);
        Assert.DoesNotContain("ON CONFLICT", texts[4], StringComparison.Ordinal);
        Assert.Equal(7, ((IList<string>)batch.BatchCommands[5].Parameters[1].Value!).Count);
    }

    [Fact]
    public void A_versioned_update_in_a_group_checks_its_version_in_its_own_statement_so_no_count_is_read_before_committing()
    {
        using var batch = new NpgsqlBatch();
        CaseGroupSql.AddTo(batch, [(CommitOf(NewId(), StepOf("x", 3)), null)]);

        var update = batch.BatchCommands[1];
        Assert.Equal(CaseGroupSql.UpdateChecked, update.CommandText);
        Assert.Contains(CaseCommitSql.Update, update.CommandText, StringComparison.Ordinal);
        Assert.Contains("case_version_lost($1, $2, $15)", update.CommandText, StringComparison.Ordinal);
        Assert.Equal(15, update.Parameters.Count);
    }
}
