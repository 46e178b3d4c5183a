using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.PersonalData;

namespace Network.Grains.Oversight;

/// <summary>
/// The JSON form of the oversight kinds' states in the database: enums by name, Chinese readable,
/// and a named complainant sealed (<see cref="SealedComplainantConverter"/>).
/// </summary>
public sealed class OversightJson(PersonalDataProtector protector)
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SealedComplainantConverter(protector) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
