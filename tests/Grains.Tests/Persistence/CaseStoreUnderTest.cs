using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Grains.Cases.Storage;
using Network.Grains.Storage;
using Network.Testing;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>A case store under test (<c>postgres</c> on a fresh database of the fixture's server, or <c>memory</c>) and what it needs to be torn down.</summary>
internal sealed class CaseStoreUnderTest(ICaseStore store, CaseGroupCommitWriter? writer, NpgsqlDataSource? dataSource) : IAsyncDisposable
{
    public ICaseStore Store => store;

    public CaseGroupCommitWriter Writer => writer ?? throw new InvalidOperationException("in memory");

    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("in memory");

    public static async Task<CaseStoreUnderTest> OpenAsync(PostgresFixture db, string store, int writers = 2)
    {
        if (store == "memory")
        {
            return new CaseStoreUnderTest(new InMemoryCaseStore(), null, null);
        }

        var source = NpgsqlDataSource.Create(await db.CreateDatabaseAsync());
        var commits = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions { Writers = writers }), NullLogger<CaseGroupCommitWriter>.Instance);
        return new CaseStoreUnderTest(new PostgresCaseStore(source, commits), commits, source);
    }

    public async ValueTask DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }

        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }
    }
}
