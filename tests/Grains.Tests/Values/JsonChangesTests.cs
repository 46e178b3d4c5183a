using System.Text.Json.Nodes;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Tests.Values;

/// <summary>The ledger's RFC 6902 patches: small, exact, and turning the state before into the state after.</summary>
public sealed class JsonChangesTests
{
    private static JsonArray Ops(string patch) => JsonNode.Parse(patch)!.AsArray();

    private static void AssertRoundTrip(string? before, string after)
    {
        var patch = JsonChanges.Diff(before, after);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(after), JsonPatchApplier.Apply(before, patch)), $"patch {patch} does not turn {before} into {after}");
    }

    [Fact]
    public void Equal_documents_give_an_empty_patch()
    {
        Assert.Equal("[]", JsonChanges.Diff("""{"a":1,"b":[1,2,{"c":null}]}""", """{ "b": [1, 2, {"c": null}], "a": 1 }"""));
    }

    [Fact]
    public void No_document_before_gives_one_add_of_the_whole_document_at_the_root()
    {
        var op = Assert.Single(Ops(JsonChanges.Diff(null, """{"status":"Accepted","items":[1]}""")))!;

        Assert.Equal("add", (string)op["op"]!);
        Assert.Equal("", (string)op["path"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status":"Accepted","items":[1]}"""), op["value"]));
    }

    [Fact]
    public void A_nested_property_change_is_one_replace_at_the_nested_path()
    {
        var patch = JsonChanges.Diff(
            """{"citizen":{"name":"王秀英","address":{"village":"先锋村"}},"status":"InProgress"}""",
            """{"citizen":{"name":"王秀英","address":{"village":"红岩村"}},"status":"InProgress"}""");

        var op = Assert.Single(Ops(patch))!;
        Assert.Equal("replace", (string)op["op"]!);
        Assert.Equal("/citizen/address/village", (string)op["path"]!);
        Assert.Equal("红岩村", (string)op["value"]!);
        Assert.Contains("红岩村", patch, StringComparison.Ordinal); // not \u-escaped
    }

    [Fact]
    public void Appending_one_element_to_a_50_element_array_is_one_add()
    {
        var items = Enumerable.Range(0, 50).Select(i => new JsonObject { ["n"] = i, ["text"] = new string('x', 40) }).ToArray();
        var before = new JsonObject { ["list"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()) };
        var after = (JsonObject)before.DeepClone();
        after["list"]!.AsArray().Add(new JsonObject { ["n"] = 50 });

        var patch = JsonChanges.Diff(before.ToJsonString(), after.ToJsonString());

        var op = Assert.Single(Ops(patch))!;
        Assert.Equal("add", (string)op["op"]!);
        Assert.Equal("/list/50", (string)op["path"]!);
        AssertRoundTrip(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public void Dropped_array_elements_are_removed_from_the_end_in_descending_order()
    {
        var patch = JsonChanges.Diff("""{"l":[1,2,3,4,5]}""", """{"l":[1,9]}""");

        Assert.Equal(
            ["replace /l/1", "remove /l/4", "remove /l/3", "remove /l/2"],
            Ops(patch).Select(o => $"{(string)o!["op"]!} {(string)o["path"]!}").ToArray());
        AssertRoundTrip("""{"l":[1,2,3,4,5]}""", """{"l":[1,9]}""");
    }

    [Fact]
    public void Removed_properties_are_removes_and_new_ones_adds()
    {
        var patch = JsonChanges.Diff("""{"keep":1,"gone":2}""", """{"keep":1,"new":3}""");

        Assert.Equal(["remove /gone", "add /new"], Ops(patch).Select(o => $"{(string)o!["op"]!} {(string)o["path"]!}").ToArray());
    }

    [Fact]
    public void A_change_of_type_is_a_replace_of_the_value()
    {
        var patch = JsonChanges.Diff("""{"a":{"b":1},"c":[1],"d":null,"e":"x"}""", """{"a":[1],"c":{"b":1},"d":5,"e":null}""");

        Assert.Equal(
            ["replace /a", "replace /c", "replace /d", "replace /e"],
            Ops(patch).Select(o => $"{(string)o!["op"]!} {(string)o["path"]!}").ToArray());
        AssertRoundTrip("""{"a":{"b":1},"c":[1],"d":null,"e":"x"}""", """{"a":[1],"c":{"b":1},"d":5,"e":null}""");
    }

    [Fact]
    public void Paths_escape_tilde_and_slash_as_json_pointers()
    {
        var patch = JsonChanges.Diff("""{"a/b":{"c~d":1}}""", """{"a/b":{"c~d":2}}""");

        Assert.Equal("/a~1b/c~0d", (string)Assert.Single(Ops(patch))!["path"]!);
        AssertRoundTrip("""{"a/b":{"c~d":1}}""", """{"a/b":{"c~d":2}}""");
    }

    [Theory]
    [InlineData(null, """{"a":1}""")]
    [InlineData("""{"a":1}""", """[1,2]""")]
    [InlineData("""[]""", """[{"x":[1,[2,3]]}]""")]
    [InlineData("""{"a":[1,{"b":[1,2,3]},3],"z":{}}""", """{"a":[2,{"b":[1],"c":true},3,4,5],"y":{"q":[]}}""")]
    [InlineData("""{"parts":[{"window":"w1","status":"Open"},{"window":"w2","status":"Open"}]}""", """{"parts":[{"window":"w1","status":"Done"}]}""")]
    public void Applying_the_patch_to_the_document_before_gives_the_document_after(string? before, string after)
    {
        AssertRoundTrip(before, after);
    }
}
