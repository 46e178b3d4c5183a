using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Network.Grains.PersonalData;

namespace Network.Grains.Matters;

/// <summary>
/// The JSON form of a matter's state in the database: enums by name, Chinese kept readable, and
/// the citizen sealed (<see cref="SealedCitizenConverter"/>): name, ID number and phone are never
/// in the database in clear, in the state nor in the ledger; nor is the progress code (查询码,
/// <see cref="SealedTextConverter"/>), which opens the matter's progress to anyone who has it.
/// </summary>
public sealed class MatterJson(PersonalDataProtector protector)
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SealedCitizenConverter(protector) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SealProgressCode(new SealedTextConverter(protector)) } },
    };

    private static Action<JsonTypeInfo> SealProgressCode(SealedTextConverter converter) => info =>
    {
        if (info.Type == typeof(MatterState))
        {
            info.Properties.Single(p => p.Name == "progressCode").CustomConverter = converter;
        }
    };

    public MatterState Deserialize(string json) =>
        JsonSerializer.Deserialize<MatterState>(json, Options) ?? throw new FormatException("Stored matter state is empty.");
}
