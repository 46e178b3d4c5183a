using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Grains.Duty;

/// <summary>The JSON form of rosters and attendance sheets in the database (no citizen's data in them: staff ids and public names only).</summary>
public static class DutyJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
