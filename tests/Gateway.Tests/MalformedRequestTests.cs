using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>Whatever a client sends, the answer is a 4xx problem document naming what is wrong, never a 500.</summary>
[Collection(GatewayCollection.Name)]
public sealed class MalformedRequestTests(GatewayFixture fx)
{
    private static readonly string Intake = $"/api/points/{Demo.Township}/matters";

    public static TheoryData<string, string, string?> Bodies => new()
    {
        // body, field named, code
        { "{\"windowId\": \"civil-affairs\", ", "body", "body.invalid" },
        { "not json at all", "body", "body.invalid" },
        { "{\"windowId\": 12, \"itemId\": \"temporary-relief\", \"citizen\": {\"name\": \"王\", \"residentId\": \"11010519491231002X\"}, \"materialsHandedIn\": []}", "windowId", "body.invalid" },
        { "{\"windowId\": \"civil-affairs\", \"itemId\": \"temporary-relief\", \"citizen\": \"王\", \"materialsHandedIn\": []}", "citizen", "body.invalid" },
        { "{\"windowId\": \"civil-affairs\", \"itemId\": \"temporary-relief\", \"materialsHandedIn\": []}", "citizen", "body.invalid" },
        { "{\"windowId\": null, \"itemId\": \"temporary-relief\", \"citizen\": {\"name\": \"王\", \"residentId\": \"11010519491231002X\"}, \"materialsHandedIn\": []}", "windowId", "body.invalid" },
        { "{\"windowId\": \"civil-affairs\", \"itemId\": \"temporary-relief\", \"citizen\": {\"name\": \"王\", \"residentId\": \"11010519491231002X\"}, \"materialsHandedIn\": \"居民身份证\"}", "materialsHandedIn", "body.invalid" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Malformed_or_mistyped_json_is_a_400_naming_the_field(string body, string field, string? code)
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var response = await clerk.SendRawAsync(HttpMethod.Post, Intake, body);
        await response.AssertProblemAsync(400, field, code);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_400_naming_the_field()
    {
        using var admin = await fx.As(Demo.Admin);
        var item = """[{"id":"x","name":"x","conditions":"x","legalBasis":"x","procedure":"x","requiredMaterials":[],"timeLimitWorkingDays":0,"result":"x","fee":"x","windowId":"comprehensive","decidingTier":"Galaxy","kind":"Immediate","jointWindowIds":[]}]""";
        var response = await admin.SendRawAsync(HttpMethod.Put, $"/api/admin/points/{Demo.Village}/catalog", item);
        await response.AssertProblemAsync(400, "[0].decidingTier", "body.invalid");

        var numeric = item.Replace("\"Galaxy\"", "7", StringComparison.Ordinal);
        await (await admin.SendRawAsync(HttpMethod.Put, $"/api/admin/points/{Demo.Village}/catalog", numeric)).AssertProblemAsync(400, "[0].decidingTier", "body.invalid");
    }

    [Fact]
    public async Task A_missing_body_is_a_400_and_a_wrong_content_type_a_415()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.PostAsync(Intake, null)).AssertProblemAsync(400, "body", "body.required");
        await (await clerk.SendRawAsync(HttpMethod.Post, Intake, "windowId=civil-affairs", "application/x-www-form-urlencoded")).AssertProblemAsync(415, code: "body.notJson");
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_a_413_problem()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var huge = "{\"windowId\":\"" + new string('a', 300 * 1024) + "\"}";
        await (await clerk.SendRawAsync(HttpMethod.Post, Intake, huge)).AssertProblemAsync(413, code: "body.tooLarge");
    }

    [Fact]
    public async Task Bad_query_values_and_unknown_routes_are_problems_too()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/matters?limit=lots")).AssertProblemAsync(400, "limit");
        await (await clerk.GetAsync("/api/nowhere")).AssertProblemAsync(404);
    }
}
