using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Time;
using Npgsql;

namespace Network.Grains.Duty;

/// <summary>Vacant posts from <c>case_ledger</c> on PostgreSQL (index <c>case_ledger_point_time</c>).</summary>
public sealed class PostgresVacantPostQueries(NpgsqlDataSource dataSource) : IVacantPostQueries
{
    public async Task<IReadOnlyList<VacantPostRecord>> ListAsync(string pointCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT point_code, window_id, detail, occurred_at FROM case_ledger
            WHERE kind = $1 AND action = $2 AND point_code LIKE $3 AND occurred_at >= $4 AND occurred_at < $5
            ORDER BY occurred_at, point_code, window_id
            """);
        command.Parameters.AddWithValue(AttendanceRepository.CaseKind);
        command.Parameters.AddWithValue(AttendanceRules.VacantPostAction);
        command.Parameters.AddWithValue(pointCode + "%");
        command.Parameters.AddWithValue(AttendanceRules.At(from, TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(AttendanceRules.At(to.AddDays(1), TimeOnly.MinValue).UtcDateTime);
        var rows = new List<VacantPostRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var since = new DateTimeOffset(reader.GetFieldValue<DateTime>(3), TimeSpan.Zero);
            rows.Add(new VacantPostRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), ChinaTime.DateOf(since), since));
        }

        return rows;
    }
}
