using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>Handling at the point of intake: completion, return, supplements during handling, illegal transitions.</summary>
public sealed class HandlingRulesTests
{
    [Fact]
    public void The_B_clerk_of_the_window_completes_a_promised_matter_with_its_result()
    {
        var state = AcceptedAllowance();

        var change = MatterRules.Complete(state, new CompleteCommand(TownClerk(ClerkB), "审核通过，发放保障金"), Context());

        Assert.Equal(["Completed"], Actions(change));
        Assert.Equal(MatterStatus.Completed, change.After.Status);
        Assert.Equal(("审核通过，发放保障金", ClerkB), (change.After.Outcome!.ResultNote, change.After.Outcome.ClerkId));
        Assert.Equal((MatterStatus.InProgress, MatterStatus.Completed), (change.Steps[0].Entry.StatusBefore, change.Steps[0].Entry.StatusAfter));
        Assert.Equal(state.Version, change.ExpectedVersion);
        Assert.Equal(state.Version + 1, change.After.Version);
    }

    [Fact]
    public void A_return_records_the_reason_and_the_legal_basis()
    {
        var change = MatterRules.Return(AcceptedAllowance(), new ReturnCommand(TownClerk(), "家庭人均收入高于当地低保标准", "《社会救助暂行办法》第九条"), Context());

        var state = change.After;
        Assert.Equal(MatterStatus.Returned, state.Status);
        Assert.Equal(("家庭人均收入高于当地低保标准", "《社会救助暂行办法》第九条"), (state.Outcome!.Reason, state.Outcome.LegalBasis));
        Assert.Equal("Returned", change.LastAction);
        Assert.True(state.IsClosed);
    }

    [Theory]
    [InlineData("", "《社会救助暂行办法》", "reason")]
    [InlineData("收入超标", " ", "legalBasis")]
    public void A_return_without_reason_or_legal_basis_is_refused_and_the_state_is_unchanged(string reason, string basis, string field)
    {
        var state = AcceptedAllowance();

        Refused(() => MatterRules.Return(state, new ReturnCommand(TownClerk(), reason, basis), Context()), DomainErrorKind.Invalid, "text.required", field);

        Assert.Equal((MatterStatus.InProgress, 1), (state.Status, state.Version));
    }

    [Fact]
    public void A_matter_still_waiting_for_materials_may_be_returned()
    {
        var change = MatterRules.Return(Accepted(Intake(Allowance)), new ReturnCommand(TownClerk(), "申请人撤回", "《行政许可法》第三十二条"), Context());

        Assert.Equal(MatterStatus.Returned, change.After.Status);
    }

    [Fact]
    public void Completing_a_completed_matter_is_an_illegal_transition()
    {
        var done = Accepted(Intake(SeniorCard, SeniorCardMaterials));

        Refused(() => MatterRules.Complete(done, new CompleteCommand(TownClerk(), "again"), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");

        Assert.Equal(MatterStatus.Completed, done.Status);
    }

    [Fact]
    public void A_matter_waiting_for_materials_cannot_be_completed()
    {
        var waiting = Accepted(Intake(Allowance));

        Refused(() => MatterRules.Complete(waiting, new CompleteCommand(TownClerk(), null), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");

        Assert.Equal(MatterStatus.AwaitingSupplement, waiting.Status);
    }

    [Fact]
    public void Materials_cannot_be_supplied_to_a_returned_matter()
    {
        var returned = MatterRules.Return(Accepted(Intake(Allowance)), new ReturnCommand(TownClerk(), "申请人撤回", "《行政许可法》第三十二条"), Context()).After;

        Refused(() => MatterRules.SupplyMaterials(returned, new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void Materials_cannot_be_supplied_to_a_matter_in_progress()
    {
        Refused(() => MatterRules.SupplyMaterials(AcceptedAllowance(), new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void A_returned_matter_cannot_be_returned_again()
    {
        var returned = MatterRules.Return(AcceptedAllowance(), new ReturnCommand(TownClerk(), "收入超标", "第九条"), Context()).After;

        Refused(() => MatterRules.Return(returned, new ReturnCommand(TownClerk(), "再次", "第九条"), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void A_result_can_only_be_delivered_once_a_higher_tier_has_decided()
    {
        Refused(() => MatterRules.Deliver(AcceptedAllowance(), new DeliverCommand(TownClerk()), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void A_supplement_requested_during_handling_lists_every_missing_material_and_stops_the_clock()
    {
        var state = AcceptedAllowance();

        var change = MatterRules.RequestSupplement(state, new RequestSupplementCommand(TownClerk(), ["户口簿", "家庭收入证明"]), Context());

        Assert.Equal(["SupplementRequested"], Actions(change));
        var paused = change.After;
        Assert.Equal(MatterStatus.AwaitingSupplement, paused.Status);
        Assert.Equal(["户口簿", "家庭收入证明"], paused.Notice!.Missing);
        Assert.Equal(["居民身份证"], paused.MaterialsHandedIn);
        Assert.Equal(Today, paused.PausedSince);
        Assert.Equal(state.ClockStartedOn, paused.ClockStartedOn);
    }

    [Fact]
    public void A_supplement_must_name_known_materials_and_at_least_one()
    {
        var state = AcceptedAllowance();

        Refused(() => MatterRules.RequestSupplement(state, new RequestSupplementCommand(TownClerk(), []), Context()), DomainErrorKind.Invalid, "materials.required", "missing");
        Refused(() => MatterRules.RequestSupplement(state, new RequestSupplementCommand(TownClerk(), ["房产证"]), Context()), DomainErrorKind.Invalid, "materials.unknown", "missing");
    }

    [Fact]
    public void A_supplement_cannot_be_requested_before_the_matter_was_accepted()
    {
        Refused(
            () => MatterRules.RequestSupplement(Accepted(Intake(Allowance)), new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context()),
            DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void A_matter_decided_above_must_be_handed_up_not_completed()
    {
        var state = AcceptedAtVillage(Felling);

        Refused(() => MatterRules.Complete(state, new CompleteCommand(VillageClerk(), null), Context()), DomainErrorKind.Conflict, "matter.mustHandUp", "status");
    }

    [Fact]
    public void Each_change_expects_the_version_it_was_computed_from_and_numbers_its_ledger_rows_on()
    {
        var waiting = Accepted(Intake(Allowance, "居民身份证"));
        var change = MatterRules.SupplyMaterials(waiting, new SupplyMaterialsCommand(TownClerk(), ["户口簿", "家庭收入证明"]), Context());

        Assert.Equal(1, change.ExpectedVersion);
        Assert.Equal([2, 3], change.Steps.Select(s => s.Entry.Sequence));
        Assert.All(change.Steps, s => Assert.Equal(2, s.After.Version));
        Assert.Equal([MatterStatus.AwaitingSupplement, MatterStatus.AwaitingSupplement], change.Steps.Select(s => s.Entry.StatusBefore!.Value));
    }

    [Fact]
    public void The_command_fingerprint_is_kept_so_a_retried_command_is_recognised()
    {
        var context = Context() with { Fingerprint = "CompleteCommand:42" };

        var state = MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(TownClerk(), null), context).After;

        Assert.Equal("CompleteCommand:42", state.LastCommandFingerprint);
    }
}
