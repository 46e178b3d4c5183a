using System.Security.Cryptography;
using System.Text.Json;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.PersonalData;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// A citizen's name, resident ID number and phone, and the matter's progress code, are sealed
/// (AES-GCM) in the case state and therefore in the ledger; the ID number is found only through
/// its keyed lookup value.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PersonalDataAtRestTests(PostgresFixture db)
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    [Fact]
    public async Task A_citizens_name_id_number_and_phone_are_nowhere_in_the_database_in_clear_and_the_matter_reads_back_whole()
    {
        var receipt = NewReceipt(Today);
        var citizen = new Citizen("欧阳秀英", "110101199003074477", "13800138000");
        string progressCode;
        await using (var cluster = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today)))
        {
            await DefineAsync(cluster.Client);
            var matter = cluster.Client.GetGrain<IMatterGrain>(receipt);
            progressCode = (await matter.Accept(Intake(Allowance, AllowanceMaterials) with { Citizen = citizen })).ProgressCode!;
            await matter.Complete(new CompleteCommand(TownClerk(ClerkA), "审核通过"));
        }

        var stored = await db.ScalarAsync<string>(
            """
            SELECT r.state::text || string_agg(l.changes::text, '' ORDER BY l.sequence)
            FROM case_record r JOIN case_ledger l ON l.kind = r.kind AND l.case_id = r.case_id
            WHERE r.kind = 'matter' AND r.case_id = $1 GROUP BY r.state
            """,
            receipt);
        foreach (var personal in new[] { "欧阳秀英", "110101199003074477", "13800138000", "\\u6B27", progressCode })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(receipt, await db.ScalarAsync<string>(
            "SELECT case_id FROM case_record WHERE kind = 'matter' AND state->'citizen'->>'lookup' = $1", PersonalDataOfThisMachine.Lookup("110101199003074477")));
        // Completing touched neither the citizen nor the code: neither is in that step's change set.
        Assert.False(await db.ScalarAsync<bool>(
            "SELECT changes::text LIKE '%citizen%' OR changes::text LIKE '%progressCode%' FROM case_ledger WHERE kind = 'matter' AND case_id = $1 AND sequence = 2", receipt));

        await using var restarted = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today));
        var view = await restarted.Client.GetGrain<IMatterGrain>(receipt).Get(TownClerk(ClerkA));
        Assert.Equal(citizen.Name, view!.CitizenName);
        Assert.Equal(progressCode, view.ProgressCode);
        Assert.NotNull((await restarted.Client.GetGrain<IMatterGrain>(receipt).GetForCitizen(ProgressProof.Of(progressCode, null))).Progress);
    }

    [Fact]
    public void Sealed_data_opens_with_the_key_that_sealed_it_or_as_a_retired_key_and_never_once_altered()
    {
        var old = RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes);
        var current = RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes);
        var sealedText = new PersonalDataProtector([old]).Seal("王秀英");

        Assert.NotEqual(sealedText, new PersonalDataProtector([old]).Seal("王秀英"));
        Assert.Equal("王秀英", new PersonalDataProtector([current, old]).Open(sealedText));
        Assert.ThrowsAny<CryptographicException>(() => new PersonalDataProtector([current]).Open(sealedText));

        var bytes = Convert.FromBase64String(sealedText.Split('.')[2]);
        bytes[^1] ^= 1;
        var altered = string.Join('.', sealedText.Split('.')[..2]) + "." + Convert.ToBase64String(bytes);
        Assert.ThrowsAny<CryptographicException>(() => new PersonalDataProtector([old]).Open(altered));
    }

    [Fact]
    public void A_citizen_stored_in_clear_by_an_earlier_build_is_still_read_and_is_sealed_when_written_again()
    {
        var json = new MatterJson(new PersonalDataProtector([RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes)]));

        var read = JsonSerializer.Deserialize<Citizen>("""{"name":"李四","residentId":"110101199003074477","phone":null}""", json.Options)!;
        var written = JsonSerializer.Serialize(read, json.Options);

        Assert.Equal(new Citizen("李四", "110101199003074477", null), read);
        Assert.DoesNotContain("李四", written, StringComparison.Ordinal);
        Assert.Equal(read, JsonSerializer.Deserialize<Citizen>(written, json.Options));
        Assert.Equal(written, JsonSerializer.Serialize(read, json.Options));
    }
}
