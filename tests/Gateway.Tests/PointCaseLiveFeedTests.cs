using System.Text.Encodings.Web;
using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Interfaces.Seals;

namespace Network.Gateway.Tests;

/// <summary>
/// Online applications, petitions, consultations and seals over the live connection the screens
/// keep: real silo process, real gateway, real SignalR clients. A submitted online application
/// reaches its point's clerks' feed (the pre-examination list reloads) and not another point's,
/// and no live message carries the applicant.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PointCaseLiveFeedTests(GatewayFixture fx)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static int _seed;

    [Fact]
    public async Task A_submitted_online_application_reaches_its_points_clerks_feed_and_not_another_points()
    {
        await using var clerkOfThePoint = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.OnlineApplication, await fx.TokenOf(Demo.TownClerkB));
        await using var clerkOfAnotherPoint = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.OtherTownship, LiveKinds.OnlineApplication, await fx.TokenOf(Demo.OtherTownClerk));
        await using var anonymous = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.OnlineApplication);

        var (number, residentId) = await FileAndSubmitAsync(Demo.Township);
        var submitted = await clerkOfThePoint.FirstAsync(p => p.GetProperty("number").GetString() == number && p.GetProperty("status").GetString() == "Submitted");
        Assert.Equal((Demo.TemporaryRelief, "Submitted", 1), (submitted.GetProperty("itemId").GetString(), submitted.GetProperty("action").GetString(), submitted.GetProperty("fileCount").GetInt32()));
        Assert.All(clerkOfThePoint.Everything.Where(i => i.Contains(number, StringComparison.Ordinal)), item =>
        {
            var text = Unescaped(item);
            foreach (var personal in new[] { "王秀英", residentId, "13800138000", "四川省什邡市", "申请临时救助" })
            {
                Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
            }
        });

        // The other point's own application arrives there; the first one, published before it, never did.
        var (other, _) = await FileAndSubmitAsync(Demo.OtherTownship);
        await clerkOfAnotherPoint.FirstAsync(p => p.GetProperty("number").GetString() == other && p.GetProperty("status").GetString() == "Submitted");
        Assert.DoesNotContain(clerkOfAnotherPoint.Everything, item => item.Contains(number, StringComparison.Ordinal));
        Assert.DoesNotContain(anonymous.Everything, item => item.Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Petitions_consultations_and_seals_reach_their_points_feed_as_they_change()
    {
        await using var petitions = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.Petition, await fx.TokenOf(Demo.TownDirector));
        await using var consultations = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.Consultation, await fx.TokenOf(Demo.TownClerkB));
        await using var seals = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.Seal, await fx.TokenOf(Demo.TownClerkB));
        using var clerk = await fx.As(Demo.TownClerkA);
        using var director = await fx.As(Demo.TownDirector);
        var seed = Interlocked.Increment(ref _seed);

        var petition = await (await clerk.PostAsync($"/api/points/{Demo.Township}/petitions", new
        {
            channel = "Letter",
            petitioner = new { name = "王五", residentId = Demo.ResidentId(600 + seed) },
            request = "反映村道积水问题。",
        })).ReadAsync<PetitionView>();
        var registered = await petitions.FirstAsync(p => p.GetProperty("number").GetString() == petition.Number);
        Assert.Equal("Registered", registered.GetProperty("status").GetString());
        await (await director.PostAsync($"/api/petitions/{petition.Number}/accept", new { })).ReadAsync<PetitionView>();
        await petitions.FirstAsync(p => p.GetProperty("number").GetString() == petition.Number && p.GetProperty("status").GetString() == "Accepted");
        Assert.DoesNotContain(petitions.Everything, item => Unescaped(item).Contains("王五", StringComparison.Ordinal) || Unescaped(item).Contains("积水", StringComparison.Ordinal));

        var consultation = await (await clerk.PostAsync($"/api/points/{Demo.Township}/consultations", new { channel = "Phone", topic = "低保要带什么材料？", windowId = Demo.CivilAffairs }))
            .ReadAsync<ConsultationView>();
        var recorded = await consultations.FirstAsync(p => p.GetProperty("number").GetString() == consultation.Number);
        Assert.Equal(Demo.TownClerkA, recorded.GetProperty("ownerClerkId").GetString());

        var serial = $"LV-{seed}";
        await (await director.PostAsync($"/api/points/{Demo.Township}/seals", new { serialNumber = serial, name = "业务专用章", scope = "办结通知书", custodianId = Demo.TownClerkA }))
            .ReadAsync<SealView>();
        await seals.FirstAsync(p => p.GetProperty("serialNumber").GetString() == serial && p.GetProperty("action").GetString() == "Issued");
        await (await clerk.PostAsync($"/api/points/{Demo.Township}/seals/{serial}/uses", new { purpose = "办结通知书", copies = 1 })).ReadAsync<SealView>();
        var asked = await seals.FirstAsync(p => p.GetProperty("serialNumber").GetString() == serial && p.GetProperty("action").GetString() == "UseRequested");
        Assert.Equal(1, asked.GetProperty("pendingApprovals").GetInt32());
    }

    /// <summary>Starts an application of the point's temporary relief, uploads one material and submits it.</summary>
    private async Task<(string Number, string ResidentId)> FileAndSubmitAsync(string point)
    {
        var seed = Interlocked.Increment(ref _seed);
        var applicant = fx.Anonymous($"2001:db8:b::{seed:x}");
        var residentId = Demo.ResidentId(700 + seed);
        var receipt = await (await applicant.PostAsync($"/public/points/{point}/online-applications", new
        {
            itemId = Demo.TemporaryRelief,
            applicant = new { name = "王秀英", residentId, phone = "13800138000" },
            description = "家中突发火灾，申请临时救助。",
            delivery = new { method = "Post", address = "四川省什邡市师古镇幸福村3组12号" },
        })).ReadAsync<OnlineApplicationReceipt>();
        var material = Demo.TemporaryReliefMaterials[0];
        (await OnlineFilingTests.UploadAsync(applicant, receipt.Number, receipt.Code, material, material + ".pdf", OnlineFilingTests.Pdf(material))).EnsureSuccessStatusCode();
        (await applicant.PostAsync($"/public/online-applications/{receipt.Number}/submit", new { code = receipt.Code })).EnsureSuccessStatusCode();
        return (receipt.Number, residentId);
    }

    private static string Unescaped(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Readable);
}
