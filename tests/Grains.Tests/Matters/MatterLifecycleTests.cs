using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Network.Grains.Tests.Network;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>The life of a matter, on an in-memory cluster with a fake clock at Wed 30 Sep 2026.</summary>
public sealed class MatterLifecycleTests(MemoryClusterFixture fixture) : IClassFixture<MemoryClusterFixture>
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    private IMatterGrain NewMatter(out string receipt)
    {
        receipt = NewReceipt(Today);
        return fixture.Grains.GetGrain<IMatterGrain>(receipt);
    }

    [Fact]
    public async Task An_immediate_matter_with_all_materials_completes_on_the_spot()
    {
        var matter = NewMatter(out _);

        var view = await matter.Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));

        Assert.Equal(MatterStatus.Completed, view.Status);
        Assert.Null(view.Notice);
        Assert.Equal(ClerkA, view.Outcome!.ClerkId);
        var history = await matter.GetHistory(MonitorActor);
        Assert.Equal(["Accepted", "Completed"], history.Select(h => h.Action));
        Assert.Equal([null, MatterStatus.InProgress], history.Select(h => h.StatusBefore));
        Assert.All(history, h => Assert.Equal((Township, CivilAffairs, ClerkA), (h.PointCode, h.WindowId, h.ActorId)));
    }

    [Fact]
    public async Task Missing_materials_are_all_listed_in_one_notice_and_the_matter_waits()
    {
        var matter = NewMatter(out var receipt);

        var view = await matter.Accept(Intake(Allowance, "居民身份证"));

        Assert.Equal(MatterStatus.AwaitingSupplement, view.Status);
        Assert.NotNull(view.Notice);
        Assert.Equal(["户口簿", "家庭收入证明"], view.Notice.Missing);
        Assert.Equal(receipt, view.Notice.ReceiptNumber);
        Assert.Equal("测试镇便民服务中心", view.Notice.PointName);
        Assert.Null(view.Slip);
    }

    [Fact]
    public async Task A_supplement_matter_is_accepted_once_the_last_material_arrives()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(Allowance));

        var partly = await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkB), ["户口簿"]));
        Assert.Equal(MatterStatus.AwaitingSupplement, partly.Status);
        Assert.Equal(AllowanceMaterials, partly.Notice!.Missing); // the notice itself never changes

        var complete = await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkB), ["居民身份证", "家庭收入证明"]));
        Assert.Equal(MatterStatus.InProgress, complete.Status);
        Assert.NotNull(complete.Slip);
        Assert.Equal(
            ["Received", "MaterialsSupplied", "MaterialsSupplied", "Accepted"],
            (await matter.GetHistory(MonitorActor)).Select(h => h.Action));
    }

    [Fact]
    public async Task An_immediate_supplement_matter_completes_on_the_spot_when_materials_arrive()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(SeniorCard, "居民身份证"));

        var view = await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkA), ["一寸照片"]));

        Assert.Equal(MatterStatus.Completed, view.Status);
    }

    [Fact]
    public async Task A_promised_matter_gets_a_commitment_slip_with_its_working_day_deadline()
    {
        var matter = NewMatter(out var receipt);

        var view = await matter.Accept(Intake(Allowance, AllowanceMaterials));

        Assert.Equal(MatterStatus.InProgress, view.Status);
        var slip = Assert.IsType<CommitmentSlip>(view.Slip);
        Assert.Equal(receipt, slip.ReceiptNumber);
        Assert.Equal(5, slip.TimeLimitWorkingDays);
        // Accepted Wed 30 Sep 2026: National Day 1-7 Oct off, Sat 10 Oct a make-up workday.
        Assert.Equal(new DateOnly(2026, 10, 13), slip.DueDate);
        Assert.False(slip.Provisional);
        Assert.Equal("测试镇便民服务中心", slip.PointName);
    }

    [Fact]
    public async Task A_clerk_completes_a_promised_matter()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(Allowance, AllowanceMaterials));

        var view = await matter.Complete(new CompleteCommand(TownClerk(ClerkB), "审核通过，发放保障金"));

        Assert.Equal(MatterStatus.Completed, view.Status);
        Assert.Equal("审核通过，发放保障金", view.Outcome!.ResultNote);
        Assert.Equal(ClerkB, view.Outcome.ClerkId);
    }

    [Fact]
    public async Task A_return_records_the_reason_and_the_legal_basis()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(Allowance, AllowanceMaterials));

        var view = await matter.Return(new ReturnCommand(TownClerk(ClerkA), "家庭人均收入高于当地低保标准", "《社会救助暂行办法》第九条"));

        Assert.Equal(MatterStatus.Returned, view.Status);
        Assert.Equal("家庭人均收入高于当地低保标准", view.Outcome!.Reason);
        Assert.Equal("《社会救助暂行办法》第九条", view.Outcome.LegalBasis);
        Assert.Equal("Returned", (await matter.GetHistory(MonitorActor))[^1].Action);
    }

    [Theory]
    [InlineData("", "《社会救助暂行办法》", "reason")]
    [InlineData("收入超标", " ", "legalBasis")]
    public async Task A_return_without_reason_or_legal_basis_is_refused_and_nothing_changes(string reason, string basis, string field)
    {
        var matter = NewMatter(out _);
        var before = await matter.Accept(Intake(Allowance, AllowanceMaterials));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Return(new ReturnCommand(TownClerk(ClerkA), reason, basis)));

        Assert.Equal(field, e.Field);
        var after = await matter.Get(MonitorActor);
        Assert.Equal((before.Status, before.Version), (after!.Status, after.Version));
        Assert.Single(await matter.GetHistory(MonitorActor));
    }

    [Fact]
    public async Task Completing_a_completed_matter_is_an_illegal_transition()
    {
        var matter = NewMatter(out _);
        var done = await matter.Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Complete(new CompleteCommand(TownClerk(ClerkA), "again")));

        Assert.Equal(DomainErrorKind.Conflict, e.Kind);
        Assert.Equal("matter.illegalTransition", e.Code);
        Assert.Equal(done.Version, (await matter.Get(MonitorActor))!.Version);
    }

    [Fact]
    public async Task A_matter_waiting_for_materials_cannot_be_completed()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(Allowance));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Complete(new CompleteCommand(TownClerk(ClerkA), null)));

        Assert.Equal("matter.illegalTransition", e.Code);
        Assert.Equal(MatterStatus.AwaitingSupplement, (await matter.Get(MonitorActor))!.Status);
    }

    [Fact]
    public async Task Materials_cannot_be_supplied_to_a_returned_matter()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(Allowance));
        await matter.Return(new ReturnCommand(TownClerk(ClerkA), "申请人撤回", "《行政许可法》第三十二条"));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkA), ["户口簿"])));

        Assert.Equal("matter.illegalTransition", e.Code);
    }

    [Fact]
    public async Task A_retried_intake_is_one_intake_and_a_reused_receipt_is_refused()
    {
        var matter = NewMatter(out _);
        var request = Intake(Allowance, AllowanceMaterials);

        var first = await matter.Accept(request);
        var again = await matter.Accept(request);
        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Accept(Intake(SeniorCard)));

        Assert.Equal(first.Version, again.Version);
        Assert.Single(await matter.GetHistory(MonitorActor));
        Assert.Equal("receipt.inUse", e.Code);
    }

    [Fact]
    public async Task A_retried_completion_is_applied_once()
    {
        var matter = NewMatter(out _);
        await matter.Accept(Intake(Allowance, AllowanceMaterials));
        var command = new CompleteCommand(TownClerk(ClerkA), "通过");

        var first = await matter.Complete(command);
        var again = await matter.Complete(command);

        Assert.Equal(first.Version, again.Version);
        Assert.Equal(2, (await matter.GetHistory(MonitorActor)).Count);
    }

    public static TheoryData<string, IntakeRequest, string, string, DomainErrorKind> BadIntakes => new()
    {
        { "bad resident id", Intake(SeniorCard) with { Citizen = Citizen with { ResidentId = "110105194912310021" } }, "citizen.residentId", "residentId.invalid", DomainErrorKind.Invalid },
        { "no name", Intake(SeniorCard) with { Citizen = Citizen with { Name = "" } }, "citizen.name", "text.required", DomainErrorKind.Invalid },
        { "bad phone", Intake(SeniorCard) with { Citizen = Citizen with { Phone = "12345" } }, "citizen.phone", "phone.invalid", DomainErrorKind.Invalid },
        { "unknown item", Intake("no-such-item"), "itemId", "item.unknown", DomainErrorKind.NotFound },
        { "item of another window", Intake("birth-permit"), "itemId", "item.otherWindow", DomainErrorKind.Invalid },
        { "unknown window", Intake(SeniorCard) with { WindowId = "nowhere" }, "windowId", "window.unknown", DomainErrorKind.NotFound },
        { "clerk of another window", Intake(SeniorCard) with { Actor = TownClerk(OtherClerk) }, "windowId", "auth.jurisdiction", DomainErrorKind.Forbidden },
        { "unknown material", Intake(SeniorCard, "房产证"), "materialsHandedIn", "materials.unknown", DomainErrorKind.Invalid },
        { "other point", Intake(SeniorCard) with { PointCode = "330182102" }, "pointCode", "receipt.otherPoint", DomainErrorKind.Invalid },
    };

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public async Task A_bad_intake_is_refused_naming_the_field_and_nothing_is_written(
        string because, IntakeRequest request, string field, string code, DomainErrorKind kind)
    {
        var matter = NewMatter(out _);

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Accept(request));

        Assert.True((field, code, kind) == (e.Field, e.Code, e.Kind), $"{because}: got {e.Field} {e.Code} {e.Kind}");
        Assert.Null(await matter.Get(MonitorActor));
        Assert.Empty(await matter.GetHistory(MonitorActor));
    }

    [Fact]
    public async Task Commands_on_an_unknown_receipt_are_refused_as_not_found()
    {
        var matter = NewMatter(out _);

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Complete(new CompleteCommand(TownClerk(ClerkA), null)));

        Assert.Equal(DomainErrorKind.NotFound, e.Kind);
    }

    [Fact]
    public async Task The_first_clerk_is_recorded_as_first_inquiry_owner_and_the_id_is_masked()
    {
        var view = await NewMatter(out _).Accept(Intake(Allowance));

        Assert.Equal(ClerkA, view.FirstClerkId);
        Assert.Equal(ClerkA, view.OwnerClerkId);
        Assert.Equal("110***********002X", view.MaskedResidentId);
    }
}
