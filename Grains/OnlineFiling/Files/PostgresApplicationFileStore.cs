using Network.Grains.Interfaces.OnlineFiling;
using Npgsql;

namespace Network.Grains.OnlineFiling.Files;

/// <summary>The files of online applications in <c>online_application_file</c> (bytea; <c>123_online_filing.sql</c>).</summary>
public sealed class PostgresApplicationFileStore(NpgsqlDataSource dataSource) : IApplicationFileStore
{
    public async Task SaveAsync(string applicationNumber, ApplicationFile file, byte[] content, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO online_application_file (application_number, file_id, material, file_name, content_type, size, sha256, content, stored_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (application_number, file_id) DO NOTHING
            """);
        command.Parameters.AddWithValue(applicationNumber);
        command.Parameters.AddWithValue(file.Id);
        command.Parameters.AddWithValue(file.Material);
        command.Parameters.AddWithValue(file.FileName);
        command.Parameters.AddWithValue(file.ContentType);
        command.Parameters.AddWithValue(file.Size);
        command.Parameters.AddWithValue(file.Sha256);
        command.Parameters.AddWithValue(content);
        command.Parameters.AddWithValue(file.UploadedAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string applicationNumber, string fileId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT content FROM online_application_file WHERE application_number = $1 AND file_id = $2");
        command.Parameters.AddWithValue(applicationNumber);
        command.Parameters.AddWithValue(fileId);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task DeleteAsync(string applicationNumber, string fileId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM online_application_file WHERE application_number = $1 AND file_id = $2");
        command.Parameters.AddWithValue(applicationNumber);
        command.Parameters.AddWithValue(fileId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// One batch: files stored before the cutoff whose id is in no online application's <c>files</c>
    /// (<c>case_record.state</c>, kind <c>online-application</c>). No row locks (<c>FOR UPDATE</c>
    /// would need UPDATE on the table, which the silo's role does not have): two silos purging at once
    /// delete the same rows once, the second finding them gone.
    /// </summary>
    public async Task<int> PurgeOrphansAsync(DateTimeOffset storedBefore, int batchSize, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $$"""
            DELETE FROM online_application_file
            WHERE (application_number, file_id) IN (
                SELECT f.application_number, f.file_id FROM online_application_file f
                WHERE f.stored_at < $1
                  AND NOT EXISTS (
                      SELECT 1 FROM case_record r
                      WHERE r.kind = '{{OnlineApplicationRepository.CaseKind}}'
                        AND r.case_id = f.application_number
                        AND r.state->'files' @> jsonb_build_array(jsonb_build_object('id', f.file_id)))
                LIMIT $2)
            """);
        command.Parameters.AddWithValue(storedBefore.ToUniversalTime());
        command.Parameters.AddWithValue(batchSize);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
