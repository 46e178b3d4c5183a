using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Grains.PersonalData;

/// <summary>
/// A secret text of a stored case (the progress code, 查询码) as the database keeps it: sealed
/// (<see cref="PersonalDataProtector"/>). Text stored in clear by an earlier build is still read.
/// A text keeps the sealed form it was read with or first written as, so writing the same value
/// again gives the same text and the ledger's change set does not repeat it.
/// </summary>
public sealed class SealedTextConverter(PersonalDataProtector protector) : JsonConverter<string>
{
    private readonly ConditionalWeakTable<string, string> _sealedForms = new();
    private ConditionalWeakTable<string, string>.CreateValueCallback? _seal;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = reader.GetString();
        if (stored is null || !PersonalDataProtector.IsSealed(stored))
        {
            return stored;
        }

        var text = protector.Open(stored);
        _sealedForms.AddOrUpdate(text, stored);
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_sealedForms.GetValue(value, _seal ??= protector.Seal));
}
