using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Orleans.Serialization;

namespace Network.Gateway.Tests;

/// <summary>
/// The JSON the browser gets for a matter is unchanged by the view's lists being arrays (they were
/// <c>IReadOnlyList&lt;T&gt;</c>, read by Orleans with a type header each): the expected text below
/// was written by the build before the change (main <c>aae0abf</c>) from the same view, every field
/// set and every list holding two entries. And the view crosses Orleans' serializer whole.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class MatterViewJsonTests(GatewayFixture fx)
{
    private const string Expected = """
        {"receiptNumber":"330182101-20260930-ABCD2345","pointCode":"330182101","pointName":"城关镇便民服务中心","windowId":"civil-affairs","itemId":"minimum-allowance","itemName":"农村最低生活保障审核","kind":"Joint","status":"InProgress","citizenName":"王秀英","maskedResidentId":"110105********002X","receivedAt":"2026-09-30T10:15:00+08:00","firstClerkId":"c-zhang","ownerClerkId":"c-li","materialsHandedIn":["居民身份证","户口簿"],"notice":{"receiptNumber":"330182101-20260930-ABCD2345","pointName":"城关镇便民服务中心","itemName":"农村最低生活保障审核","missing":["家庭收入证明","申请书"],"issuedAt":"2026-09-30T10:15:00+08:00","clerkId":"c-zhang"},"slip":{"receiptNumber":"330182101-20260930-ABCD2345","pointName":"城关镇便民服务中心","itemName":"农村最低生活保障审核","acceptedAt":"2026-09-30T10:15:00+08:00","timeLimitWorkingDays":5,"dueDate":"2026-10-14","provisional":true,"clerkId":"c-zhang"},"outcome":{"status":"Completed","at":"2026-10-03T10:15:00+08:00","clerkId":"c-li","resultNote":"准予","reason":null,"legalBasis":"《条例》第十条"},"version":7,"currentPointCode":"330182","handlerClerkId":"c-li","proxyAgentId":"p-zhao","hops":[{"pointCode":"330182101001","direction":"Up","receivedAt":"2026-09-30T10:15:00+08:00","passedAt":"2026-09-30T12:15:00+08:00"},{"pointCode":"330182101","direction":"Up","receivedAt":"2026-09-30T13:15:00+08:00","passedAt":null}],"parts":[{"pointCode":"330182101","windowId":"land","status":"Open","dueDate":"2026-10-09","clerkId":null,"closedAt":null,"note":null,"legalBasis":null,"flag":"None"},{"pointCode":"330182","windowId":"city","status":"Completed","dueDate":null,"clerkId":"c-city","closedAt":"2026-10-01T10:15:00+08:00","note":"办结","legalBasis":"依据","flag":"Red"}],"dueDate":"2026-10-14","dueDateProvisional":true,"flag":"Yellow","decision":{"status":"Returned","at":"2026-10-02T10:15:00+08:00","clerkId":"c-city","resultNote":null,"reason":"材料不实","legalBasis":"《办法》第五条"},"pausedWorkingDays":2,"decidingTier":"City","allowedActions":[{"action":"Complete","pointCode":null,"windowId":null},{"action":"CompletePart","pointCode":"330182101","windowId":"land"}],"isClosed":false,"progressCode":"K7Q2M9","noticesIssued":2,"pauses":[{"from":"2026-10-01","until":"2026-10-08","workingDays":2,"approvedBy":"d-wang","reason":"补正"},{"from":"2026-10-09","until":null,"workingDays":0,"approvedBy":null,"reason":null}],"pendingSupplement":{"missing":["现场照片","证明"],"reason":"核实","clerkId":"c-li","askedAt":"2026-10-04T10:15:00+08:00"},"extension":{"workingDays":5,"reason":"情况复杂","directorId":"d-wang","grantedAt":"2026-10-05T10:15:00+08:00","dueDateBefore":"2026-10-09","dueDateAfter":"2026-10-14"},"applicantDocument":"ResidentIdCard","maskedAgentName":"赵*","authorisationReference":"WT-2026-001","fromConsultation":"ZX-001","itemCode":"330182-MZ-001","itemVersion":3}
        """;

    [Fact]
    public void A_matters_view_is_written_to_the_browser_as_before_its_lists_became_arrays()
    {
        var options = fx.Gateway.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.Equal(Expected, JsonSerializer.Serialize(MatterViewSample.View(), options));
    }

    [Fact]
    public void A_matters_view_crosses_orleans_serializer_with_every_list_and_field()
    {
        var serializer = fx.Gateway.Services.GetRequiredService<Serializer>();
        var options = fx.Gateway.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        var copy = serializer.Deserialize<MatterView>(serializer.SerializeToArray(MatterViewSample.View()));

        Assert.Equal(Expected, JsonSerializer.Serialize(copy, options));
    }
}

