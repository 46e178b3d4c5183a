using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Grains.PersonalData;

/// <summary>
/// A record of personal data (who asked a question, a petitioner's contact) as the database keeps
/// it: the whole record sealed into one text (<see cref="PersonalDataProtector"/>), never in clear
/// in the state nor in the ledger. A record keeps the sealed form it was read with or first written
/// as, so a step that does not change it does not repeat it in the ledger's change set.
/// </summary>
/// <typeparam name="T">The record sealed.</typeparam>
public sealed class SealedRecordConverter<T>(PersonalDataProtector protector) : JsonConverter<T>
    where T : class
{
    private static readonly JsonSerializerOptions Inner = new(JsonSerializerDefaults.Web);
    private readonly ConditionalWeakTable<T, string> _sealedForms = new();

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = reader.GetString() ?? throw new JsonException($"A sealed {typeof(T).Name} is a string.");
        var value = JsonSerializer.Deserialize<T>(protector.Open(stored), Inner) ?? throw new JsonException($"Sealed {typeof(T).Name} is empty.");
        _sealedForms.AddOrUpdate(value, stored);
        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_sealedForms.GetValue(value, v => protector.Seal(JsonSerializer.SerializeToUtf8Bytes(v, Inner))));
}
