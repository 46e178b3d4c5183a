using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Matters;
using Network.Grains.Ratings;
using Network.Grains.Ratings.Rules;
using Network.Grains.Rectifications;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Ratings;

/// <summary>Ratings and rectifications on a cluster over PostgreSQL: the wiring, the commits, the read side.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RatingFlowTests(PostgresFixture db)
{
    /// <summary>Fri 13 Nov 2026.</summary>
    private static readonly DateOnly Day = new(2026, 11, 13);

    private const string CityDirectorId = "d-city";

    private static readonly Actor CityDirector = new(CityDirectorId, ActorRole.CenterDirector, City);

    private static RatingSubmission Bad(bool named = true) => new(RatingLevel.VeryDissatisfied, [RatingAspect.Attitude, RatingAspect.Efficiency], "等了很久，态度冷淡", named);

    [Fact]
    public async Task A_bad_rating_from_the_paired_device_opens_a_rectification_at_the_point_that_served()
    {
        await using var flow = await StartAsync();
        var desk = flow.Grains.GetGrain<IRatingDeskGrain>($"{Township}/{CivilAffairs}");
        var pairing = await desk.Pair(TownClerk(ClerkA));
        Assert.Null((await desk.Screen(pairing.DeviceToken)).Offer);

        var receipt = NewReceipt(Day);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(Allowance, AllowanceMaterials));
        var screen = await ScreenWithOfferAsync(desk, pairing.DeviceToken);
        Assert.Equal(("民政窗口", "张丽", "农村最低生活保障审核", receipt[^4..]), (screen.WindowName, screen.Offer!.ClerkName, screen.Offer.ItemName, screen.Offer.ReceiptTail));

        var rated = await desk.Rate(new RateAtDeskCommand(null, pairing.DeviceToken, screen.Offer.OfferId, Bad()));

        Assert.Equal(RatingIds.Counter(receipt, 1), rated.RatingId);
        Assert.True(rated.FollowedUp && rated.CallBack);
        Assert.Null((await desk.Screen(pairing.DeviceToken)).Offer);
        var rectification = (await flow.Grains.GetGrain<IRectificationGrain>(rated.RatingId).Get(Director))!;
        Assert.Equal((Township, CivilAffairs, ClerkA, RectificationStatus.AwaitingCallBack), (rectification.PointCode, rectification.WindowId, rectification.ClerkId, rectification.Status));
        Assert.Equal(new DateOnly(2026, 11, 16), rectification.CallBackDue);
        Assert.Equal(("王秀英", "13800138000"), (rectification.CitizenName, rectification.CitizenPhone));
        Assert.Contains(RectificationAction.CallBack, rectification.AllowedActions);
        // The supervising tier reads it, without the citizen's contact.
        var seenFromCity = (await flow.Grains.GetGrain<IRectificationGrain>(rated.RatingId).Get(MonitorActor))!;
        Assert.Null(seenFromCity.CitizenPhone);
        Assert.Empty(seenFromCity.AllowedActions);

        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'rating' AND case_id = $1 AND status = 'VeryDissatisfied' AND point_code = $2", rated.RatingId, Township));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'rectification' AND case_id = $1 AND is_open", rated.RatingId));
        // The citizen's words and contact are sealed at rest.
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind IN ('rating', 'rectification') AND (state::text LIKE '%态度冷淡%' OR state::text LIKE '%13800138000%')"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind IN ('rating', 'rectification') AND (changes::text LIKE '%态度冷淡%' OR changes::text LIKE '%13800138000%')"));
    }

    [Fact]
    public async Task A_bad_rating_committed_without_its_rectification_gets_it_from_the_opening_reminder()
    {
        await using var flow = await StartAsync();
        var receipt = NewReceipt(Day);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));
        var ratingId = RatingIds.Closing(receipt);

        // The silo died between the rating's commit and its rectification's opening: the rating is
        // in the store, the rectification is not (written here as the grain would have written it).
        var services = flow.Cluster.Silos[0].ServiceProvider;
        var matter = (await services.GetRequiredService<IMatterRepository>().LoadAsync(receipt))!;
        var change = RatingRules.Rate(null, RatingOccasions.Closing(matter), null, Bad(named: true), RatingChannel.ProgressPage, flow.Clock.GetUtcNow(), "f");
        await services.GetRequiredService<RatingRepository>().CommitAsync(change, null);
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'rectification' AND case_id = $1", ratingId));

        await flow.Grains.GetGrain<IRatingGrain>(ratingId).AsReference<IRemindable>().ReceiveReminder(RatingGrain.OpeningReminder, default);

        var rectification = (await flow.Grains.GetGrain<IRectificationGrain>(ratingId).Get(Director))!;
        Assert.Equal((Township, RectificationStatus.AwaitingCallBack), (rectification.PointCode, rectification.Status));
        Assert.Equal("王秀英", rectification.CitizenName); // a named rating's contact, from the matter
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'rectification' AND case_id = $1 AND is_open", ratingId));
    }

    [Fact]
    public async Task A_second_rating_for_the_same_occasion_is_refused_and_changes_nothing()
    {
        await using var flow = await StartAsync();
        var receipt = NewReceipt(Day);
        var matter = await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));
        Assert.True(matter.IsClosed);
        var rating = flow.Grains.GetGrain<IRatingGrain>(RatingIds.Closing(receipt));
        var proof = ProgressProof.Of(matter.ProgressCode, null);

        await rating.RateAfterClosing(new RateAfterClosingCommand(null, proof, new RatingSubmission(RatingLevel.Satisfied, [], null, false), RatingChannel.ProgressPage));
        var second = await Assert.ThrowsAsync<DomainException>(() =>
            rating.RateAfterClosing(new RateAfterClosingCommand(null, proof, Bad(), RatingChannel.Slip)));

        Assert.Equal("rating.alreadyRated", second.Code);
        Assert.Equal(RatingLevel.Satisfied, (await rating.Get(Director))!.Level);
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'rating' AND case_id = $1", RatingIds.Closing(receipt)));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'rectification'"));
    }

    [Fact]
    public async Task Bad_input_and_staff_are_refused_and_nothing_is_written()
    {
        await using var flow = await StartAsync();
        var desk = flow.Grains.GetGrain<IRatingDeskGrain>($"{Township}/{CivilAffairs}");
        var pairing = await desk.Pair(Director);
        await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials));
        var offer = (await ScreenWithOfferAsync(desk, pairing.DeviceToken)).Offer!;

        async Task<string> RefusalAsync(RateAtDeskCommand command) => (await Assert.ThrowsAsync<DomainException>(() => desk.Rate(command))).Code;

        Assert.Equal("rating.byStaff", await RefusalAsync(new RateAtDeskCommand(TownClerk(ClerkA), pairing.DeviceToken, offer.OfferId, Bad())));
        Assert.Equal("ratingDevice.notPaired", await RefusalAsync(new RateAtDeskCommand(null, "forged", offer.OfferId, Bad())));
        Assert.Equal("rating.noOccasion", await RefusalAsync(new RateAtDeskCommand(null, pairing.DeviceToken, "another-matter", Bad())));
        Assert.Equal("rating.level", await RefusalAsync(new RateAtDeskCommand(null, pairing.DeviceToken, offer.OfferId, Bad() with { Level = (RatingLevel)9 })));
        Assert.Equal("rating.commentTooLong", await RefusalAsync(new RateAtDeskCommand(null, pairing.DeviceToken, offer.OfferId, Bad() with { Comment = new string('差', 201) })));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<IRatingGrain>(RatingIds.Closing(NewReceipt(Day))).RateAfterClosing(
            new RateAfterClosingCommand(null, ProgressProof.Of(null, Citizen.ResidentId), Bad(), RatingChannel.ProgressPage)));
        Assert.Equal(("progress.notFound", DomainErrorKind.NotFound), (unknown.Code, unknown.Kind));

        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind IN ('rating', 'rectification')"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind IN ('rating', 'rectification')"));
        // The offer is still there for the citizen.
        Assert.Equal(offer.OfferId, (await desk.Screen(pairing.DeviceToken)).Offer?.OfferId);
    }

    [Fact]
    public async Task A_rating_set_aside_on_appeal_leaves_the_statistics_but_stays_in_the_ledger()
    {
        await using var flow = await StartAsync();
        var desk = flow.Grains.GetGrain<IRatingDeskGrain>($"{Township}/{CivilAffairs}");
        var pairing = await desk.Pair(TownClerk(ClerkB));
        var ids = new List<string>();
        foreach (var level in new[] { RatingLevel.VerySatisfied, RatingLevel.VeryDissatisfied })
        {
            await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials));
            var offer = (await ScreenWithOfferAsync(desk, pairing.DeviceToken)).Offer!;
            ids.Add((await desk.Rate(new RateAtDeskCommand(null, pairing.DeviceToken, offer.OfferId, Bad(named: false) with { Level = level }))).RatingId);
        }

        var queries = flow.Grains.GetGrain<IRatingQueryGrain>(0);
        var before = Assert.Single(await queries.Tally(MonitorActor, new RatingTallyQuery(City, Day, Day)));
        Assert.Equal((Township, 2, 1, 0.5), (before.PointCode, before.Total, before.Bad, before.Satisfaction));

        var rectification = flow.Grains.GetGrain<IRectificationGrain>(ids[1]);
        await rectification.CallBack(new CallBackCommand(Director, false, "调取窗口录像，当日该群众未在本窗口办理"));
        await rectification.Appeal(new AppealCommand(Director, "误评：群众评价的不是本窗口"));
        Assert.Contains(ids[1], (await queries.ListRectifications(CityDirector, new RectificationQuery(City))).Select(r => r.Id));
        var decided = await rectification.DecideAppeal(new DecideAppealCommand(CityDirector, true, "经核实属误评"));

        Assert.Equal(RectificationStatus.SetAside, decided.Status);
        var after = Assert.Single(await queries.Tally(Director, new RatingTallyQuery(Township, Day, Day)));
        Assert.Equal((1, 0, 1, 1.0), (after.Total, after.Bad, after.SetAside, after.Satisfaction));
        var rating = (await flow.Grains.GetGrain<IRatingGrain>(ids[1]).Get(Director))!;
        Assert.True(rating.SetAside);
        Assert.Equal(RatingLevel.VeryDissatisfied, rating.Level);
        Assert.Equal(2, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'rating' AND case_id = $1", ids[1]));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'rating' AND case_id = $1 AND action = 'SetAside' AND actor_id = $2 AND point_code = $3", ids[1], CityDirectorId, City));
        Assert.Empty(await queries.ListRectifications(Director, new RectificationQuery(Township)));
        // A retried decision repeats nothing.
        await rectification.DecideAppeal(new DecideAppealCommand(CityDirector, true, "经核实属误评"));
        Assert.Equal(2, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'rating' AND case_id = $1", ids[1]));
    }

    [Fact]
    public async Task A_named_bad_rating_not_called_back_in_time_is_flagged_red()
    {
        await using var flow = await StartAsync();
        var receipt = NewReceipt(Day);
        var matter = await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));
        var id = (await flow.Grains.GetGrain<IRatingGrain>(RatingIds.Closing(receipt)).RateAfterClosing(
            new RateAfterClosingCommand(null, ProgressProof.Of(matter.ProgressCode, null), Bad(), RatingChannel.Slip))).RatingId;
        var rectification = flow.Grains.GetGrain<IRectificationGrain>(id);
        Assert.Equal(FlagLevel.Yellow, (await rectification.Get(Director))!.Flag);
        // Electronic supervision (the rectification's hourly reminder runs this) records each flag once.
        var supervision = flow.Grains.GetGrain<IRectificationUpkeepGrain>(id);
        await supervision.CheckDeadlines();
        await supervision.CheckDeadlines();

        flow.SetDay(new DateOnly(2026, 11, 17));
        await supervision.CheckDeadlines();
        Assert.Equal(["Opened", "FlaggedYellow", "FlaggedRed"], (await rectification.GetHistory(Director)).Select(e => e.Action));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'rectification' AND case_id = $1 AND is_open AND next_check_date IS NULL", id));
        var listed = Assert.Single(await flow.Grains.GetGrain<IRatingQueryGrain>(0).ListRectifications(Director, new RectificationQuery(Township)));
        Assert.Equal((FlagLevel.Red, new DateOnly(2026, 11, 16)), (listed.Flag, listed.CallBackDue));
        Assert.Equal(FlagLevel.Red, (await rectification.Get(Director))!.Flag);
        var refused = await Assert.ThrowsAsync<DomainException>(() => rectification.Resolve(new ResolveCommand(Director, RectificationMeasure.AtOnce, "已改", null)));
        Assert.Equal("rectification.illegalTransition", refused.Code);
        var calledBack = await rectification.CallBack(new CallBackCommand(TownClerk(ClerkA), true, "已回访致歉"));
        Assert.Equal((RectificationStatus.Verified, ClerkA, FlagLevel.None), (calledBack.Status, calledBack.CalledBackBy, calledBack.Flag));
    }

    private async Task<FlowCluster> StartAsync()
    {
        var flow = await FlowCluster.StartAsync(db, Day);
        await flow.Grains.GetGrain<IServicePointGrain>(City).Define(new ServicePointDefinition(
            "余姚市政务服务中心",
            [new WindowDefinition(CityWindow, "综合窗口", new Clerk(CityClerk, "周敏"), new Clerk("c-city-b", "吴刚"))],
            []) { Directors = [new Clerk(CityDirectorId, "孙建国")] });
        return flow;
    }

    /// <summary>The device's screen once the matter's one-way offer has reached the desk.</summary>
    private static async Task<DeskScreen> ScreenWithOfferAsync(IRatingDeskGrain desk, string token)
    {
        for (var attempt = 0; attempt < 5000; attempt++)
        {
            if (await desk.Screen(token) is { Offer: not null } screen)
            {
                return screen;
            }

            await Task.Yield();
        }

        throw new TimeoutException("The desk was not offered the occasion.");
    }
}
