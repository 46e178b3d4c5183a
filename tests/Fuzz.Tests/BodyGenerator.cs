using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Fuzz.Tests;

/// <summary>
/// Request bodies from an endpoint's schema: plausible ones, then mutated (wrong JSON types,
/// nulls, unknown fields, nasty strings, invalid codes and ID numbers), broken JSON, huge bodies.
/// </summary>
public sealed class BodyGenerator(OpenApiEndpoints api, Random random, FuzzData data)
{
    public string Body(JsonElement? schema)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 6 => BrokenJson(),
            < 9 => Huge(),
            < 12 => Pick(["", "null", "[]", "{}", "0", "\"x\"", "true", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"]),
            < 14 => Deep(),
            _ => Serialize(Mutate(Value(schema, 0))),
        };
    }

    private JsonNode? Value(JsonElement? schemaOrNull, int depth)
    {
        if (schemaOrNull is not { } raw || depth > 6)
        {
            return JsonValue.Create("x");
        }

        var schema = api.Resolve(raw);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[random.Next(values.GetArrayLength())].GetRawText());
        }

        var type = TypeOf(schema);
        switch (type)
        {
            case "object":
                var obj = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        obj[property.Name] = Field(property.Name, property.Value, depth);
                    }
                }

                return obj;
            case "array":
                var array = new JsonArray();
                var count = random.Next(4);
                for (var i = 0; i < count; i++)
                {
                    array.Add(Value(schema.TryGetProperty("items", out var items) ? items : null, depth + 1));
                }

                return array;
            case "integer":
                return JsonValue.Create(Pick([0, 1, 5, -1, int.MaxValue, int.MinValue, 20]));
            case "number":
                return JsonValue.Create(Pick([0.5, -1e300, 1e300, 3.0]));
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            default:
                return JsonValue.Create(Text());
        }
    }

    /// <summary>Fields named like the trade's values get codes, clerks and ID numbers, sometimes valid.</summary>
    private JsonNode? Field(string name, JsonElement schema, int depth)
    {
        var lower = name.ToLowerInvariant();
        if (random.Next(3) > 0)
        {
            if (lower.Contains("residentid", StringComparison.Ordinal))
            {
                return JsonValue.Create(Pick(NastyValues.ResidentIds));
            }

            if (lower.Contains("clerkid", StringComparison.Ordinal) || lower.Contains("agentid", StringComparison.Ordinal) || lower == "id" && random.Next(2) == 0)
            {
                return JsonValue.Create(Pick(data.ClerkIds));
            }

            if (lower.Contains("code", StringComparison.Ordinal))
            {
                return JsonValue.Create(Pick(NastyValues.PointCodes));
            }

            if (lower.Contains("windowid", StringComparison.Ordinal))
            {
                return JsonValue.Create(Pick(data.WindowIds));
            }

            if (lower.Contains("itemid", StringComparison.Ordinal))
            {
                return JsonValue.Create(Pick(data.ItemIds));
            }

            if (lower == "password")
            {
                return JsonValue.Create(random.Next(2) == 0 ? FuzzData.Password : Text());
            }
        }

        return Value(schema, depth + 1);
    }

    /// <summary>Changes a few nodes: wrong types, nulls, removed and unknown fields.</summary>
    private JsonNode? Mutate(JsonNode? root)
    {
        var mutations = random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            if (root is JsonObject obj && obj.Count > 0)
            {
                var key = obj.Select(p => p.Key).ElementAt(random.Next(obj.Count));
                switch (random.Next(5))
                {
                    case 0: obj[key] = WrongType(); break;
                    case 1: obj[key] = null; break;
                    case 2: obj.Remove(key); break;
                    case 3: obj[Pick(["unknownField", "clerkId", "__proto__", "$type", "status", Text()])] = WrongType(); break;
                    default:
                        if (obj[key] is JsonObject inner && inner.Count > 0)
                        {
                            inner[inner.Select(p => p.Key).ElementAt(random.Next(inner.Count))] = WrongType();
                        }

                        break;
                }
            }
            else if (random.Next(3) == 0)
            {
                root = WrongType();
            }
        }

        return root;
    }

    private JsonNode? WrongType() => random.Next(8) switch
    {
        0 => JsonValue.Create(12),
        1 => JsonValue.Create(-1.5e308),
        2 => JsonValue.Create(true),
        3 => new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)),
        4 => new JsonObject { ["nested"] = JsonValue.Create(Text()) },
        5 => null,
        6 => JsonValue.Create(Text()),
        _ => JsonValue.Create(long.MaxValue),
    };

    private string BrokenJson() => Pick(
    [
        "{", "{\"windowId\": \"civil-affairs\", ", "{'single': 'quotes'}", "{\"a\":}", "{\"a\":1,}", "[1,2", "{\"a\":\"\\uD800\"}",
        "{\"a\":\"\\u00\"}", "\u00ef\u00bb\u00bf{}", "{\"a\":1}{\"b\":2}", "{\"a\":1e99999}", "{\"a\" 1}", "{\"a\":\"unterminated}",
        "\0\0\0", "{\"a\":NaN}", "{\"a\":undefined}", "// comment\n{}", "{\"a\":01}",
    ]);

    private string Huge()
    {
        var size = Pick([200_000, 300_000, 1_000_000]);
        return random.Next(2) == 0
            ? "{\"windowId\":\"" + new string('a', size) + "\"}"
            : "[" + string.Join(',', Enumerable.Repeat("1", size / 2)) + "]";
    }

    private string Deep()
    {
        var depth = Pick([64, 65, 200, 5000]);
        return new string('[', depth) + new string(']', depth);
    }

    private string Text() => random.Next(3) == 0 ? Pick(data.Plausible) : Pick(NastyValues.Strings);

    private static string Serialize(JsonNode? node) =>
        node is null ? "null" : node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).First(t => t != "null")
            : type.GetString()!;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>Raw bytes for a body that is not valid UTF-8.</summary>
    public static byte[] InvalidUtf8() => [.. Encoding.UTF8.GetBytes("{\"name\":\""), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")];
}
