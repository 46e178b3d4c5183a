using System.Text;

namespace Network.Fuzz.Tests;

/// <summary>
/// Generates malformed requests across every endpoint of the OpenAPI document, deterministically
/// from a seed: bad path values, missing and extra segments, wrong methods and content types,
/// absurd query values, random Idempotency-Keys, anonymous and signed in.
/// </summary>
public sealed class RequestGenerator(OpenApiEndpoints api, FuzzData data, int seed)
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"];
    private readonly Random _random = new(seed);

    public IReadOnlyList<FuzzRequest> Generate(int count)
    {
        var bodies = new BodyGenerator(api, _random, data);
        var requests = new List<FuzzRequest>(count);
        for (var i = 0; i < count; i++)
        {
            // Every endpoint in turn, then at random, so each one is covered even in short runs.
            var endpoint = i < api.Endpoints.Count ? api.Endpoints[i] : api.Endpoints[_random.Next(api.Endpoints.Count)];
            var method = _random.Next(10) == 0 ? Pick(Methods) : endpoint.Method;
            if (method is "TRACE" or "HEAD")
            {
                method = endpoint.Method; // answered by the server before the app; bodies of HEAD are empty by definition
            }

            var url = Path(endpoint) + Query(endpoint);
            var account = _random.Next(4) == 0 ? null : Pick(FuzzData.Accounts);
            byte[]? body = null;
            string? contentType = null;
            if (endpoint.BodySchema is not null || _random.Next(5) == 0)
            {
                body = _random.Next(40) == 0 ? BodyGenerator.InvalidUtf8() : Encoding.UTF8.GetBytes(bodies.Body(endpoint.BodySchema));
                contentType = _random.Next(5) == 0 ? (_random.Next(6) == 0 ? null : Pick(NastyValues.ContentTypes)) : "application/json";
            }

            var key = _random.Next(3) == 0 ? (_random.Next(2) == 0 ? NewGuid().ToString() : Pick(NastyValues.IdempotencyKeys)) : null;
            requests.Add(new FuzzRequest(i, method, url, account, contentType, body, key, $"{endpoint.Method} {endpoint.Path}"));
        }

        return requests;
    }

    private string Path(Endpoint endpoint)
    {
        var path = endpoint.Path;
        foreach (var name in endpoint.PathParameters)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(PathValue(name)), StringComparison.Ordinal);
        }

        return _random.Next(12) switch
        {
            0 => path + "/" + Uri.EscapeDataString(Pick(NastyValues.Strings)), // an extra segment
            1 => path[..path.LastIndexOf('/')],                                 // a missing segment
            2 => path + "/",
            3 => path.Replace("/api/", "/api//", StringComparison.Ordinal),
            4 => path.ToUpperInvariant(),
            _ => path,
        };
    }

    private string PathValue(string name) => _random.Next(3) switch
    {
        0 => Pick(NastyValues.Strings),
        _ when name.Contains("receipt", StringComparison.OrdinalIgnoreCase) => Pick(data.Receipts),
        _ when name.Contains("point", StringComparison.OrdinalIgnoreCase) => Pick(NastyValues.PointCodes),
        _ when name.Contains("window", StringComparison.OrdinalIgnoreCase) => Pick(data.WindowIds),
        _ when name.Contains("clerk", StringComparison.OrdinalIgnoreCase) => Pick(data.ClerkIds),
        _ => Pick(NastyValues.Strings),
    };

    private string Query(Endpoint endpoint)
    {
        var names = endpoint.QueryParameters.ToList();
        if (_random.Next(6) == 0)
        {
            names.Add(Pick(["limit", "unknown", "status", "from", "x[]", ""]));
        }

        var parts = names.Where(_ => _random.Next(3) > 0)
            .Select(n => Uri.EscapeDataString(n) + "=" + Uri.EscapeDataString(_random.Next(3) == 0 ? Pick(NastyValues.Strings) : Pick(NastyValues.QueryValues)))
            .ToList();
        if (_random.Next(15) == 0)
        {
            parts.Add(string.Join('&', Enumerable.Repeat("limit=1", 50))); // repeated parameters
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];
}
