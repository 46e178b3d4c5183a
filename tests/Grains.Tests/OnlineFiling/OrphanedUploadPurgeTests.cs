using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.OnlineFiling;
using Network.Grains.OnlineFiling.Files;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.OnlineFiling;

/// <summary>
/// Uploads whose case commit never happened (the silo died between storing the bytes and the commit)
/// are removed from <c>online_application_file</c> once older than the grace period; a file an
/// application lists, and a fresh file whose commit may still be under way, stay. PostgreSQL, with
/// the files of a real application uploaded through its grain.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OrphanedUploadPurgeTests(PostgresFixture db)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Fact]
    public async Task An_upload_no_application_lists_is_removed_after_the_grace_period_while_listed_and_fresh_files_stay()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        var number = CaseNumber.New(OnlineApplicationNumber.Prefix, DivisionCode.Parse(Township), flow.Today);
        var application = flow.Grains.Reference<IOnlineApplicationGrain>(number);
        var receipt = await application.Start(new StartOnlineApplicationRequest(
            Township, Allowance, Citizen, "申请低保。", new ResultDelivery(DeliveryMethod.PickUp, null), "web"));
        await application.AddFile(new AddApplicationFileRequest(receipt.Code, AllowanceMaterials[0], "id.pdf", Pdf));
        var listed = (await application.Get(Director))!.Files.Single().Id;

        await using var dataSource = NpgsqlDataSource.Create(flow.ConnectionString);
        var store = new PostgresApplicationFileStore(dataSource);
        var stranger = CaseNumber.New(OnlineApplicationNumber.Prefix, DivisionCode.Parse(Township), flow.Today);
        // Bytes stored at 09:30 whose commits never came: one of this application, one of an application never committed.
        await store.SaveAsync(number, File("lost-of-listed", flow.Clock.GetUtcNow()), Pdf);
        await store.SaveAsync(stranger, File("lost-of-none", flow.Clock.GetUtcNow()), Pdf);

        // Two hours on (the silos' own hourly purge, with its grace of a day, takes none of them).
        flow.Clock.Advance(TimeSpan.FromHours(2));
        // A file stored five minutes ago: its application's commit may still be under way.
        await store.SaveAsync(stranger, File("fresh", flow.Clock.GetUtcNow().AddMinutes(-5)), Pdf);
        Assert.Equal(4, await flow.CountAsync("SELECT count(*) FROM online_application_file"));

        var purge = new OrphanedFilePurgeService(
            store,
            Options.Create(new OnlineFilingOptions { OrphanGraceMinutes = 60, OrphanPurgeBatchSize = 1 }),
            flow.Clock,
            NullLogger<OrphanedFilePurgeService>.Instance);
        Assert.Equal(2, await purge.PurgeOnceAsync());

        Assert.Equal([listed, "fresh"], await FileIdsAsync(dataSource));
        Assert.NotNull(await store.ReadAsync(number, listed));
        Assert.Equal(0, await purge.PurgeOnceAsync());
    }

    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, 1, 2, 3];

    private static ApplicationFile File(string id, DateTimeOffset storedAt) =>
        new(id, AllowanceMaterials[0], id + ".pdf", "application/pdf", Pdf.Length, "00", storedAt);

    private static async Task<string[]> FileIdsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT file_id FROM online_application_file ORDER BY stored_at, file_id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return [.. ids];
    }
}
