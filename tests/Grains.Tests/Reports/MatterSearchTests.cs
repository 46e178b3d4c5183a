using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;
using static Network.Grains.Tests.Reports.ReportData;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// Finding matters on PostgreSQL through the query grain: keyset pages by deadline, each filter,
/// names only as keyed lookup values, clerks by name, the actor's reach.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MatterSearchTests(PostgresFixture db)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Fact]
    public async Task Keyset_pages_by_deadline_see_every_matter_once_while_matters_are_added()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        var existing = new List<string>();
        for (var day = 0; day < 5; day++)
        {
            flow.SetDay(Monday.AddDays(day));
            for (var i = 0; i < 5; i++)
            {
                existing.Add(await TakeInBirthPermitAsync(flow, Person("王秀英", (day * 10) + i)));
            }
        }

        var queries = flow.Grains.GetGrain<IMatterQueryGrain>(0);
        var seen = new List<MatterSummary>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await queries.Search(TownClerk(ClerkA), new MatterSearch(Township) { After = after, Limit = 4 });
            Assert.True(pages < 100, "The pages never end.");
            seen.AddRange(page.Items);
            after = page.Next;
            pages++;

            // Between pages the windows keep taking matters in (10 working days for a birth permit, 5 for an
            // allowance): due before, among and after those read so far.
            flow.Clock.Advance(TimeSpan.FromHours(5));
            await TakeInAsync(flow, Person("李娜", 100 + pages), Allowance, AllowanceMaterials);
            await TakeInBirthPermitAsync(flow, Person("李娜", 200 + pages));
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Select(m => m.ReceiptNumber).Distinct().Count());
        Assert.Empty(existing.Except(seen.Select(m => m.ReceiptNumber)));
        var keys = seen.Select(m => (Due: m.DueDate!.Value, m.ReceiptNumber)).ToArray();
        Assert.Equal(keys.OrderBy(k => k.Due).ThenBy(k => k.ReceiptNumber, StringComparer.Ordinal), keys);
        Assert.True(pages >= 7);
    }

    [Fact]
    public async Task Each_filter_finds_exactly_the_matters_it_names()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        var wang = await TakeInAsync(flow, Person("王秀英", 1), Allowance, AllowanceMaterials);
        var li = await TakeInAsync(flow, Person("李娜", 2), SeniorCard, "居民身份证", "一寸照片");
        var waiting = await TakeInAsync(flow, Person("张伟", 3), Allowance, "居民身份证");
        flow.SetDay(Monday.AddDays(1));
        var birth = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today)).Accept(
            Intake("birth-permit", "结婚证") with { WindowId = FamilyPlanning, Actor = TownClerk(OtherClerk), Citizen = Person("陈静", 4) });
        var village = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today, Village)).Accept(
            VillageIntake(Homestead, "居民身份证", "户口簿") with { Citizen = Person("王秀英", 5) });
        flow.SetDay(new DateOnly(2026, 11, 24)); // past the allowance's deadline (Mon 23 Nov)
        await flow.Grains.GetGrain<IMatterGrain>(wang).CheckDeadlines(Director);

        var q = flow.Grains.GetGrain<IMatterQueryGrain>(0);
        async Task<string[]> Find(MatterSearch search) =>
            (await q.Search(Director, search)).Items.Select(m => m.ReceiptNumber).Order(StringComparer.Ordinal).ToArray();
        string[] Of(params string[] receipts) => receipts.Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Of(li), await Find(new MatterSearch(Township) { ReceiptNumber = li }));
        Assert.Equal(Of(wang), await Find(new MatterSearch(Township) { CitizenName = "王秀英" }));
        Assert.Equal(Of(wang, village.ReceiptNumber), await Find(new MatterSearch(Township) { CitizenName = "王 秀英", Subtree = true }));
        Assert.Equal(Of(waiting), await Find(new MatterSearch(Township) { ResidentIdTail = ResidentId(3)[^4..] }));
        Assert.Equal(Of(li), await Find(new MatterSearch(Township) { ItemId = SeniorCard }));
        Assert.Equal(Of(waiting), await Find(new MatterSearch(Township) { Status = MatterStatus.AwaitingSupplement }));
        Assert.Equal(Of(birth.ReceiptNumber), await Find(new MatterSearch(Township) { WindowId = FamilyPlanning }));
        Assert.Equal(Of(birth.ReceiptNumber), await Find(new MatterSearch(Township) { ReceivedFrom = Monday.AddDays(1), ReceivedTo = Monday.AddDays(1) }));
        Assert.Equal(Of(wang, li, waiting), await Find(new MatterSearch(Township) { ReceivedTo = Monday }));
        Assert.Equal(Of(wang), await Find(new MatterSearch(Township) { Flag = FlagLevel.Red }));
        Assert.Equal(Of(wang, waiting, birth.ReceiptNumber), await Find(new MatterSearch(Township) { OpenOnly = true }));
        Assert.Equal(Of(village.ReceiptNumber), await Find(new MatterSearch(Village)));
        Assert.Empty(await Find(new MatterSearch(Township) { CitizenName = "王秀", Subtree = true }));

        // Sorted by deadline: the matters without one (closed at once, or waiting for materials) last.
        var all = (await q.Search(Director, new MatterSearch(Township))).Items;
        Assert.Equal([wang, birth.ReceiptNumber], all.Take(2).Select(m => m.ReceiptNumber));
        Assert.All(all.Skip(2), m => Assert.Null(m.DueDate));
    }

    [Fact]
    public async Task Names_are_searched_by_keyed_lookup_values_and_never_stored_in_clear()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        var receipt = await TakeInAsync(flow, Person("欧阳秀英", 7), Allowance, AllowanceMaterials);

        var found = await flow.Grains.GetGrain<IMatterQueryGrain>(0).Search(TownClerk(ClerkA), new MatterSearch(Township) { CitizenName = "欧阳秀英" });

        Assert.Equal(receipt, Assert.Single(found.Items).ReceiptNumber);
        Assert.Equal(0L, await flow.CountAsync("SELECT count(*) FROM case_record WHERE state::text LIKE '%欧阳%' OR state::text LIKE $1", "%" + ResidentId(7)[^4..] + "\"%"));
        Assert.Equal(1L, await flow.CountAsync("SELECT count(*) FROM case_record WHERE length(state -> 'citizen' ->> 'nameLookup') = 32 AND length(state -> 'citizen' ->> 'idTailLookup') = 32"));
        Assert.Equal(0L, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE changes::text LIKE '%欧阳%'"));
    }

    [Fact]
    public async Task Results_name_the_clerks_and_mask_the_ID_number()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        await TakeInAsync(flow, Person("王秀英", 8), Allowance, AllowanceMaterials);

        var line = Assert.Single((await flow.Grains.GetGrain<IMatterQueryGrain>(0).Search(TownClerk(ClerkA), new MatterSearch(Township))).Items);
        var queue = Assert.Single(await flow.Grains.GetGrain<IMatterQueryGrain>(0).ListMatters(TownClerk(ClerkA), new MatterQuery(Township)));

        Assert.Equal(("张丽", "张丽"), (line.HandlerName, line.OwnerName));
        Assert.Equal("张丽", queue.HandlerName);
        Assert.Equal($"330***********{ResidentId(8)[^4..]}", line.MaskedResidentId);
    }

    [Fact]
    public async Task The_query_grain_refuses_a_search_beyond_the_actors_reach()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        var q = flow.Grains.GetGrain<IMatterQueryGrain>(0);

        var subtree = await Assert.ThrowsAsync<DomainException>(() => q.Search(TownClerk(ClerkA), new MatterSearch(Township) { Subtree = true }));
        var city = await Assert.ThrowsAsync<DomainException>(() => q.ReadRegister(TownClerk(ClerkA), new RegisterQuery(City, RegisterPeriod.Year, Monday)));

        Assert.Equal((DomainErrorKind.Forbidden, "subtree"), (subtree.Kind, subtree.Field));
        Assert.Equal((DomainErrorKind.Forbidden, "pointCode"), (city.Kind, city.Field));
    }

    private static async Task<string> TakeInBirthPermitAsync(FlowCluster flow, Interfaces.Citizens.Citizen citizen)
    {
        flow.Clock.Advance(TimeSpan.FromMinutes(1));
        var receipt = NewReceipt(flow.Today);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(
            Intake("birth-permit", "结婚证") with { WindowId = FamilyPlanning, Actor = TownClerk(OtherClerk), Citizen = citizen });
        return receipt;
    }

    private static async Task<string> TakeInAsync(FlowCluster flow, Interfaces.Citizens.Citizen citizen, string item, params string[] materials)
    {
        flow.Clock.Advance(TimeSpan.FromMinutes(1)); // taken in one after the other, as at a window
        var receipt = NewReceipt(flow.Today);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(IntakeFor(citizen, item, materials));
        return receipt;
    }
}
