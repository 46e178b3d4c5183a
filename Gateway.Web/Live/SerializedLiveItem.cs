using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// One live message as a browser receives it, <c>{ kind, payload }</c> (the payload serialised by
/// its own type), already turned into JSON: written as it is into every group's message, so an item
/// that goes to several groups is serialised once.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class SerializedLiveItem
{
    private readonly byte[] _utf8Json;

    private SerializedLiveItem(byte[] utf8Json) => _utf8Json = utf8Json;

    /// <summary>The item's JSON (UTF-8).</summary>
    public ReadOnlySpan<byte> Utf8Json => _utf8Json;

    public static SerializedLiveItem Of(LiveMessage message, JsonSerializerOptions options) =>
        new(JsonSerializer.SerializeToUtf8Bytes(new LiveItem(message.Kind, message.Payload), options));

    /// <summary>The item's shape before serialisation: its kind and its payload, serialised by its runtime type.</summary>
    internal sealed record LiveItem(string Kind, object Payload);

    /// <summary>Writes the JSON as it is; live items are only ever written.</summary>
    private sealed class Converter : JsonConverter<SerializedLiveItem>
    {
        public override SerializedLiveItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Live items are only sent.");

        public override void Write(Utf8JsonWriter writer, SerializedLiveItem value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value._utf8Json, skipInputValidation: true);
    }
}
