using System.Text.Json;

namespace Network.Fuzz.Tests;

/// <summary>One operation of the gateway's OpenAPI document.</summary>
public sealed record Endpoint(string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters, JsonElement? BodySchema);

/// <summary>The endpoints and schemas of /openapi/v1.json, read at run time so new endpoints are fuzzed too.</summary>
public sealed class OpenApiEndpoints
{
    private readonly JsonElement _schemas;

    public OpenApiEndpoints(JsonElement document)
    {
        _schemas = document.GetProperty("components").GetProperty("schemas");
        var endpoints = new List<Endpoint>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var b)
                    && b.GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var schema)
                        ? schema.Clone()
                        : null;
                endpoints.Add(new Endpoint(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!).ToList(),
                    parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).ToList(),
                    body));
            }
        }

        Endpoints = endpoints;
    }

    public IReadOnlyList<Endpoint> Endpoints { get; }

    /// <summary>The schema a <c>$ref</c> points at, or the schema itself.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var depth = 0; depth < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); depth++)
        {
            schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }
}
