using System.Text;

namespace Network.Fuzz.Tests;

/// <summary>One generated request, described well enough to replay it by hand.</summary>
public sealed record FuzzRequest(
    int Number,
    string Method,
    string Url,
    string? Account,
    string? ContentType,
    byte[]? Body,
    string? IdempotencyKey,
    string Endpoint)
{
    public HttpRequestMessage ToMessage(Uri gateway, IReadOnlyDictionary<string, string> tokens)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(gateway, Url));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (Account is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + tokens[Account]);
        }

        if (IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }

        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "(no body)" : Body.Length > 300 ? $"({Body.Length} bytes) {Preview(Body)}" : Preview(Body);
        var url = Url.Length > 200 ? $"{Url[..200]}…({Url.Length} chars)" : Url;
        return $"#{Number} {Method} {url} as {Account ?? "anonymous"} [{ContentType}] key={IdempotencyKey ?? "-"} ({Endpoint}): {body}";
    }

    private static string Preview(byte[] body) => Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
}
