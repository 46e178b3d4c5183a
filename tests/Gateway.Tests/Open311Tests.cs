using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// Open311 GeoReport v2 on the demo network, as a spec-conformant client uses it: services, a
/// service definition, POST a request with a registered client's api key, GET the request by id,
/// in JSON and in XML; errors in Open311's own format; no personal data in what anyone may read.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class Open311Tests(GatewayFixture fx)
{
    private static int _clients;

    [Fact]
    public async Task A_spec_conformant_client_sequence_in_json()
    {
        var key = await RegisterClientAsync();
        var client = Client();

        var services = await JsonAsync(await client.GetAsync($"/open311/v2/services.json?jurisdiction_id={Demo.Township}"));
        var relief = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == Demo.TemporaryRelief);
        Assert.Equal("民政临时救济办理", relief.GetProperty("service_name").GetString());
        Assert.True(relief.GetProperty("metadata").GetBoolean());
        Assert.Equal("realtime", relief.GetProperty("type").GetString());
        foreach (var field in new[] { "description", "keywords", "group" })
        {
            Assert.Equal(JsonValueKind.String, relief.GetProperty(field).ValueKind);
        }

        var definition = await JsonAsync(await client.GetAsync($"/open311/v2/services/{Demo.TemporaryRelief}.json?jurisdiction_id={Demo.Township}"));
        Assert.Equal(Demo.TemporaryRelief, definition.GetProperty("service_code").GetString());
        var attributes = definition.GetProperty("attributes").EnumerateArray().ToArray();
        Assert.Equal(["name", "conditions", "legal_basis", "procedure", "materials", "time_limit", "result", "fee"],
            attributes.Where(a => !a.GetProperty("variable").GetBoolean()).Select(a => a.GetProperty("code").GetString()));
        var document = attributes.Single(a => a.GetProperty("code").GetString() == "document_number");
        Assert.True(document.GetProperty("required").GetBoolean());
        Assert.Contains(attributes.Single(a => a.GetProperty("code").GetString() == "document_type").GetProperty("values").EnumerateArray(),
            v => v.GetProperty("key").GetString() == "UnifiedSocialCreditCode");
        var delivery = attributes.Single(a => a.GetProperty("code").GetString() == "delivery");
        Assert.Equal("singlevaluelist", delivery.GetProperty("datatype").GetString());
        Assert.Equal(["PickUp", "Post"], delivery.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("key").GetString()));

        var created = await JsonAsync(await client.PostAsync("/open311/v2/requests.json", Form(key, Demo.TemporaryRelief, 1)));
        var id = created.EnumerateArray().Single().GetProperty("service_request_id").GetString()!;
        Assert.Contains("查询码", created[0].GetProperty("service_notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, created[0].GetProperty("account_id").ValueKind);

        var request = (await JsonAsync(await client.GetAsync($"/open311/v2/requests/{id}.json?jurisdiction_id={Demo.Township}"))).EnumerateArray().Single();
        Assert.Equal((id, "open", Demo.TemporaryRelief), (request.GetProperty("service_request_id").GetString(), request.GetProperty("status").GetString(), request.GetProperty("service_code").GetString()));
        Assert.StartsWith("已提交，待预审", request.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("+08:00", request.GetProperty("requested_datetime").GetString(), StringComparison.Ordinal);
        var text = request.GetRawText();
        Assert.DoesNotContain("欧阳", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.ResidentId(1201), text, StringComparison.Ordinal);

        var listed = await JsonAsync(await client.GetAsync($"/open311/v2/requests.json?jurisdiction_id={Demo.Township}&service_request_id={id}&status=open"));
        Assert.Equal(id, listed.EnumerateArray().Single().GetProperty("service_request_id").GetString());
        var all = await JsonAsync(await client.GetAsync($"/open311/v2/requests.json?jurisdiction_id={Demo.Township}&service_code={Demo.TemporaryRelief}"));
        Assert.Contains(all.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);

        // The point pre-examines what came in through Open311 like any online application.
        using var clerk = await fx.As(Demo.TownClerkA);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/online-applications/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_spec_conformant_client_sequence_in_xml()
    {
        var key = await RegisterClientAsync();
        var client = Client();

        var services = await XmlAsync(await client.GetAsync($"/open311/v2/services.xml?jurisdiction_id={Demo.Township}"));
        Assert.Equal("services", services.Root!.Name.LocalName);
        var relief = services.Root.Elements("service").Single(s => s.Element("service_code")!.Value == Demo.TemporaryRelief);
        Assert.Equal("true", relief.Element("metadata")!.Value);

        var definition = await XmlAsync(await client.GetAsync($"/open311/v2/services/{Demo.TemporaryRelief}.xml?jurisdiction_id={Demo.Township}"));
        Assert.Equal("service_definition", definition.Root!.Name.LocalName);
        var attributes = definition.Root.Element("attributes")!.Elements("attribute").ToArray();
        Assert.Equal(11, attributes.Length);
        Assert.Equal(["PickUp", "Post"], attributes.Single(a => a.Element("code")!.Value == "delivery").Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));

        var created = await XmlAsync(await client.PostAsync("/open311/v2/requests.xml", Form(key, Demo.TemporaryRelief, 2)));
        Assert.Equal("service_requests", created.Root!.Name.LocalName);
        var id = created.Root.Element("request")!.Element("service_request_id")!.Value;
        Assert.NotNull(created.Root.Element("request")!.Element("account_id"));

        var request = await XmlAsync(await client.GetAsync($"/open311/v2/requests/{id}.xml?jurisdiction_id={Demo.Township}"));
        var only = request.Root!.Elements("request").Single();
        Assert.Equal(("open", id), (only.Element("status")!.Value, only.Element("service_request_id")!.Value));
        Assert.Equal(string.Empty, only.Element("description")!.Value);
    }

    [Fact]
    public async Task An_unknown_service_code_a_bad_api_key_or_missing_fields_get_an_Open311_error_and_store_nothing()
    {
        var key = await RegisterClientAsync();
        var client = Client();
        var before = await fx.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'online-application'");

        await AssertErrorAsync(await client.GetAsync($"/open311/v2/services/no-such-item.json?jurisdiction_id={Demo.Township}"), 404);
        var xml = await client.GetAsync($"/open311/v2/services/no-such-item.xml?jurisdiction_id={Demo.Township}");
        Assert.Equal(HttpStatusCode.NotFound, xml.StatusCode);
        var errors = XDocument.Parse(await xml.Content.ReadAsStringAsync());
        Assert.Equal(("errors", "404"), (errors.Root!.Name.LocalName, errors.Root.Element("error")!.Element("code")!.Value));
        Assert.False(string.IsNullOrEmpty(errors.Root.Element("error")!.Element("description")!.Value));

        await AssertErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(key, "no-such-item", 3)), 404);
        await AssertErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form("not-a-key", Demo.TemporaryRelief, 4)), 403);
        await AssertErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(key, Demo.TemporaryRelief, 5, residentId: "510682199001011234")), 400);
        await AssertErrorAsync(await client.GetAsync("/open311/v2/services.json"), 400);
        await AssertErrorAsync(await client.GetAsync($"/open311/v2/requests/{Demo.Township}-WS20261130-ZZZZZZZZ.json?jurisdiction_id={Demo.Township}"), 404);
        await AssertErrorAsync(await client.GetAsync($"/open311/v2/requests.json?jurisdiction_id={Demo.Township}&status=pending"), 400);

        Assert.Equal(before, await fx.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'online-application'"));
    }

    [Fact]
    public async Task Api_keys_are_registered_by_a_director_or_the_monitor_within_their_reach_and_a_revoked_key_opens_nothing()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.PostAsync("/api/open311/clients", new { name = "便民APP", scopeCode = Demo.Township })).AssertProblemAsync(403, "role", "auth.role");
        using var director = await fx.As(Demo.TownDirector);
        await (await director.PostAsync("/api/open311/clients", new { name = "便民APP", scopeCode = Demo.City })).AssertProblemAsync(403, "scopeCode", "auth.jurisdiction");
        var issued = JsonDocument.Parse(await (await director.PostAsync("/api/open311/clients", new { name = "便民APP", scopeCode = Demo.Township })).Content.ReadAsStringAsync()).RootElement;
        var key = issued.GetProperty("apiKey").GetString()!;
        var clientId = issued.GetProperty("client").GetProperty("clientId").GetString()!;
        Assert.Equal(1, await fx.CountAsync("SELECT count(*) FROM open311_client WHERE client_id = $1 AND key_hash = sha256(convert_to($2, 'UTF8'))", clientId, key));

        // A key for the township does not file at another township.
        await AssertErrorAsync(await Client().PostAsync("/open311/v2/requests.json", Form(key, Demo.TemporaryRelief, 6, point: Demo.OtherTownship)), 403);
        (await director.PostAsync($"/api/open311/clients/{clientId}/revoke", new { })).EnsureSuccessStatusCode();
        await AssertErrorAsync(await Client().PostAsync("/open311/v2/requests.json", Form(key, Demo.TemporaryRelief, 7)), 403);
    }

    [Fact]
    public async Task An_organisation_files_through_Open311_with_its_unified_social_credit_code()
    {
        var key = await RegisterClientAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key,
            ["jurisdiction_id"] = Demo.Township,
            ["service_code"] = Demo.TemporaryRelief,
            ["last_name"] = "什邡市师古镇幸福村股份经济合作社",
            ["description"] = "代本村受灾户申请临时救助。",
            ["address_string"] = "四川省什邡市师古镇幸福村",
            ["attribute[document_type]"] = "UnifiedSocialCreditCode",
            ["attribute[document_number]"] = "91350100M000100Y43",
        });
        var id = (await JsonAsync(await Client().PostAsync("/open311/v2/requests.json", form)))[0].GetProperty("service_request_id").GetString()!;
        using var clerk = await fx.As(Demo.TownClerkA);
        var view = JsonDocument.Parse(await (await clerk.GetAsync($"/api/online-applications/{id}")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("UnifiedSocialCreditCode", "91350100M000100Y43"), (view.GetProperty("applicantDocumentType").GetString(), view.GetProperty("applicantId").GetString()));

        var wrong = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["jurisdiction_id"] = Demo.Township, ["service_code"] = Demo.TemporaryRelief, ["last_name"] = "某公司",
            ["description"] = "申请", ["address_string"] = "某地", ["attribute[document_type]"] = "UnifiedSocialCreditCode", ["attribute[document_number]"] = "91350100M000100Y44",
        });
        await AssertErrorAsync(await Client().PostAsync("/open311/v2/requests.json", wrong), 400);
    }

    private async Task<string> RegisterClientAsync()
    {
        using var monitor = await fx.As(Demo.Monitor);
        var issued = JsonDocument.Parse(await (await monitor.PostAsync("/api/open311/clients", new { name = "市民服务APP", scopeCode = Demo.City })).Content.ReadAsStringAsync()).RootElement;
        return issued.GetProperty("apiKey").GetString()!;
    }

    private HttpClient Client() => fx.Anonymous($"2001:db8:311::{Interlocked.Increment(ref _clients):x}");

    private static FormUrlEncodedContent Form(string key, string serviceCode, int seed, string? residentId = null, string point = Demo.Township) => new(new Dictionary<string, string>
    {
        ["api_key"] = key,
        ["jurisdiction_id"] = point,
        ["service_code"] = serviceCode,
        ["first_name"] = "晓燕",
        ["last_name"] = "欧阳",
        ["phone"] = "13912345678",
        ["description"] = "家中突发火灾，申请临时救助。",
        ["address_string"] = "四川省什邡市师古镇幸福村3组12号",
        ["attribute[document_number]"] = residentId ?? Demo.ResidentId(1200 + seed),
        ["attribute[delivery]"] = "Post",
    });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<XDocument> XmlAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        return XDocument.Parse(text);
    }

    /// <summary>Open311's error format: an array of {code, description}, the code the HTTP status.</summary>
    private static async Task AssertErrorAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        var error = JsonDocument.Parse(text).RootElement.EnumerateArray().Single();
        Assert.Equal(status, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
    }
}
