using Network.Grains.Accountability;
using Network.Grains.Assessment.Rules;
using Network.Grains.Duty;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Assessment;
using Npgsql;

namespace Network.Grains.Assessment;

/// <summary>
/// Deductions on PostgreSQL: accountability records through <c>case_record_point_opened</c>
/// (kind, point, recorded at), vacant posts through the ledger's point-and-time index, each a GROUP BY.
/// </summary>
public sealed class PostgresDeductionQueries(NpgsqlDataSource dataSource) : IDeductionQueries
{
    public async Task<IReadOnlyList<DeductionRow>> CountAsync(string scopeCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (start, end) = (AssessmentPeriods.StartOf(from).UtcDateTime, AssessmentPeriods.StartOf(to.AddDays(1)).UtcDateTime);
        var rows = new List<DeductionRow>();
        await using (var command = dataSource.CreateCommand(
            """
            SELECT point_code, window_id, handler_id, state->>'measure', count(*) FROM case_record
            WHERE kind = $1 AND point_code >= $2 AND point_code < $3 AND opened_at >= $4 AND opened_at < $5
            GROUP BY 1, 2, 3, 4
            """))
        {
            command.Parameters.AddWithValue(AccountabilityRepository.CaseKind);
            AddScope(command, scopeCode, start, end);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = (int)reader.GetInt64(4);
                var measure = Enum.TryParse<AccountabilityMeasure>(reader.IsDBNull(3) ? null : reader.GetString(3), out var m) ? m : AccountabilityMeasure.Reminder;
                rows.Add(new DeductionRow(reader.GetString(0), Text(reader, 1), Text(reader, 2), AssessmentPeriods.Measure(measure, count)));
            }
        }

        await using (var command = dataSource.CreateCommand(
            """
            SELECT point_code, window_id, count(*) FROM case_ledger
            WHERE kind = $1 AND action = $2 AND point_code >= $3 AND point_code < $4 AND occurred_at >= $5 AND occurred_at < $6
            GROUP BY 1, 2
            """))
        {
            command.Parameters.AddWithValue(AttendanceRepository.CaseKind);
            command.Parameters.AddWithValue(AttendanceRules.VacantPostAction);
            AddScope(command, scopeCode, start, end);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new DeductionRow(reader.GetString(0), Text(reader, 1), null, new AssessmentFigures { VacantPosts = (int)reader.GetInt64(2) }));
            }
        }

        return rows;
    }

    /// <summary>The subtree's code range and the period's instants, in that order.</summary>
    private static void AddScope(NpgsqlCommand command, string scopeCode, DateTime start, DateTime end)
    {
        command.Parameters.AddWithValue(scopeCode);
        command.Parameters.AddWithValue(AssessmentPeriods.UpperBound(scopeCode));
        command.Parameters.AddWithValue(start);
        command.Parameters.AddWithValue(end);
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
