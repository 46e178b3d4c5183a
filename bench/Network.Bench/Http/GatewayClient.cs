using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Citizens;

namespace Network.Bench.Http;

/// <summary>
/// The gateway's HTTP API as a clerk's client uses it: a bearer token per clerk (signed in once,
/// then cached), intake with an Idempotency-Key, hand-up and decide. Keeps one connection per
/// concurrent request (HTTP/1.1 on loopback).
/// </summary>
public sealed class GatewayClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly HttpClient _http;
    private readonly string _password;
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);

    public GatewayClient(Uri address, string password)
    {
        _password = password;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public Uri Address => _http.BaseAddress!;

    /// <summary>The clerk's bearer token (POST /api/auth/token once per clerk).</summary>
    public Task<string> TokenAsync(string clerkId) =>
        _tokens.GetOrAdd(clerkId, id => new Lazy<Task<string>>(() => SignInAsync(id))).Value;

    public async Task<MatterReply> TakeInAsync(string clerkId, string pointCode, string windowId, string itemId, Citizen citizen, IReadOnlyList<string> materials)
    {
        var body = new
        {
            windowId,
            itemId,
            citizen = new { name = citizen.Name, residentId = citizen.ResidentId, phone = citizen.Phone },
            materialsHandedIn = materials,
        };
        using var request = await RequestAsync(clerkId, $"/api/points/{pointCode}/matters", body);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await SendAsync(request, HttpStatusCode.Created);
    }

    public async Task<MatterReply> HandUpAsync(string clerkId, string receiptNumber, string? proxyAgentId)
    {
        using var request = await RequestAsync(clerkId, $"/api/matters/{receiptNumber}/hand-up", new { proxyAgentId, note = "村民委托代办" });
        return await SendAsync(request, HttpStatusCode.OK);
    }

    public async Task<MatterReply> DecideAsync(string clerkId, string receiptNumber)
    {
        using var request = await RequestAsync(clerkId, $"/api/matters/{receiptNumber}/decide", new { approve = true, resultNote = "准予办理" });
        return await SendAsync(request, HttpStatusCode.OK);
    }

    /// <summary>The rolled-up load of a point's subtree, as its monitor reads it.</summary>
    public async Task<LoadReply> SubtreeLoadAsync(string clerkId, string pointCode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/points/{pointCode}/load?subtree=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(clerkId));
        using var response = await _http.SendAsync(request);
        await EnsureAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<LoadReply>(Json))!;
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> SignInAsync(string clerkId)
    {
        using var response = await _http.PostAsJsonAsync("/api/auth/token", new { clerkId, password = _password }, Json);
        await EnsureAsync(response, HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("accessToken").GetString() ?? throw new InvalidOperationException("No accessToken in the answer.");
    }

    private async Task<HttpRequestMessage> RequestAsync(string clerkId, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(clerkId));
        return request;
    }

    private async Task<MatterReply> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await _http.SendAsync(request);
        await EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<MatterReply>(Json))!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var text = await response.Content.ReadAsStringAsync();
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
        }
    }
}
