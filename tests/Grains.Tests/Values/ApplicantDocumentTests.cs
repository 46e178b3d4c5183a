using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Tests.Values;

/// <summary>Each identity document an applicant may use, by its own rule (证件校验).</summary>
public sealed class ApplicantDocumentTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("52510682mj1234567d")]
    [InlineData("12100000400010398P")]
    public void A_unified_social_credit_code_with_the_GB32100_check_character_is_valid(string code) =>
        Assert.True(UnifiedSocialCreditCode.IsValid(code, out _));

    [Theory]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M00010OY43", "not used")]
    [InlineData("913501I0M000100Y43", "not used")]
    [InlineData("9135A100M000100Y43", "division code")]
    [InlineData("", "required")]
    public void A_unified_social_credit_code_with_a_wrong_check_character_or_form_is_refused(string code, string reason)
    {
        var e = Assert.Throws<DomainException>(() => Applicants.Check(Organisation(code)));

        Assert.Equal(("citizen.residentId", "creditCode.invalid"), (e.Field, e.Code));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_applies_by_its_credit_code_normalised_to_capitals_and_shown_in_full()
    {
        var checkedApplicant = Applicants.Check(Organisation("91350100m000100y43"));

        Assert.Equal(("91350100M000100Y43", ApplicantKind.Organisation), (checkedApplicant.ResidentId, checkedApplicant.Kind));
        Assert.Equal("福州某某科技有限公司 91350100M000100Y43", Applicants.Masked(checkedApplicant));
    }

    [Theory]
    [InlineData(IdentityDocumentType.HongKongMacaoResidencePermit, "810000199001010019")]
    [InlineData(IdentityDocumentType.HongKongMacaoResidencePermit, "820000198512310029")]
    [InlineData(IdentityDocumentType.TaiwanResidencePermit, "830000197006150031")]
    public void A_residence_permit_number_validates_like_a_resident_ID_with_its_region_prefix(IdentityDocumentType type, string number) =>
        Assert.Equal(number, Applicants.Check(Person(type, number)).ResidentId);

    [Theory]
    [InlineData(IdentityDocumentType.HongKongMacaoResidencePermit, "830000197006150031", "starts with 810000 or 820000")]
    [InlineData(IdentityDocumentType.TaiwanResidencePermit, "810000199001010019", "starts with 830000")]
    [InlineData(IdentityDocumentType.HongKongMacaoResidencePermit, "810000199001010018", "check character")]
    [InlineData(IdentityDocumentType.TaiwanResidencePermit, "11010519491231002X", "starts with 830000")]
    public void A_residence_permit_number_with_the_wrong_prefix_or_check_character_is_refused(IdentityDocumentType type, string number, string reason)
    {
        var e = Assert.Throws<DomainException>(() => Applicants.Check(Person(type, number)));

        Assert.Equal(("citizen.residentId", "residencePermit.invalid"), (e.Field, e.Code));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("H12345678")]
    [InlineData("m87654321")]
    public void A_Hong_Kong_or_Macao_travel_permit_is_H_or_M_and_eight_digits(string number) =>
        Assert.Equal(number.ToUpperInvariant(), Applicants.Check(Person(IdentityDocumentType.HongKongMacaoTravelPermit, number)).ResidentId);

    [Theory]
    [InlineData("X12345678")]
    [InlineData("H1234567")]
    [InlineData("H1234567A")]
    [InlineData("12345678")]
    public void A_Hong_Kong_or_Macao_travel_permit_of_another_form_is_refused(string number)
    {
        var e = Assert.Throws<DomainException>(() => Applicants.Check(Person(IdentityDocumentType.HongKongMacaoTravelPermit, number)));

        Assert.Equal(("citizen.residentId", "travelPermit.invalid"), (e.Field, e.Code));
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234567", false)]
    [InlineData("T1234567", false)]
    [InlineData("1234567890", false)]
    public void A_Taiwan_travel_permit_is_eight_digits(string number, bool valid) =>
        Assert.Equal(valid, TravelPermitNumber.IsValid(number, IdentityDocumentType.TaiwanTravelPermit, out _));

    [Theory]
    [InlineData("CHN", "E12345678", true)]
    [InlineData("CHN", "EA1234567", true)]
    [InlineData("CHN", "G12345678", true)]
    [InlineData("CHN", "EI1234567", false)]
    [InlineData("CHN", "123456789", false)]
    [InlineData("USA", "123456789", true)]
    [InlineData("GBR", "AB1234567", true)]
    [InlineData("D", "C01X00T47", true)]
    [InlineData("USA", "ABCDEFGHI", false)]
    [InlineData("USA", "1234", false)]
    [InlineData("USA", "1234567890", false)]
    [InlineData("US", "123456789", false)]
    [InlineData(null, "123456789", false)]
    public void A_passport_number_follows_its_issuing_state_s_form(string? state, string number, bool valid) =>
        Assert.Equal(valid, PassportNumber.IsValid(number, state, out _));

    [Fact]
    public void A_passport_is_kept_with_its_issuing_state_and_masked_to_its_first_and_last_characters()
    {
        var applicant = Applicants.Check(Person(IdentityDocumentType.Passport, "e12345678") with { IssuingState = "chn" });

        Assert.Equal(("E12345678", "CHN"), (applicant.ResidentId, applicant.IssuingState));
        Assert.Equal("E******78", Applicants.MaskNumber(applicant.DocumentType, applicant.ResidentId));
    }

    [Fact]
    public void An_agent_applies_with_their_own_document_and_the_power_of_attorney_s_reference()
    {
        var agent = new ApplicantAgent(" 李代办 ", IdentityDocumentType.ResidentIdCard, "440524198001010013", " 委托书（2026）第15号 ");

        var applicant = Applicants.Check(Organisation("91350100M000100Y43") with { Agent = agent });

        Assert.Equal(("李代办", "委托书（2026）第15号"), (applicant.Agent!.Name, applicant.Agent.AuthorisationReference));
        Assert.EndsWith("（代理人 李**）", Applicants.Masked(applicant), StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_without_a_power_of_attorney_or_with_a_credit_code_is_refused()
    {
        var noReference = new ApplicantAgent("李代办", IdentityDocumentType.ResidentIdCard, "440524198001010013", " ");
        var organisation = new ApplicantAgent("某公司", IdentityDocumentType.UnifiedSocialCreditCode, "91350100M000100Y43", "委托书1号");
        var badNumber = new ApplicantAgent("李代办", IdentityDocumentType.ResidentIdCard, "440524198001010014", "委托书1号");

        var e1 = Assert.Throws<DomainException>(() => Applicants.Check(Organisation("91350100M000100Y43") with { Agent = noReference }));
        var e2 = Assert.Throws<DomainException>(() => Applicants.Check(Organisation("91350100M000100Y43") with { Agent = organisation }));
        var e3 = Assert.Throws<DomainException>(() => Applicants.Check(Organisation("91350100M000100Y43") with { Agent = badNumber }));

        Assert.Equal(("citizen.agent.authorisationReference", "agent.authorisationRequired"), (e1.Field, e1.Code));
        Assert.Equal(("citizen.agent.documentType", "agent.notAPerson"), (e2.Field, e2.Code));
        Assert.Equal(("citizen.agent.documentNumber", "residentId.invalid"), (e3.Field, e3.Code));
    }

    [Fact]
    public void A_resident_s_ID_number_is_still_the_default_document_and_masked_as_before()
    {
        var applicant = Applicants.Check(new Citizen("王小明", "11010519491231002x", null));

        Assert.Equal((IdentityDocumentType.ResidentIdCard, "11010519491231002X"), (applicant.DocumentType, applicant.ResidentId));
        Assert.Equal("王** 110***********002X", Applicants.Masked(applicant));
    }

    private static Citizen Organisation(string code) =>
        new("福州某某科技有限公司", code, "13800138000") { DocumentType = IdentityDocumentType.UnifiedSocialCreditCode };

    private static Citizen Person(IdentityDocumentType type, string number) =>
        new("陈大文", number, null) { DocumentType = type };
}
