using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// An organisation's or a document holder's application is sealed like a resident's: the document's
/// type, number, a passport's state and the agent with the power of attorney are in the sealed text
/// only; the keyed lookup of the document's number still finds the matter.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicantAtRestTests(PostgresFixture db)
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    [Fact]
    public async Task An_organisation_and_its_agent_are_sealed_in_case_state_and_found_by_the_credit_code_s_lookup()
    {
        var receipt = NewReceipt(Today);
        var applicant = new Citizen("绵竹某某农业有限公司", "91350100M000100Y43", "13800138000")
        {
            DocumentType = IdentityDocumentType.UnifiedSocialCreditCode,
            Agent = new ApplicantAgent("欧阳代办", IdentityDocumentType.HongKongMacaoTravelPermit, "H12345678", "委托书2026-077", "13900139000"),
        };
        await using (var cluster = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today)))
        {
            await DefineAsync(cluster.Client);
            var view = await cluster.Client.GetGrain<IMatterGrain>(receipt).Accept(Intake(Allowance, AllowanceMaterials) with { Citizen = applicant });
            Assert.Equal((IdentityDocumentType.UnifiedSocialCreditCode, "91350100M000100Y43", "欧***", "委托书2026-077"), (view.ApplicantDocument, view.MaskedResidentId, view.MaskedAgentName, view.AuthorisationReference));
        }

        var stored = await db.ScalarAsync<string>(
            """
            SELECT r.state::text || string_agg(l.changes::text, '' ORDER BY l.sequence)
            FROM case_record r JOIN case_ledger l ON l.kind = r.kind AND l.case_id = r.case_id
            WHERE r.kind = 'matter' AND r.case_id = $1 GROUP BY r.state
            """,
            receipt);
        foreach (var personal in new[] { "欧阳代办", "H12345678", "委托书2026", "13900139000", "91350100M000100Y43", "绵竹某某" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(receipt, await db.ScalarAsync<string>(
            "SELECT case_id FROM case_record WHERE kind = 'matter' AND state->'citizen'->>'lookup' = $1", PersonalDataOfThisMachine.Lookup("91350100M000100Y43")));

        await using var restarted = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today));
        var read = await restarted.Client.GetGrain<IMatterGrain>(receipt).Get(TownClerk(ClerkA));
        Assert.Equal((applicant.Name, IdentityDocumentType.UnifiedSocialCreditCode, "委托书2026-077"), (read!.CitizenName, read.ApplicantDocument, read.AuthorisationReference));
    }
}
