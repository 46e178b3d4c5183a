using System.Net;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>Intake at a window: the gateway mints the receipt number and checks the citizen at the edge.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IntakeTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_clerk_takes_a_promised_matter_in_and_gets_a_receipt_number_and_a_commitment_slip()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var response = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(1)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var matter = await response.ReadAsync<MatterView>();
        Assert.StartsWith(Demo.Township + "-", matter.ReceiptNumber, StringComparison.Ordinal);
        Assert.Equal($"/api/matters/{matter.ReceiptNumber}", response.Headers.Location?.OriginalString);
        Assert.Equal(MatterStatus.InProgress, matter.Status);
        Assert.Equal(Demo.TownClerkA, matter.FirstClerkId);
        Assert.NotNull(matter.Slip);
        Assert.Equal("510***********" + Demo.ResidentId(1)[^4..], matter.MaskedResidentId);
    }

    [Fact]
    public async Task The_acting_clerk_is_the_signed_in_user_never_one_named_in_the_body()
    {
        using var clerk = await fx.As(Demo.TownClerkB);
        var body = new
        {
            windowId = Demo.CivilAffairs,
            itemId = Demo.TemporaryRelief,
            clerkId = Demo.TownClerkA,
            citizen = new { name = "李四", residentId = Demo.ResidentId(2), phone = (string?)null },
            materialsHandedIn = Demo.TemporaryReliefMaterials,
        };
        var matter = await (await clerk.PostAsync($"/api/points/{Demo.Township}/matters", body)).ReadAsync<MatterView>();
        Assert.Equal(Demo.TownClerkB, matter.FirstClerkId);
    }

    [Theory]
    [InlineData("11010519491231002Y", "citizen.residentId")]
    [InlineData("110105194912310021", "citizen.residentId")]
    [InlineData("1101051949", "citizen.residentId")]
    public async Task An_invalid_resident_id_number_is_refused_at_the_edge_naming_the_field(string residentId, string field)
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var response = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, residentId));
        var problem = await response.AssertProblemAsync(400, field, "residentId.invalid");
        Assert.DoesNotContain(residentId, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_materials_give_one_notice_and_an_unknown_item_is_a_404_naming_itemId()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var partial = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..2], 3);
        Assert.Equal(MatterStatus.AwaitingSupplement, partial.Status);
        Assert.Equal(Demo.TemporaryReliefMaterials[2..], partial.Notice!.Missing);

        var unknown = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, "no-such-item", [], Demo.ResidentId(3)));
        await unknown.AssertProblemAsync(404, "itemId", "item.unknown");
    }

    [Fact]
    public async Task A_bad_point_code_is_a_400_naming_pointCode()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var response = await clerk.PostAsync("/api/points/99x/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, [], Demo.ResidentId(4)));
        await response.AssertProblemAsync(400, "pointCode", "divisionCode.invalid");
    }
}
