using System.Text.Json.Nodes;

namespace Network.Grains.Tests.Values;

/// <summary>
/// A small RFC 6902 applier (add, remove, replace) for the tests: proves a patch of
/// <see cref="Cases.Storage.JsonChanges"/> turns the document before into the document after.
/// </summary>
internal static class JsonPatchApplier
{
    public static JsonNode? Apply(string? beforeJson, string patchJson)
    {
        var document = beforeJson is null ? null : JsonNode.Parse(beforeJson);
        foreach (var op in JsonNode.Parse(patchJson)!.AsArray())
        {
            var kind = (string)op!["op"]!;
            var path = (string)op["path"]!;
            var value = op.AsObject().TryGetPropertyValue("value", out var v) ? v?.DeepClone() : null;
            if (path.Length == 0)
            {
                document = kind is "add" or "replace" ? value : throw new InvalidOperationException($"{kind} at the root");
                continue;
            }

            var tokens = path[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            var parent = document!;
            foreach (var token in tokens[..^1])
            {
                parent = parent is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : parent[token]!;
            }

            var last = tokens[^1];
            switch (parent, kind)
            {
                case (JsonArray array, "add"):
                    array.Insert(last == "-" ? array.Count : Index(last, array.Count + 1), value);
                    break;
                case (JsonArray array, "remove"):
                    array.RemoveAt(Index(last, array.Count));
                    break;
                case (JsonArray array, "replace"):
                    array[Index(last, array.Count)] = value;
                    break;
                case (JsonObject obj, "add" or "replace"):
                    if (kind == "replace" && !obj.ContainsKey(last))
                    {
                        throw new InvalidOperationException($"replace of a missing member {path}");
                    }

                    obj[last] = value;
                    break;
                case (JsonObject obj, "remove"):
                    if (!obj.Remove(last))
                    {
                        throw new InvalidOperationException($"remove of a missing member {path}");
                    }

                    break;
                default:
                    throw new InvalidOperationException($"{kind} at {path} is not supported here");
            }
        }

        return document;
    }

    private static int Index(string token, int limit)
    {
        var i = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        return i >= 0 && i < limit ? i : throw new InvalidOperationException($"index {i} out of range");
    }
}