/// <summary>A matter's view with every field set and every list holding two entries (the same source compiles against list- and array-typed views).</summary>
internal static class MatterViewSample
{
    private static readonly DateTimeOffset At = new(2026, 9, 30, 10, 15, 0, TimeSpan.FromHours(8));

    public static MatterView View() => new(
        "330182101-20260930-ABCD2345",
        "330182101",
        "城关镇便民服务中心",
        "civil-affairs",
        "minimum-allowance",
        "农村最低生活保障审核",
        MatterKind.Joint,
        MatterStatus.InProgress,
        "王秀英",
        "110105********002X",
        At,
        "c-zhang",
        "c-li",
        ["居民身份证", "户口簿"],
        new MissingMaterialsNotice("330182101-20260930-ABCD2345", "城关镇便民服务中心", "农村最低生活保障审核", ["家庭收入证明", "申请书"], At, "c-zhang"),
        new CommitmentSlip("330182101-20260930-ABCD2345", "城关镇便民服务中心", "农村最低生活保障审核", At, 5, new DateOnly(2026, 10, 14), true, "c-zhang"),
        new MatterOutcome(MatterStatus.Completed, At.AddDays(3), "c-li", "准予", null, "《条例》第十条"),
        7)
    {
        CurrentPointCode = "330182",
        HandlerClerkId = "c-li",
        ProxyAgentId = "p-zhao",
        Hops = [new ProxyHop("330182101001", HopDirection.Up, At, At.AddHours(2)), new ProxyHop("330182101", HopDirection.Up, At.AddHours(3), null)],
        Parts = [new JointPart("330182101", "land", JointPartStatus.Open, new DateOnly(2026, 10, 9), null, null, null, null, FlagLevel.None), new JointPart("330182", "city", JointPartStatus.Completed, null, "c-city", At.AddDays(1), "办结", "依据", FlagLevel.Red)],
        DueDate = new DateOnly(2026, 10, 14),
        DueDateProvisional = true,
        Flag = FlagLevel.Yellow,
        Decision = new MatterOutcome(MatterStatus.Returned, At.AddDays(2), "c-city", null, "材料不实", "《办法》第五条"),
        PausedWorkingDays = 2,
        DecidingTier = Tier.City,
        AllowedActions = [new AllowedAction(MatterAction.Complete), new AllowedAction(MatterAction.CompletePart, "330182101", "land")],
        IsClosed = false,
        ProgressCode = "K7Q2M9",
        NoticesIssued = 2,
        Pauses = [new ClockPause(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 8), 2, "d-wang", "补正"), new ClockPause(new DateOnly(2026, 10, 9), null, 0)],
        PendingSupplement = new SupplementApprovalRequest(["现场照片", "证明"], "核实", "c-li", At.AddDays(4)),
        Extension = new DeadlineExtension(5, "情况复杂", "d-wang", At.AddDays(5), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 14)),
        ApplicantDocument = IdentityDocumentType.ResidentIdCard,
        MaskedAgentName = "赵*",
        AuthorisationReference = "WT-2026-001",
        FromConsultation = "ZX-001",
        ItemCode = "330182-MZ-001",
        ItemVersion = 3,
    };
}
