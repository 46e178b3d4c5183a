using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>Intake (受理), the one-time notice (一次性告知) and the acceptance that starts the clock, without a cluster.</summary>
public sealed class IntakeRulesTests
{
    [Fact]
    public void The_one_time_notice_lists_every_missing_material_at_once_and_the_matter_waits()
    {
        var change = Accept(Intake(Allowance, "居民身份证"));
        var state = change.After;

        Assert.Equal(["Received"], Actions(change));
        Assert.Equal(MatterStatus.AwaitingSupplement, state.Status);
        var notice = Assert.IsType<MissingMaterialsNotice>(state.Notice);
        Assert.Equal(["户口簿", "家庭收入证明"], notice.Missing);
        Assert.Equal((state.ReceiptNumber, "测试镇便民服务中心", ClerkA), (notice.ReceiptNumber, notice.PointName, notice.ClerkId));
        Assert.Null(state.Slip);
        Assert.Null(state.ClockStartedOn);
        Assert.Null(state.DueDate);
        Assert.Contains("户口簿、家庭收入证明", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_immediate_matter_with_all_materials_completes_on_the_spot()
    {
        var change = Accept(Intake(SeniorCard, SeniorCardMaterials));

        Assert.Equal(["Accepted", "Completed"], Actions(change));
        Assert.Equal([null, MatterStatus.InProgress], change.Steps.Select(s => s.Entry.StatusBefore));
        Assert.All(change.Steps, s => Assert.Equal((Township, CivilAffairs, ClerkA), (s.Entry.PointCode, s.Entry.WindowId, s.Entry.ActorId)));
        Assert.Equal([1, 2], change.Steps.Select(s => s.Entry.Sequence));
        var state = change.After;
        Assert.Equal(MatterStatus.Completed, state.Status);
        Assert.Equal((MatterStatus.Completed, ClerkA), (state.Outcome!.Status, state.Outcome.ClerkId));
        Assert.Null(state.Notice);
        Assert.Null(state.Slip);
        Assert.Equal(1, state.Version);
        Assert.Equal(0, change.ExpectedVersion);
    }

    [Fact]
    public void A_promised_matter_gets_a_commitment_slip_due_in_working_days_across_the_national_day_holiday()
    {
        var state = AcceptedAllowance();

        Assert.Equal(MatterStatus.InProgress, state.Status);
        var slip = Assert.IsType<CommitmentSlip>(state.Slip);
        // Wed 30 Sep; 1-7 Oct off; Thu 8, Fri 9, Sat 10 (调休 workday), Mon 12, Tue 13.
        Assert.Equal(new DateOnly(2026, 10, 13), slip.DueDate);
        Assert.Equal(slip.DueDate, state.DueDate);
        Assert.Equal((5, false, "测试镇便民服务中心", ClerkA), (slip.TimeLimitWorkingDays, slip.Provisional, slip.PointName, slip.ClerkId));
        Assert.Equal(Today, state.ClockStartedOn);
        Assert.Equal(At(Today), slip.AcceptedAt);
    }

    [Fact]
    public void A_supplement_matter_is_accepted_once_the_last_material_arrives_and_its_clock_starts_that_day()
    {
        var waiting = Accepted(Intake(Allowance));
        var partly = MatterRules.SupplyMaterials(waiting, new SupplyMaterialsCommand(TownClerk(ClerkB), ["户口簿"]), Context()).After;
        Assert.Equal(MatterStatus.AwaitingSupplement, partly.Status);
        Assert.Equal(AllowanceMaterials, partly.Notice!.Missing); // the notice itself never changes
        Assert.Equal(["居民身份证", "家庭收入证明"], partly.MissingMaterials);

        var thursday = new DateOnly(2026, 10, 8);
        var change = MatterRules.SupplyMaterials(partly, new SupplyMaterialsCommand(TownClerk(ClerkB), ["居民身份证", "家庭收入证明"]), Context(thursday));

        Assert.Equal(["MaterialsSupplied", "Accepted"], Actions(change));
        var accepted = change.After;
        Assert.Equal(MatterStatus.InProgress, accepted.Status);
        Assert.Equal(thursday, accepted.ClockStartedOn);
        // Thu 8 Oct not counted; Fri 9, Sat 10 (调休), Mon 12, Tue 13, Wed 14.
        Assert.Equal(new DateOnly(2026, 10, 14), accepted.Slip!.DueDate);
        Assert.Equal(ClerkB, accepted.Slip.ClerkId);
        Assert.Equal(3, accepted.Version);
        Assert.Equal(4, accepted.LedgerSequence);
    }

    [Fact]
    public void An_immediate_supplement_matter_completes_on_the_spot_when_the_materials_arrive()
    {
        var waiting = Accepted(Intake(SeniorCard, "居民身份证"));

        var change = MatterRules.SupplyMaterials(waiting, new SupplyMaterialsCommand(TownClerk(ClerkA), ["一寸照片"]), Context());

        Assert.Equal(["MaterialsSupplied", "Accepted", "Completed"], Actions(change));
        Assert.Equal(MatterStatus.Completed, change.After.Status);
    }

    [Fact]
    public void The_first_clerk_owns_the_matter_and_the_clerk_on_duty_handles_it()
    {
        var duty = new WindowDuty(Township, CivilAffairs, new Clerk(ClerkB, "李娜"), PrimaryAway: true);

        var state = Accept(Intake(Allowance, AllowanceMaterials), duty: duty).After;

        Assert.Equal((ClerkA, ClerkA, ClerkB), (state.FirstClerkId, state.OwnerClerkId, state.HandlerClerkId));
        Assert.Equal(ClerkA, AcceptedAllowance().HandlerClerkId); // no duty known: the A clerk
    }

    [Fact]
    public void Materials_handed_in_twice_are_counted_once()
    {
        var state = Accepted(Intake(Allowance, "户口簿", "户口簿"));

        Assert.Equal(["户口簿"], state.MaterialsHandedIn);
        Assert.Equal(["居民身份证", "家庭收入证明"], state.Notice!.Missing);
    }

    [Fact]
    public void The_intake_fingerprint_is_kept_so_a_retried_intake_is_recognised()
    {
        var state = MatterRules.Accept(NewReceipt(), Intake(Allowance), Items[Allowance], null, Context() with { Fingerprint = "IntakeRequest:ABC" }).After;

        Assert.Equal("IntakeRequest:ABC", state.IntakeFingerprint);
    }

    public static TheoryData<string, IntakeRequest, string, string, DomainErrorKind> BadIntakes => new()
    {
        { "bad resident id", Intake(SeniorCard) with { Citizen = Citizen with { ResidentId = "110105194912310021" } }, "citizen.residentId", "residentId.invalid", DomainErrorKind.Invalid },
        { "no name", Intake(SeniorCard) with { Citizen = Citizen with { Name = " " } }, "citizen.name", "text.required", DomainErrorKind.Invalid },
        { "bad phone", Intake(SeniorCard) with { Citizen = Citizen with { Phone = "12345" } }, "citizen.phone", "phone.invalid", DomainErrorKind.Invalid },
        { "unknown item", Intake("no-such-item"), "itemId", "item.unknown", DomainErrorKind.NotFound },
        { "item of another window", Intake("birth-permit"), "itemId", "item.otherWindow", DomainErrorKind.Invalid },
        { "unknown window", Intake(SeniorCard) with { WindowId = "nowhere" }, "windowId", "window.unknown", DomainErrorKind.NotFound },
        { "unknown material", Intake(SeniorCard, "房产证"), "materialsHandedIn", "materials.unknown", DomainErrorKind.Invalid },
        { "clerk of another window", Intake(SeniorCard) with { Actor = TownClerk(PlanningClerk) }, "windowId", "auth.jurisdiction", DomainErrorKind.Forbidden },
    };

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public void A_bad_intake_is_refused_naming_the_field(string because, IntakeRequest request, string field, string code, DomainErrorKind kind)
    {
        var e = Assert.Throws<DomainException>(() => Accept(request));

        Assert.True((field, code, kind) == (e.Field, e.Code, e.Kind), $"{because}: got {e.Field} {e.Code} {e.Kind}");
    }

    [Fact]
    public void A_receipt_issued_for_another_point_is_refused()
    {
        Refused(
            () => MatterRules.Accept(NewReceipt(OtherTownship), Intake(SeniorCard, SeniorCardMaterials), Items[SeniorCard], null, Context()),
            DomainErrorKind.Invalid, "receipt.otherPoint", "pointCode");
    }

    [Fact]
    public void An_intake_at_a_point_that_is_not_defined_is_refused()
    {
        var context = Context() with { Points = new Dictionary<string, ServicePointProfile>() };

        Refused(
            () => MatterRules.Accept(NewReceipt(), Intake(SeniorCard, SeniorCardMaterials), Items[SeniorCard], null, context),
            DomainErrorKind.NotFound, "point.undefined", "pointCode");
    }

    [Fact]
    public void A_clerk_who_does_not_staff_the_window_is_refused_even_when_the_actor_claims_the_point()
    {
        // c-other-a staffs the civil-affairs window of the neighbouring township, not this one's.
        var forged = new Actor(OtherTownClerk, ActorRole.WindowClerk, Township);

        Refused(() => Accept(Intake(SeniorCard, SeniorCardMaterials) with { Actor = forged }), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
    }

    [Fact]
    public void A_clerk_of_another_point_cannot_take_a_matter_in_here()
    {
        Refused(() => Accept(Intake(SeniorCard, SeniorCardMaterials) with { Actor = OtherTownClerkActor }), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void An_actor_whose_window_names_another_window_cannot_take_a_matter_in()
    {
        Refused(
            () => Accept(Intake(SeniorCard, SeniorCardMaterials) with { Actor = TownClerk(ClerkA, FamilyPlanning) }),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Assert.Equal(MatterStatus.Completed, Accept(Intake(SeniorCard, SeniorCardMaterials) with { Actor = TownClerk(ClerkA, CivilAffairs) }).After.Status);
    }

    [Theory]
    [InlineData(ActorRole.CenterDirector, TownshipDirectorId, Township)]
    [InlineData(ActorRole.CityMonitor, "m-330182", City)]
    [InlineData(ActorRole.Administrator, "admin", Township)]
    [InlineData(ActorRole.ProxyAgent, ProxyAgentId, Township)]
    public void Only_a_window_clerk_takes_a_matter_in(ActorRole role, string id, string point)
    {
        Refused(() => Accept(Intake(SeniorCard, SeniorCardMaterials) with { Actor = new Actor(id, role, point) }), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void Supplying_a_material_that_is_not_missing_or_none_at_all_is_refused()
    {
        var waiting = Accepted(Intake(Allowance, "居民身份证"));

        Refused(() => MatterRules.SupplyMaterials(waiting, new SupplyMaterialsCommand(TownClerk(), ["居民身份证"]), Context()), DomainErrorKind.Invalid, "materials.unknown", "materials");
        Refused(() => MatterRules.SupplyMaterials(waiting, new SupplyMaterialsCommand(TownClerk(), []), Context()), DomainErrorKind.Invalid, "materials.required", "materials");
    }

    [Fact]
    public void A_village_matter_decided_above_is_accepted_with_a_slip_and_marked_as_a_proxy_matter()
    {
        var change = Accept(VillageIntake(Felling, FellingMaterials));

        Assert.Equal(["Accepted"], Actions(change));
        Assert.Equal((MatterStatus.InProgress, Village, Tier.City), (change.After.Status, change.After.CurrentPointCode, change.After.DecidingTier));
        Assert.NotNull(change.After.Slip);
        Assert.Contains("代办件", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }
}
