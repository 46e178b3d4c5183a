using System.Net;
using System.Net.Http.Headers;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Interfaces.Seals;

namespace Network.Gateway.Tests;

/// <summary>
/// Online filing (网上申报) and the seal register through the gateway on the demo network: the public
/// filing with uploads, the clerk's pre-examination turning it into a matter, files kept from everyone
/// but the handling staff, bad uploads storing nothing, and a seal use refused without approval.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OnlineFilingTests(GatewayFixture fx)
{
    private static int _applicants;

    /// <summary>A PDF's first bytes, enough for the type check.</summary>
    public static byte[] Pdf(string text) => [.. "%PDF-1.7\n"u8, .. System.Text.Encoding.UTF8.GetBytes(text)];

    [Fact]
    public async Task An_accepted_online_application_becomes_a_matter_whose_deadline_counts_from_acceptance()
    {
        var applicant = Applicant();
        var (number, code) = await StartAsync(applicant, 11);
        foreach (var material in Demo.TemporaryReliefMaterials)
        {
            (await UploadAsync(applicant, number, code, material, material + ".pdf", Pdf(material))).EnsureSuccessStatusCode();
        }

        var submitted = await (await applicant.PostAsync($"/public/online-applications/{number}/submit", new { code })).ReadAsync<OnlineApplicationProgress>();
        Assert.Equal(OnlineApplicationStatus.Submitted, submitted.Status);
        Assert.NotNull(submitted.PreExamineBy);

        using var clerk = await fx.As(Demo.TownClerkA);
        var list = await (await clerk.GetAsync($"/api/points/{Demo.Township}/online-applications")).ReadAsync<OnlineApplicationSummary[]>();
        Assert.Contains(list, a => a.Number == number && a.FileCount == 4);
        var view = await (await clerk.GetAsync($"/api/online-applications/{number}")).ReadAsync<OnlineApplicationView>();
        Assert.Equal("王秀英", view.ApplicantName);
        Assert.Contains(OnlineApplicationAction.Accept, view.AllowedActions);

        var file = await clerk.GetAsync($"/api/online-applications/{number}/files/{view.Files[0].Id}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf(view.Files[0].Material), await file.Content.ReadAsByteArrayAsync());

        var beforeAcceptance = DateTimeOffset.UtcNow.AddSeconds(-1);
        var accepted = await (await clerk.PostAsync($"/api/online-applications/{number}/accept", new { })).ReadAsync<OnlineApplicationView>();
        Assert.Equal(OnlineApplicationStatus.Accepted, accepted.Status);
        var matter = await (await clerk.GetAsync($"/api/matters/{accepted.ReceiptNumber}")).ReadAsync<MatterView>();
        Assert.Equal((MatterStatus.InProgress, Demo.TemporaryRelief), (matter.Status, matter.ItemId));
        Assert.Equal(Demo.TemporaryReliefMaterials, matter.MaterialsHandedIn);
        Assert.Equal(matter.DueDate, accepted.MatterDueDate);
        Assert.True(matter.ReceivedAt >= beforeAcceptance && matter.Slip!.AcceptedAt >= beforeAcceptance, "The matter's clock starts at the acceptance, not at the online submission.");

        var progress = await (await applicant.PostAsync($"/public/online-applications/{number}/progress", new { code })).ReadAsync<OnlineApplicationProgress>();
        Assert.Equal((OnlineApplicationStatus.Accepted, accepted.ReceiptNumber), (progress.Status, progress.ReceiptNumber));
        Assert.Equal(matter.ProgressCode, progress.MatterProgressCode);
        Assert.Equal(0, await fx.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'online-application' AND case_id = $1 AND state::text LIKE '%王秀英%'", number));
    }

    [Fact]
    public async Task An_upload_over_the_limit_or_of_the_wrong_type_gets_a_problem_and_stores_nothing()
    {
        var applicant = Applicant();
        var (number, code) = await StartAsync(applicant, 12);
        var exe = new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };

        await (await UploadAsync(applicant, number, code, "居民身份证", "身份证.pdf", exe)).AssertProblemAsync(400, "file", "file.type");
        await (await UploadAsync(applicant, number, code, "居民身份证", "身份证.pdf", [.. "%PDF-"u8, .. new byte[5 * 1024 * 1024]])).AssertProblemAsync(400, "file", "file.tooLarge");
        await (await UploadAsync(applicant, number, code, "居民身份证", "身份证.png", Pdf("x"))).AssertProblemAsync(400, "file", "file.typeMismatch");
        await (await UploadAsync(applicant, number, code, "结婚证", "结婚证.pdf", Pdf("x"))).AssertProblemAsync(400, "material", "materials.unknown");
        await (await UploadAsync(applicant, number, "ZZZZZZZZ", "居民身份证", "身份证.pdf", Pdf("x"))).AssertProblemAsync(404, "number", "onlineApplication.unknown");
        var tooLarge = await UploadAsync(applicant, number, code, "居民身份证", "身份证.pdf", new byte[7 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        Assert.Equal(0, await fx.CountAsync("SELECT count(*) FROM online_application_file WHERE application_number = $1", number));
        Assert.Equal(1, await fx.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'online-application' AND case_id = $1", number));
    }

    [Fact]
    public async Task Files_are_served_to_the_clerks_of_the_items_window_only_never_to_the_public_or_other_points()
    {
        var applicant = Applicant();
        var (number, code) = await StartAsync(applicant, 13);
        (await UploadAsync(applicant, number, code, "居民身份证", "身份证.pdf", Pdf("id"))).EnsureSuccessStatusCode();
        (await applicant.PostAsync($"/public/online-applications/{number}/submit", new { code })).EnsureSuccessStatusCode();
        using var clerk = await fx.As(Demo.TownClerkB);
        var view = await (await clerk.GetAsync($"/api/online-applications/{number}")).ReadAsync<OnlineApplicationView>();
        var url = $"/api/online-applications/{number}/files/{view.Files[0].Id}";

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fx.Anonymous("2001:db8:f::1").GetAsync(url)).StatusCode);
        using var otherWindow = await fx.As(Demo.TownLandClerk);
        await (await otherWindow.GetAsync(url)).AssertProblemAsync(403, "windowId", "auth.jurisdiction");
        using var otherPoint = await fx.As(Demo.OtherTownClerk);
        await (await otherPoint.GetAsync(url)).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        using var monitor = await fx.As(Demo.Monitor);
        await (await monitor.GetAsync(url)).AssertProblemAsync(403, "role", "auth.role");
        Assert.Equal("王**", (await (await monitor.GetAsync($"/api/online-applications/{number}")).ReadAsync<OnlineApplicationView>()).ApplicantName);
    }

    [Fact]
    public async Task A_one_time_notice_is_answered_with_the_missing_files_and_a_resubmission_then_a_refusal_closes_it()
    {
        var applicant = Applicant();
        var (number, code) = await StartAsync(applicant, 14);
        (await UploadAsync(applicant, number, code, "居民身份证", "身份证.pdf", Pdf("id"))).EnsureSuccessStatusCode();
        (await applicant.PostAsync($"/public/online-applications/{number}/submit", new { code })).EnsureSuccessStatusCode();
        using var clerk = await fx.As(Demo.TownClerkA);

        await (await clerk.PostAsync($"/api/online-applications/{number}/accept", new { })).AssertProblemAsync(409, "files", "onlineApplication.materialsMissing");
        var notified = await (await clerk.PostAsync($"/api/online-applications/{number}/notify-missing", new { missing = new[] { "户口簿", "临时救助申请书" }, note = "请补传户口簿和申请书。" }))
            .ReadAsync<OnlineApplicationView>();
        Assert.Equal(OnlineApplicationStatus.NeedsMaterials, notified.Status);
        var progress = await (await applicant.PostAsync($"/public/online-applications/{number}/progress", new { code })).ReadAsync<OnlineApplicationProgress>();
        Assert.Equal(["户口簿", "临时救助申请书"], progress.NoticeMissing);
        (await UploadAsync(applicant, number, code, "户口簿", "户口簿.pdf", Pdf("hk"))).EnsureSuccessStatusCode();
        var resubmitted = await (await applicant.PostAsync($"/public/online-applications/{number}/submit", new { code })).ReadAsync<OnlineApplicationProgress>();
        Assert.Equal(OnlineApplicationStatus.Submitted, resubmitted.Status);

        await (await clerk.PostAsync($"/api/online-applications/{number}/notify-missing", new { missing = new[] { "临时救助申请书" }, note = "再补" }))
            .AssertProblemAsync(409, "missing", "onlineApplication.noticeOnce");
        var refused = await (await clerk.PostAsync($"/api/online-applications/{number}/refuse", new { reason = "经核实不属于临时救助对象", legalBasis = "《社会救助暂行办法》第四十七条" }))
            .ReadAsync<OnlineApplicationView>();
        Assert.True(refused.IsClosed);
        var final = await (await applicant.PostAsync($"/public/online-applications/{number}/progress", new { code })).ReadAsync<OnlineApplicationProgress>();
        Assert.Equal((OnlineApplicationStatus.Refused, "经核实不属于临时救助对象"), (final.Status, final.RefusalReason));
    }

    [Fact]
    public async Task A_seal_use_without_approval_is_refused_and_the_register_records_issue_use_and_transfer()
    {
        using var director = await fx.As(Demo.TownDirector);
        var serial = $"YZ-{Interlocked.Increment(ref _applicants) + 100}";
        var issued = await (await director.PostAsync($"/api/points/{Demo.Township}/seals", new { serialNumber = serial, name = "便民服务中心业务专用章", scope = "办件承诺单、办结通知书", custodianId = Demo.TownClerkA }))
            .ReadAsync<SealView>();
        Assert.Equal((serial, Demo.TownClerkA), (issued.SerialNumber, issued.CustodianId));
        await (await director.PostAsync($"/api/points/{Demo.Township}/seals", new { serialNumber = serial, name = "另一枚", scope = "x", custodianId = Demo.TownClerkA }))
            .AssertProblemAsync(409, "serialNumber", "seal.numberInUse");

        using var asker = await fx.As(Demo.TownLandClerk);
        var requested = await (await asker.PostAsync($"/api/points/{Demo.Township}/seals/{serial}/uses", new { purpose = "新建房屋办结通知书", copies = 2 })).ReadAsync<SealView>();
        var useId = requested.Uses.Single().Id;
        using var custodian = await fx.As(Demo.TownClerkA);
        await (await custodian.PostAsync($"/api/points/{Demo.Township}/seals/{serial}/uses/{useId}/record", new { })).AssertProblemAsync(409, "useId", "seal.useNotApproved");
        await (await director.PostAsync($"/api/points/{Demo.Township}/seals/{serial}/uses/{useId}/approve", new { })).ReadAsync<SealView>();
        var used = await (await custodian.PostAsync($"/api/points/{Demo.Township}/seals/{serial}/uses/{useId}/record", new { })).ReadAsync<SealView>();
        Assert.Equal(Demo.TownClerkA, used.Uses.Single().UsedBy);
        var transferred = await (await director.PostAsync($"/api/points/{Demo.Township}/seals/{serial}/transfer", new { custodianId = Demo.TownClerkB, reason = "岗位调整" })).ReadAsync<SealView>();
        Assert.Equal(["Issued", "Transferred"], transferred.Custody.Select(c => c.Event));

        var register = await (await director.GetAsync($"/api/points/{Demo.Township}/seals")).ReadAsync<SealView[]>();
        Assert.Contains(register, s => s.SerialNumber == serial && s.CustodianId == Demo.TownClerkB);
        var history = await (await director.GetAsync($"/api/points/{Demo.Township}/seals/{serial}/history")).Content.ReadAsStringAsync();
        Assert.Contains("UseApproved", history, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fx.Anonymous().GetAsync("/print/seals.html")).StatusCode);
    }

    [Fact]
    public async Task The_seal_register_offers_issuing_to_the_points_director_only_and_names_its_staff()
    {
        using var director = await fx.As(Demo.TownDirector);
        var forDirector = await (await director.GetAsync($"/api/points/{Demo.Township}/seal-register")).ReadAsync<SealRegisterView>();
        Assert.Equal([SealAction.Issue], forDirector.AllowedActions);
        Assert.True(forDirector.StaffNames.ContainsKey(Demo.TownClerkA) && forDirector.StaffNames.ContainsKey(Demo.TownDirector));

        using var clerk = await fx.As(Demo.TownClerkA);
        Assert.Empty((await (await clerk.GetAsync($"/api/points/{Demo.Township}/seal-register")).ReadAsync<SealRegisterView>()).AllowedActions);
        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/seal-register")).AssertProblemAsync(403);
    }

    private HttpClient Applicant() => fx.Anonymous($"2001:db8:a::{Interlocked.Increment(ref _applicants):x}");

    private static async Task<(string Number, string Code)> StartAsync(HttpClient applicant, int seed)
    {
        var receipt = await (await applicant.PostAsync($"/public/points/{Demo.Township}/online-applications", new
        {
            itemId = Demo.TemporaryRelief,
            applicant = new { name = "王秀英", residentId = Demo.ResidentId(900 + seed), phone = "13800138000" },
            description = "家中突发火灾，申请临时救助。",
            delivery = new { method = "Post", address = "四川省什邡市师古镇幸福村3组12号" },
        })).ReadAsync<OnlineApplicationReceipt>();
        return (receipt.Number, receipt.Code);
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, string code, string material, string fileName, byte[] content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/public/online-applications/{number}/files?material={Uri.EscapeDataString(material)}&fileName={Uri.EscapeDataString(fileName)}")
        {
            Content = new ByteArrayContent(content),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Headers.Add("X-Application-Code", code);
        return await client.SendAsync(request);
    }
}
