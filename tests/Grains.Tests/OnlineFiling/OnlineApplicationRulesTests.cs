using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.OnlineFiling.Rules;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.OnlineFiling.OnlineFilingFixture;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.OnlineFiling;

/// <summary>Online filing's rules (网上申报) on the pure rules and policy, without a cluster.</summary>
public sealed class OnlineApplicationRulesTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);
    private static readonly DateOnly Wednesday = Monday.AddDays(2);
    private static readonly DateOnly Friday = Monday.AddDays(4);
    private static readonly DateOnly NextMonday = Monday.AddDays(7);

    [Fact]
    public void An_online_application_must_be_pre_examined_within_one_working_day_or_it_is_flagged_late()
    {
        var submitted = Submitted();
        Assert.Equal((OnlineApplicationStatus.Submitted, Tuesday), (submitted.Status, submitted.PreExamineBy));
        Assert.Equal(Wednesday, OnlineApplicationRules.NextCheck(submitted));

        Assert.True(OnlineApplicationRules.CheckDeadlines(submitted, Context(Tuesday)).IsEmpty); // due today: on time
        var late = OnlineApplicationRules.CheckDeadlines(submitted, Context(Wednesday));

        Assert.Equal(["PreExaminationLate"], late.Steps.Select(s => s.Row.Action));
        Assert.Equal(FlagLevel.Red, late.After.Flag);
        Assert.Null(OnlineApplicationRules.NextCheck(late.After));
        Assert.True(OnlineApplicationRules.CheckDeadlines(late.After, Context(Friday)).IsEmpty); // flagged once
    }

    [Fact]
    public void An_application_submitted_on_friday_is_due_for_pre_examination_on_monday()
    {
        Assert.Equal(NextMonday, Submitted(Friday).PreExamineBy);
    }

    [Fact]
    public void Acceptance_makes_it_a_matter_of_the_items_window_with_its_uploaded_materials_and_the_deadline_from_acceptance()
    {
        var submitted = Submitted();
        var intake = OnlineApplicationRules.IntakeFor(submitted, new AcceptOnlineApplicationCommand(Examiner), Context(Tuesday));
        Assert.Equal((RuleFixture.Township, RuleFixture.CivilAffairs, RuleFixture.Allowance), (intake.PointCode, intake.WindowId, intake.ItemId));
        Assert.Equal(RuleFixture.AllowanceMaterials, intake.MaterialsHandedIn);
        Assert.Equal(RuleFixture.Citizen, intake.Citizen);

        // The matter's own intake rules take it in on the day of acceptance: its clock starts then.
        var matter = global::Network.Grains.Matters.Rules.MatterRules.Accept(
            OnlineApplicationRules.ReceiptNumberOf(submitted.Number), intake, RuleFixture.Items[RuleFixture.Allowance], null, RuleFixture.Context(Tuesday)).After;
        Assert.Equal((MatterStatus.InProgress, Tuesday), (matter.Status, matter.ClockStartedOn));
        Assert.Equal(RuleFixture.ShippedCalendar.AddWorkingDays(Tuesday, 5).Date, matter.DueDate);

        var accepted = OnlineApplicationRules.Accepted(submitted, new AcceptOnlineApplicationCommand(Examiner), MatterOf(submitted, matter.DueDate!.Value), Context(Tuesday)).After;
        Assert.Equal((OnlineApplicationStatus.Accepted, matter.DueDate), (accepted.Status, accepted.MatterDueDate));
        Assert.Equal(OnlineApplicationRules.ReceiptNumberOf(submitted.Number), accepted.ReceiptNumber);
        Assert.True(accepted.IsClosed);
        Assert.Equal("ABCD2345", accepted.ToProgress().MatterProgressCode);
    }

    [Fact]
    public void The_matters_receipt_number_follows_from_the_application_number_so_a_retried_acceptance_opens_no_second_matter()
    {
        var number = NewNumber();
        var receipt = OnlineApplicationRules.ReceiptNumberOf(number);
        Assert.Equal(RuleFixture.Township, ReceiptNumber.PointOf(receipt).Value);
        Assert.Equal(receipt, OnlineApplicationRules.ReceiptNumberOf(number));
        Assert.Equal(number.Split('-')[2], receipt.Split('-')[2]);
    }

    [Fact]
    public void An_application_without_a_file_for_every_material_is_not_accepted_but_notified_once()
    {
        var partial = Submitted(allMaterials: false);
        var refused = Assert.Throws<DomainException>(() => OnlineApplicationRules.IntakeFor(partial, new AcceptOnlineApplicationCommand(Examiner), Context(Tuesday)));
        Assert.Equal("onlineApplication.materialsMissing", refused.Code);
    }

    [Fact]
    public void A_one_time_notice_lists_everything_missing_and_the_applicant_adds_files_and_resubmits()
    {
        var partial = Submitted(allMaterials: false);
        var notified = OnlineApplicationRules.NotifyMissing(partial, new NotifyMissingMaterialsCommand(Examiner, ["户口簿", "家庭收入证明", "户口簿"], "请补传户口簿首页及本人页、村委会出具的收入证明。"), Context(Tuesday)).After;
        Assert.Equal((OnlineApplicationStatus.NeedsMaterials, 1), (notified.Status, notified.NoticesIssued));
        Assert.Equal(["户口簿", "家庭收入证明"], notified.NoticeMissing);
        Assert.True(notified.ToProgress().CanAddFiles);

        var added = WithFile(WithFile(notified, "户口簿", Wednesday), "家庭收入证明", Wednesday);
        var resubmitted = OnlineApplicationRules.Submit(added, new SubmitOnlineApplicationRequest(Code), Context(Wednesday));
        Assert.Equal(["Resubmitted"], resubmitted.Steps.Select(s => s.Row.Action));
        Assert.Equal((OnlineApplicationStatus.Submitted, Monday.AddDays(3)), (resubmitted.After.Status, resubmitted.After.PreExamineBy));

        // 一次性告知: once. The second pre-examination accepts or refuses.
        var again = Assert.Throws<DomainException>(() => OnlineApplicationRules.NotifyMissing(resubmitted.After, new NotifyMissingMaterialsCommand(Examiner, ["户口簿"], "再补"), Context(Wednesday)));
        Assert.Equal("onlineApplication.noticeOnce", again.Code);
        Assert.DoesNotContain(OnlineApplicationAction.NotifyMissing, OnlineApplicationPolicy.Allowed(resubmitted.After, Examiner, Context(Wednesday)));
        Assert.Contains(OnlineApplicationAction.Accept, OnlineApplicationPolicy.Allowed(resubmitted.After, Examiner, Context(Wednesday)));
    }

    [Fact]
    public void A_refusal_gives_the_reason_and_closes_the_application()
    {
        var refused = OnlineApplicationRules.Refuse(Submitted(), new RefuseOnlineApplicationCommand(Examiner, "申请人家庭人均收入高于当地低保标准", "《社会救助暂行办法》第九条"), Context(Tuesday)).After;
        Assert.Equal((OnlineApplicationStatus.Refused, "申请人家庭人均收入高于当地低保标准"), (refused.Status, refused.RefusalReason));
        Assert.True(refused.IsClosed);
        var noReason = Assert.Throws<DomainException>(() => OnlineApplicationRules.Refuse(Submitted(), new RefuseOnlineApplicationCommand(Examiner, " ", null), Context(Tuesday)));
        Assert.Equal(("reason", "text.required"), (noReason.Field, noReason.Code));
    }

    [Fact]
    public void Only_the_clerks_of_the_items_window_pre_examine_and_only_they_and_the_points_director_open_the_files()
    {
        var submitted = Submitted();
        var context = Context(Tuesday);
        Assert.Null(OnlineApplicationPolicy.Check(submitted, RuleFixture.TownClerk(RuleFixture.ClerkB), OnlineApplicationAction.Accept, context));
        Assert.Equal("auth.jurisdiction", OnlineApplicationPolicy.Check(submitted, RuleFixture.TownClerk(RuleFixture.PlanningClerk), OnlineApplicationAction.Accept, context)!.Code);
        Assert.Equal("auth.jurisdiction", OnlineApplicationPolicy.Check(submitted, RuleFixture.OtherTownClerkActor, OnlineApplicationAction.Accept, context)!.Code);
        Assert.Equal("auth.role", OnlineApplicationPolicy.Check(submitted, RuleFixture.Director, OnlineApplicationAction.Accept, context)!.Code);

        Assert.Null(OnlineApplicationPolicy.OpensFiles(submitted, Examiner, context));
        Assert.Null(OnlineApplicationPolicy.OpensFiles(submitted, RuleFixture.Director, context));
        Assert.NotNull(OnlineApplicationPolicy.OpensFiles(submitted, RuleFixture.TownClerk(RuleFixture.PlanningClerk), context));
        Assert.NotNull(OnlineApplicationPolicy.OpensFiles(submitted, RuleFixture.OtherTownClerkActor, context));
        Assert.NotNull(OnlineApplicationPolicy.OpensFiles(submitted, RuleFixture.CityMonitor, context));
        Assert.NotNull(OnlineApplicationPolicy.OpensFiles(submitted, new Actor("public", ActorRole.Citizen, RuleFixture.Township), context));
        Assert.False(OnlineApplicationPolicy.CanRead(submitted, RuleFixture.OtherTownClerkActor));

        Assert.Equal("王秀英", submitted.ToView(OnlineApplicationPolicy.ShowsApplicant(submitted, Examiner, context)).ApplicantName);
        Assert.Equal("王**", submitted.ToView(OnlineApplicationPolicy.ShowsApplicant(submitted, RuleFixture.CityMonitor, context)).ApplicantName);
    }

    [Fact]
    public void Nothing_is_pre_examined_before_it_is_submitted_nor_after_it_is_decided()
    {
        var draft = WithFile(Started(), "居民身份证");
        Assert.Equal("onlineApplication.illegalTransition", OnlineApplicationPolicy.Check(draft, Examiner, OnlineApplicationAction.Accept, Context())!.Code);
        var refused = OnlineApplicationRules.Refuse(Submitted(), new RefuseOnlineApplicationCommand(Examiner, "不符合条件", null), Context(Tuesday)).After;
        Assert.Throws<DomainException>(() => OnlineApplicationRules.AddFile(refused, new AddApplicationFileRequest(Code, "户口簿", "a.pdf", Pdf), "f", MaxBytes, MaxFiles, Context(Tuesday)));
        Assert.Empty(OnlineApplicationPolicy.Allowed(refused, Examiner, Context(Tuesday)));
    }

    [Theory]
    [InlineData("身份证.pdf", "exe", "file.type")]
    [InlineData("身份证.pdf", "png", "file.typeMismatch")]
    [InlineData("身份证.pdf", "big", "file.tooLarge")]
    [InlineData("身份证.pdf", "empty", "file.empty")]
    public void An_upload_over_the_limit_or_of_the_wrong_type_is_refused(string name, string content, string code)
    {
        byte[] bytes = content switch
        {
            "exe" => Exe,
            "png" => Png,
            "big" => [.. "%PDF-"u8, .. new byte[MaxBytes]],
            _ => [],
        };
        var refused = Assert.Throws<DomainException>(() =>
            OnlineApplicationRules.AddFile(Started(), new AddApplicationFileRequest(Code, "居民身份证", name, bytes), "f", MaxBytes, MaxFiles, Context()));
        Assert.Equal(("file", code), (refused.Field, refused.Code));
    }

    [Fact]
    public void A_file_is_recognised_by_its_content_not_its_name()
    {
        Assert.Equal(FileSignature.Pdf, FileSignature.Detect(Pdf));
        Assert.Equal(FileSignature.Png, FileSignature.Detect(Png));
        Assert.Equal(FileSignature.Jpeg, FileSignature.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]));
        Assert.Null(FileSignature.Detect(Exe));
        Assert.Equal("证明.pdf", FileSignature.CleanName(@"C:\Users\王\证明.pdf"));
        Assert.Equal("file.name", Assert.Throws<DomainException>(() => FileSignature.CleanName("a\"b.pdf")).Code);
    }

    [Fact]
    public void A_wrong_code_is_answered_as_an_unknown_application()
    {
        var refused = Assert.Throws<DomainException>(() =>
            OnlineApplicationRules.Submit(Started(), new SubmitOnlineApplicationRequest("ZZZZZZZZ"), Context()));
        Assert.Equal((DomainErrorKind.NotFound, "onlineApplication.unknown"), (refused.Kind, refused.Code));
    }

    [Fact]
    public void Post_delivery_needs_an_address_and_it_is_shown_only_to_those_who_pre_examine()
    {
        var noAddress = Assert.Throws<DomainException>(() =>
            OnlineApplicationRules.Start(NewNumber(), StartRequest(DeliveryMethod.Post), RuleFixture.Items[RuleFixture.Allowance], Code, Context()));
        Assert.Equal("delivery.address", noAddress.Field);

        var posted = OnlineApplicationRules.Start(NewNumber(), StartRequest(DeliveryMethod.Post, "测试镇幸福村3组12号"), RuleFixture.Items[RuleFixture.Allowance], Code, Context()).After;
        Assert.Equal("测试镇幸福村3组12号", posted.ToView(true).DeliveryAddress);
        Assert.Null(posted.ToView(false).DeliveryAddress);
    }

    [Fact]
    public void An_organisation_applies_online_with_its_unified_social_credit_code_and_a_wrong_check_character_is_refused()
    {
        var organisation = new Interfaces.Citizens.Citizen("测试镇幸福村股份经济合作社", "91350100M000100Y43", null) { DocumentType = Interfaces.Citizens.IdentityDocumentType.UnifiedSocialCreditCode };
        var started = OnlineApplicationRules.Start(NewNumber(), StartRequest() with { Applicant = organisation }, RuleFixture.Items[RuleFixture.Allowance], Code, Context()).After;
        Assert.Equal(Interfaces.Citizens.ApplicantKind.Organisation, started.Applicant.Kind);
        Assert.Equal("测试镇幸福村股份经济合作社", started.ToView(false).ApplicantName); // an organisation's name is not personal data

        var wrong = organisation with { ResidentId = "91350100M000100Y44" };
        var refused = Assert.Throws<DomainException>(() =>
            OnlineApplicationRules.Start(NewNumber(), StartRequest() with { Applicant = wrong }, RuleFixture.Items[RuleFixture.Allowance], Code, Context()));
        Assert.Equal("applicant.residentId", refused.Field);
    }

    [Theory]
    [InlineData(OnlineApplicationStatus.Draft, null, true)]
    [InlineData(OnlineApplicationStatus.Submitted, null, true)]
    [InlineData(OnlineApplicationStatus.NeedsMaterials, null, true)]
    [InlineData(OnlineApplicationStatus.Refused, null, false)]
    [InlineData(OnlineApplicationStatus.Accepted, true, true)]
    [InlineData(OnlineApplicationStatus.Accepted, false, false)]
    public void Open311_status_is_open_until_refused_or_its_matter_is_closed(OnlineApplicationStatus status, bool? matterOpen, bool open)
    {
        var state = Submitted() with { Status = status, ReceiptNumber = status == OnlineApplicationStatus.Accepted ? "330182101-20261116-7Q2M9XKD" : null, RefusalReason = "不符合条件" };
        var shown = OnlineApplicationRules.PublicStatus(state, matterOpen);
        Assert.Equal(open, shown.IsOpen);
        Assert.DoesNotContain("王秀英", shown.StatusNotes, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleFixture.Citizen.ResidentId, shown.StatusNotes, StringComparison.Ordinal);
    }
}
