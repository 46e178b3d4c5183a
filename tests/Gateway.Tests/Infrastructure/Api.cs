using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>Calls and checks of the gateway's HTTP API.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        return await client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>Asserts an RFC 9457 problem document with this status and, when given, the field and the code.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status, string? field = null, string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("code", out var actualCode), text);
        if (code is not null)
        {
            Assert.Equal(code, actualCode.GetString());
        }

        if (field is not null)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {text}");
            Assert.True(errors.TryGetProperty(field, out var messages), $"No errors.{field} in {text}");
            Assert.False(string.IsNullOrEmpty(messages.EnumerateArray().First().GetString()));
        }

        return problem;
    }

    public static object Intake(string windowId, string itemId, IEnumerable<string> materials, string residentId, string name = "王秀英") =>
        new { windowId, itemId, citizen = new { name, residentId, phone = "13800138000" }, materialsHandedIn = materials.ToArray() };

    public static async Task<MatterView> TakeInAsync(this HttpClient client, string point, string windowId, string itemId, IEnumerable<string> materials, int citizenSeed)
    {
        var response = await client.PostAsync($"/api/points/{point}/matters", Intake(windowId, itemId, materials, Demo.ResidentId(citizenSeed)));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<MatterView>();
    }

    /// <summary>The public progress lookup of <paramref name="receiptNumber"/> with <paramref name="proof"/> (<c>{ code }</c> or <c>{ residentId }</c>).</summary>
    public static Task<HttpResponseMessage> LookUpAsync(this HttpClient client, string receiptNumber, object proof) =>
        client.PostAsync($"/public/progress/{receiptNumber}", proof);

    /// <summary>A well-formed receipt number that no test has used (random tail).</summary>
    public static string UnusedReceipt(string point = Demo.Township) => ReceiptNumber.New(DivisionCode.Parse(point), new DateOnly(2026, 11, 30));
}
