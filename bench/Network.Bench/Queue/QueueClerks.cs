using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Bench.Http;

namespace Network.Bench.Queue;

/// <summary>
/// The queue's HTTP calls as a window's clerk makes them: take a ticket for a citizen, call the
/// next, serve and finish (so the window is free for the next call). Tokens come from the
/// <see cref="GatewayClient"/> (one sign-in per clerk).
/// </summary>
public sealed class QueueClerks(GatewayClient tokens) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
    {
        BaseAddress = tokens.Address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Takes a ticket at <paramref name="windowId"/>; its number.</summary>
    public async Task<string> IssueAsync(string clerk, string point, string windowId) =>
        (await PostAsync(clerk, $"/api/points/{point}/queue/tickets", new { windowId })).GetProperty("number").GetString()!;

    /// <summary>Calls the next ticket of <paramref name="windowId"/>; the number called.</summary>
    public async Task<string> CallNextAsync(string clerk, string point, string windowId)
    {
        var view = await PostAsync(clerk, $"/api/points/{point}/queue/call-next", new { windowId });
        return view.GetProperty("tickets").EnumerateArray()
            .First(t => t.GetProperty("windowId").GetString() == windowId && t.GetProperty("status").GetString() == "Called")
            .GetProperty("number").GetString()!;
    }

    /// <summary>Serves and finishes the ticket; their answers are checked for success, not read (the bench needs nothing from them).</summary>
    public async Task ServeAndFinishAsync(string clerk, string point, string ticket)
    {
        await PostAsync(clerk, $"/api/points/{point}/queue/tickets/{ticket}/serve", new { }, read: false);
        await PostAsync(clerk, $"/api/points/{point}/queue/tickets/{ticket}/finish", new { }, read: false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> PostAsync(string clerk, string path, object body, bool read = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.TokenAsync(clerk));
        using var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync();
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
        }

        if (!read)
        {
            return default;
        }

        await using var content = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(content);
        return document.RootElement.Clone();
    }
}
