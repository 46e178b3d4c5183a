using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.PersonalData;

namespace Network.Grains.Oversight;

/// <summary>
/// A named complainant as the database keeps it: name and phone sealed together into one text
/// (<see cref="PersonalDataProtector"/>), never in clear in the state nor in the ledger. A
/// complainant keeps the sealed form it was read with or first written as, so a step that does not
/// change it does not repeat it in the ledger's change set.
/// </summary>
public sealed class SealedComplainantConverter(PersonalDataProtector protector) : JsonConverter<Complainant>
{
    private static readonly JsonSerializerOptions Inner = new(JsonSerializerDefaults.Web);
    private readonly ConditionalWeakTable<Complainant, string> _sealedForms = new();

    public override Complainant? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = reader.GetString() ?? throw new JsonException("A sealed complainant is a string.");
        var complainant = JsonSerializer.Deserialize<Complainant>(protector.Open(stored), Inner) ?? throw new JsonException("Sealed complainant is empty.");
        _sealedForms.AddOrUpdate(complainant, stored);
        return complainant;
    }

    public override void Write(Utf8JsonWriter writer, Complainant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_sealedForms.GetValue(value, c => protector.Seal(JsonSerializer.Serialize(c, Inner))));
}
