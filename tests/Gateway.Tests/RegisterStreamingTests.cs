using Microsoft.Extensions.Time.Testing;
using Network.Gateway.Hosting;
using Network.Gateway.Reports;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Tests;

/// <summary>
/// The export streams: it asks the query grain for the next batch only once the one before has
/// been written, and the memory it holds stays flat however many rows pass (a city-year), for the
/// CSV and for the .xlsx, written to a response body that cannot seek. It runs alone: the live heap
/// it samples is the process's.
/// </summary>
[Collection(Name)]
public sealed class RegisterStreamingTests
{
    public const string Name = "Memory measurements";

    private const int Rows = 120_000;
    private static readonly Actor Monitor = new("m-510682", ActorRole.CityMonitor, "510682");

    [Fact]
    public async Task A_batch_is_read_only_after_the_batch_before_was_consumed()
    {
        var grain = new SyntheticRegister(total: 2500);
        var query = new RegisterQuery("510682", RegisterPeriod.Year, new DateOnly(2026, 1, 1)) { Subtree = true, Limit = RegisterExport.BatchSize };
        var first = await grain.ReadRegister(Monitor, query);

        var seen = 0;
        await foreach (var row in RegisterExport.RowsAsync(first, after => grain.ReadRegister(Monitor, query with { After = after })))
        {
            seen++;
            Assert.Equal((seen + RegisterExport.BatchSize - 1) / RegisterExport.BatchSize, grain.Calls);
            Assert.StartsWith("510682101-", row.Receipt, StringComparison.Ordinal);
        }

        Assert.Equal(2500, seen);
    }

    [Fact]
    public async Task Each_batch_of_an_export_gets_a_request_budget_of_its_own_however_long_the_export_has_run()
    {
        // A city-year's export outlives any request budget: the province-year bench's CSV export
        // ended after its header once the first batches had used the request's 5 s.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var budget = TimeSpan.FromSeconds(5);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Features.Set(new RequestBudget(clock.GetUtcNow() + budget));
        var grain = new SyntheticRegister(total: 3500);
        var query = new RegisterQuery("510682", RegisterPeriod.Year, new DateOnly(2026, 1, 1)) { Subtree = true, Limit = RegisterExport.BatchSize };
        var leftAtEachBatch = new List<TimeSpan>();
        var next = RegisterExport.EachBatchBudgeted(context, clock, budget, after =>
        {
            leftAtEachBatch.Add(context.Features.Get<RequestBudget>()!.RemainingAt(clock.GetUtcNow()));
            return grain.ReadRegister(Monitor, query with { After = after });
        });

        var seen = 0;
        await foreach (var row in RegisterExport.RowsAsync(await grain.ReadRegister(Monitor, query), next))
        {
            seen++;
            // A slow client: 10 s to take a batch of 1,000 lines, twice the budget.
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(3500, seen);
        Assert.Equal([budget, budget, budget], leftAtEachBatch);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task A_city_year_export_holds_flat_memory_while_it_streams(string format)
    {
        var grain = new SyntheticRegister(total: Rows);
        var query = new RegisterQuery("510682", RegisterPeriod.Year, new DateOnly(2026, 1, 1)) { Subtree = true, Limit = RegisterExport.BatchSize };
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        var body = new CountingStream();
        context.Response.Body = body;

        var rows = RegisterExport.RowsAsync(await grain.ReadRegister(Monitor, query), after => grain.ReadRegister(Monitor, query with { After = after }));
        if (format == "csv")
        {
            await RegisterExport.WriteCsvAsync(context.Response, rows, CancellationToken.None);
        }
        else
        {
            await RegisterExport.WriteXlsxAsync(context, rows, CancellationToken.None);
        }

        Assert.Equal(Rows / RegisterExport.BatchSize, grain.Calls);
        Assert.True(body.Written > Rows * 40L, $"{body.Written} bytes for {Rows} rows");
        // Live memory measured at every batch: the last batches hold what the first did.
        var early = grain.LiveBytes.Skip(5).Take(5).Max();
        var late = grain.LiveBytes.TakeLast(5).Max();
        Assert.True(late < early + (8 << 20), $"live memory grew from {early >> 20} MB to {late >> 20} MB over {Rows} rows");
    }

    /// <summary>The query grain's register read, made up: <c>total</c> lines in batches, recording the live heap at each call.</summary>
    private sealed class SyntheticRegister(int total) : IMatterQueryGrain
    {
        public int Calls { get; private set; }

        public List<long> LiveBytes { get; } = [];

        public Task<RegisterPage> ReadRegister(Actor actor, RegisterQuery query)
        {
            Calls++;
            LiveBytes.Add(GC.GetTotalMemory(forceFullCollection: true));
            var start = query.After is null ? 0 : int.Parse(query.After, System.Globalization.CultureInfo.InvariantCulture);
            var count = Math.Min(query.Limit, total - start);
            var lines = Enumerable.Range(start, count).Select(Line).ToArray();
            var next = start + count < total ? (start + count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new RegisterPage(lines, next));
        }

        private static RegisterLine Line(int i) => new(
            $"510682101-20260101-{i:X8}",
            "510682101",
            "civil-affairs",
            new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(i),
            "王** 510***********1234",
            "民政临时救济办理",
            MatterKind.Promised,
            ["居民身份证", "户口簿"],
            "夏明辉",
            new DateOnly(2026, 1, 8),
            new DateOnly(2026, 1, 7),
            MatterStatus.Completed,
            "准予救助",
            Timeliness.OnTime) { PointName = "先锋镇便民服务中心", WindowName = "民政窗口" };

        public Task<IReadOnlyList<MatterSummary>> ListMatters(Actor actor, MatterQuery query) => throw new NotSupportedException();

        public Task<IReadOnlyList<LedgerEntry>> ListLedger(Actor actor, LedgerQuery query) => throw new NotSupportedException();

        public Task<MatterSearchPage> Search(Actor actor, MatterSearch search) => throw new NotSupportedException();
    }

    /// <summary>A response body: write-only, cannot seek, counts what passes through and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Written += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Tests that measure the process's memory, run with nothing else.</summary>
[CollectionDefinition(RegisterStreamingTests.Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
