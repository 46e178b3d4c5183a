using System.Net;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Petitions;
using Npgsql;

namespace Network.Gateway.Tests;

/// <summary>
/// Applicants of every kind, consultations and petitions through the gateway on the demo network:
/// one grain call per request, the grains' refusals as problem documents, nothing stored for bad input.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ApplicantCaseRouteTests(GatewayFixture fx)
{
    private static object Organisation(string code = "91350100M000100Y43", object? agent = null) =>
        new { name = "绵竹市某某农业专业合作社", residentId = code, documentType = "UnifiedSocialCreditCode", agent };

    [Fact]
    public async Task Intake_takes_an_organisation_with_its_agent_and_masks_the_agent()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var agent = new { name = "欧阳代办", documentNumber = "H12345678", documentType = "HongKongMacaoTravelPermit", authorisationReference = "委托书2026-031" };

        var response = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", new
        {
            windowId = Demo.CivilAffairs,
            itemId = Demo.TemporaryRelief,
            citizen = Organisation(agent: agent),
            materialsHandedIn = Demo.TemporaryReliefMaterials,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.ReadAsync<MatterView>();
        Assert.Equal((IdentityDocumentType.UnifiedSocialCreditCode, "91350100M000100Y43", "欧***", "委托书2026-031"), (view.ApplicantDocument, view.MaskedResidentId, view.MaskedAgentName, view.AuthorisationReference));
    }

    [Fact]
    public async Task An_applicant_with_a_wrong_check_character_or_an_agent_without_a_power_of_attorney_gets_a_problem_and_nothing_is_stored()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var before = await CountAsync("SELECT count(*) FROM case_record WHERE kind IN ('matter', 'consultation', 'petition')");
        var url = $"/api/points/{Demo.Township}/matters";

        await (await clerk.PostAsync(url, new { windowId = Demo.CivilAffairs, itemId = Demo.TemporaryRelief, citizen = Organisation("91350100M000100Y44"), materialsHandedIn = Demo.TemporaryReliefMaterials }))
            .AssertProblemAsync(400, "citizen.residentId", "creditCode.invalid");
        await (await clerk.PostAsync(url, new { windowId = Demo.CivilAffairs, itemId = Demo.TemporaryRelief, citizen = new { name = "陈大文", residentId = "X12345678", documentType = "HongKongMacaoTravelPermit" }, materialsHandedIn = Demo.TemporaryReliefMaterials }))
            .AssertProblemAsync(400, "citizen.residentId", "travelPermit.invalid");
        await (await clerk.PostAsync(url, new { windowId = Demo.CivilAffairs, itemId = Demo.TemporaryRelief, citizen = Organisation(agent: new { name = "李四", documentNumber = Demo.ResidentId(7), authorisationReference = "" }), materialsHandedIn = Demo.TemporaryReliefMaterials }))
            .AssertProblemAsync(400, "citizen.agent.authorisationReference", "agent.authorisationRequired");
        await (await clerk.PostAsync($"/api/points/{Demo.Township}/consultations", new { channel = "Visit", topic = " " }))
            .AssertProblemAsync(400, "topic", "text.required");
        await (await clerk.PostAsync($"/api/points/{Demo.Township}/petitions", new { channel = "Visit", petitioner = new { name = "王五", residentId = "110105194912310021" }, request = "修路" }))
            .AssertProblemAsync(400, "petitioner.residentId", "residentId.invalid");
        await (await clerk.SendRawAsync(HttpMethod.Post, $"/api/points/{Demo.Township}/petitions", """{"channel":"Pigeon","petitioner":{"name":"王五","residentId":"11010519491231002X"},"request":"修路"}""")).AssertProblemAsync(400);

        Assert.Equal(before, await CountAsync("SELECT count(*) FROM case_record WHERE kind IN ('matter', 'consultation', 'petition')"));
    }

    [Fact]
    public async Task A_consultation_is_recorded_without_a_receipt_and_turned_into_a_matter_for_an_organisation()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var recorded = await (await clerk.PostAsync($"/api/points/{Demo.Township}/consultations", new { channel = "Phone", topic = "合作社能否申请临时救助？", windowId = Demo.CivilAffairs }))
            .ReadAsync<ConsultationView>();
        Assert.StartsWith(Demo.Township + "-ZX", recorded.Number, StringComparison.Ordinal);
        Assert.Contains(ConsultationAction.TurnIntoMatter, recorded.AllowedActions);

        var response = await clerk.PostAsync($"/api/consultations/{recorded.Number}/matter", new
        {
            windowId = Demo.CivilAffairs,
            itemId = Demo.TemporaryRelief,
            applicant = Organisation(),
            materialsHandedIn = Demo.TemporaryReliefMaterials,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var matter = await response.ReadAsync<MatterView>();
        Assert.Equal(recorded.Number, matter.FromConsultation);
        var linked = await (await clerk.GetAsync($"/api/consultations/{recorded.Number}")).ReadAsync<ConsultationView>();
        Assert.Equal((ConsultationStatus.TurnedIntoMatter, matter.ReceiptNumber), (linked.Status, linked.MatterReceiptNumber));
        using var director = await fx.As(Demo.TownDirector);
        var tally = await (await director.GetAsync($"/api/points/{Demo.Township}/first-inquiry")).ReadAsync<FirstInquiryTally[]>();
        Assert.True(Assert.Single(tally, t => t.ClerkId == Demo.TownClerkA).TurnedIntoMatters >= 1);
    }

    [Fact]
    public async Task A_petition_is_registered_by_a_clerk_and_only_the_director_accepts_it()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var petition = await (await clerk.PostAsync($"/api/points/{Demo.Township}/petitions", new
        {
            channel = "Letter",
            petitioner = new { name = "王五", residentId = Demo.ResidentId(11) },
            request = "反映村道积水问题。",
        })).ReadAsync<PetitionView>();

        Assert.Empty(petition.AllowedActions);
        await (await clerk.PostAsync($"/api/petitions/{petition.Number}/accept", new { })).AssertProblemAsync(403);
        using var director = await fx.As(Demo.TownDirector);
        var accepted = await (await director.PostAsync($"/api/petitions/{petition.Number}/accept", new { note = "转村镇建设窗口办理" })).ReadAsync<PetitionView>();
        Assert.Equal(PetitionStatus.Accepted, accepted.Status);
        Assert.True(accepted.AcceptedOn!.Value.AddDays(60) <= accepted.ReplyBy!.Value);
        Assert.Contains(await (await director.GetAsync($"/api/points/{Demo.Township}/petitions")).ReadAsync<PetitionSummary[]>(), p => p.Number == petition.Number);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fx.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
