using Npgsql;

namespace Network.Grains.Cases.Storage;

/// <summary>The columns of a <c>case_ledger</c> row, written and read in one order, for the store and the read sides.</summary>
public static class CaseLedgerColumns
{
    /// <summary>The select list of a step, in the order <see cref="Read"/> expects.</summary>
    public const string Step = "kind, case_id, sequence, occurred_at, actor_id, point_code, window_id, action, status_before, status_after, detail, changes::text";

    /// <summary>The row at the reader's position, selected with <see cref="Step"/>.</summary>
    public static CaseLedgerRow Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        new CaseStep(
            reader.GetInt32(2),
            reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.GetString(9),
            reader.IsDBNull(10) ? null : reader.GetString(10),
            reader.GetString(11)));
}
