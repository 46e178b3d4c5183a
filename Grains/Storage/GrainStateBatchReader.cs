using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Storage;

/// <summary>
/// Reads Orleans grain-state rows (<c>OrleansStorage</c>) in batches: the reads waiting at one
/// moment on this silo go to PostgreSQL as one query, so a silo waking many grains at once (a
/// restart, a monitor's tree, a whole province's points) pays one round trip, one statement and
/// one connection per batch instead of per grain. No artificial delay: a batch is whatever queued
/// while the previous query was in flight, so a lone read is sent at once. A batch that fails
/// fails each of its reads (the activations fail and are retried by their callers), never others.
/// </summary>
public sealed class GrainStateBatchReader : IAsyncDisposable
{
    private const string Query = """
        SELECT k.ord, s.payloadbinary, s.version
        FROM unnest(@id_hashes, @type_hashes, @n0s, @n1s, @types, @extensions)
             WITH ORDINALITY AS k(id_hash, type_hash, n0, n1, grain_type, extension, ord)
        JOIN orleansstorage s
          ON s.grainidhash = k.id_hash AND s.graintypehash = k.type_hash
         AND s.grainidn0 = k.n0 AND s.grainidn1 = k.n1
         AND s.graintypestring = k.grain_type
         AND s.grainidextensionstring IS NOT DISTINCT FROM k.extension
         AND s.serviceid = @service_id
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;
    private readonly GrainStateReadOptions _options;
    private readonly ILogger<GrainStateBatchReader> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly Task[] _readers;
    private long _batches;
    private long _reads;

    public GrainStateBatchReader(NpgsqlDataSource dataSource, string serviceId, IOptions<GrainStateReadOptions> options, ILogger<GrainStateBatchReader> logger)
    {
        _dataSource = dataSource;
        _serviceId = serviceId;
        _options = options.Value;
        _logger = logger;
        _readers = Enumerable.Range(0, Math.Max(1, _options.Readers)).Select(_ => Task.Run(ReadLoopAsync)).ToArray();
    }

    /// <summary>Queries sent so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>States read so far (found or not).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The row of <paramref name="key"/>, or <see cref="StoredGrainState.None"/>.</summary>
    public Task<StoredGrainState> ReadAsync(AdoNetStateKey key)
    {
        var pending = new Pending(key, new TaskCompletionSource<StoredGrainState>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GrainStateBatchReader));
        }

        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_readers);
    }

    private async Task ReadLoopAsync()
    {
        var batch = new List<Pending>(_options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < Math.Max(1, _options.MaxBatch) && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                var rows = await ReadBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (rows[i] is { } error)
                    {
                        batch[i].Done.TrySetException(error);
                    }
                }
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Reading a batch of {Count} grain states failed", batch.Count);
                foreach (var p in batch)
                {
                    p.Done.TrySetException(e);
                }
            }

            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _reads, batch.Count);
            batch.Clear();
        }
    }

    /// <summary>Completes the reads it found answers for; returns, per read, an error to fail it with (a duplicate row) or null.</summary>
    private async Task<Exception?[]> ReadBatchAsync(List<Pending> batch)
    {
        var n = batch.Count;
        var idHashes = new int[n];
        var typeHashes = new int[n];
        var n0s = new long[n];
        var n1s = new long[n];
        var types = new string[n];
        var extensions = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var k = batch[i].Key;
            (idHashes[i], typeHashes[i], n0s[i], n1s[i], types[i], extensions[i]) = (k.GrainIdHash, k.GrainTypeHash, k.N0, k.N1, k.GrainType, k.Extension);
        }

        var found = new StoredGrainState?[n];
        var errors = new Exception?[n];
        await using (var command = _dataSource.CreateCommand(Query))
        {
            command.Parameters.Add(new NpgsqlParameter<int[]>("id_hashes", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = idHashes });
            command.Parameters.Add(new NpgsqlParameter<int[]>("type_hashes", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = typeHashes });
            command.Parameters.Add(new NpgsqlParameter<long[]>("n0s", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = n0s });
            command.Parameters.Add(new NpgsqlParameter<long[]>("n1s", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = n1s });
            command.Parameters.Add(new NpgsqlParameter<string[]>("types", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = types });
            command.Parameters.Add(new NpgsqlParameter<string?[]>("extensions", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = extensions });
            command.Parameters.Add(new NpgsqlParameter<string>("service_id", NpgsqlDbType.Varchar) { TypedValue = _serviceId });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var i = (int)reader.GetInt64(0) - 1;
                var row = new StoredGrainState(reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
                if (found[i] is not null)
                {
                    errors[i] = new InvalidOperationException($"Two grain-state rows match {batch[i].Key}.");
                }

                found[i] = row;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (errors[i] is null)
            {
                batch[i].Done.TrySetResult(found[i] ?? StoredGrainState.None);
            }
        }

        return errors;
    }

    private sealed record Pending(AdoNetStateKey Key, TaskCompletionSource<StoredGrainState> Done);
}
