using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// RFC 6902 JSON Patch between two JSON documents, small enough that a ledger of patches grows
/// with the size of each change, not with the size of the state:
/// <list type="bullet">
/// <item>objects are compared property by property, recursively; a property gone is a <c>remove</c>, a new one an <c>add</c>;</item>
/// <item>arrays are compared element by element over their common length, recursively; elements appended
/// are <c>add</c> at <c>/path/N</c> in ascending order, elements dropped are <c>remove</c> from the end in
/// descending order (so each index is valid when its op is applied);</item>
/// <item>any other difference (a scalar, or a change of type) is a <c>replace</c> of the value;</item>
/// <item>equal documents give <c>[]</c>; paths are JSON Pointers (RFC 6901: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</item>
/// </list>
/// With no document before (the first step of a case), the patch is one <c>add</c> at the root path
/// <c>""</c> whose value is the whole document after (RFC 6902 §4.1: adding at the root replaces the
/// target document).
/// </summary>
public static class JsonChanges
{
    private static readonly JsonSerializerOptions Output = new()
    {
        // Names and addresses are Chinese: keep them readable and short in the ledger.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The patch (JSON text) that turns <paramref name="beforeJson"/> into <paramref name="afterJson"/>.</summary>
    /// <param name="beforeJson">The document before; null when there was none.</param>
    /// <param name="afterJson">The document after.</param>
    public static string Diff(string? beforeJson, string afterJson)
    {
        ArgumentNullException.ThrowIfNull(afterJson);
        if (beforeJson is null)
        {
            // The whole document, as it is: no need to parse and write it again.
            return "[{\"op\":\"add\",\"path\":\"\",\"value\":" + afterJson + "}]";
        }

        var ops = new JsonArray();
        Compare(JsonNode.Parse(beforeJson), JsonNode.Parse(afterJson), string.Empty, ops);
        return ops.ToJsonString(Output);
    }

    private static void Compare(JsonNode? before, JsonNode? after, string path, JsonArray ops)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        switch (before, after)
        {
            case (JsonObject b, JsonObject a):
                foreach (var (name, value) in b)
                {
                    var child = path + "/" + Escape(name);
                    if (a.TryGetPropertyValue(name, out var next))
                    {
                        Compare(value, next, child, ops);
                    }
                    else
                    {
                        ops.Add(Op("remove", child));
                    }
                }

                foreach (var (name, value) in a)
                {
                    if (!b.ContainsKey(name))
                    {
                        ops.Add(Op("add", path + "/" + Escape(name), value));
                    }
                }

                break;

            case (JsonArray b, JsonArray a):
                var common = Math.Min(b.Count, a.Count);
                for (var i = 0; i < common; i++)
                {
                    Compare(b[i], a[i], path + "/" + i, ops);
                }

                for (var i = common; i < a.Count; i++)
                {
                    ops.Add(Op("add", path + "/" + i, a[i]));
                }

                for (var i = b.Count - 1; i >= common; i--)
                {
                    ops.Add(Op("remove", path + "/" + i));
                }

                break;

            default:
                ops.Add(Op("replace", path, after));
                break;
        }
    }

    private static JsonObject Op(string op, string path) => new() { ["op"] = op, ["path"] = path };

    private static JsonObject Op(string op, string path, JsonNode? value)
    {
        var o = Op(op, path);
        o["value"] = value?.DeepClone();
        return o;
    }

    /// <summary>A property name as a JSON Pointer reference token (RFC 6901 §3).</summary>
    internal static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
