using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Grains.Matters;

/// <summary>The JSON form of a matter's state in the database.</summary>
public static class MatterJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static MatterState Deserialize(string json) =>
        JsonSerializer.Deserialize<MatterState>(json, Options) ?? throw new FormatException("Stored matter state is empty.");
}
