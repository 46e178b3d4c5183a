using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Network.Grains.PersonalData;
using Network.Grains.Rectifications;

namespace Network.Grains.Ratings;

/// <summary>
/// The JSON form of ratings and rectifications at rest: enums by name, Chinese readable, the
/// citizen of a named rating sealed (<see cref="SealedCitizenConverter"/>) and the citizen's
/// comment sealed (<see cref="SealedTextConverter"/>): a comment is free text and may name people.
/// </summary>
public sealed class RatingJson(PersonalDataProtector protector)
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SealedCitizenConverter(protector) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SealComment(new SealedTextConverter(protector)) } },
    };

    private static Action<JsonTypeInfo> SealComment(SealedTextConverter converter) => info =>
    {
        if (info.Type == typeof(RatingState) || info.Type == typeof(RectificationState))
        {
            info.Properties.Single(p => p.Name == "comment").CustomConverter = converter;
        }
    };

    public RatingState Rating(string json) =>
        JsonSerializer.Deserialize<RatingState>(json, Options) ?? throw new FormatException("Stored rating is empty.");

    public RectificationState Rectification(string json) =>
        JsonSerializer.Deserialize<RectificationState>(json, Options) ?? throw new FormatException("Stored rectification is empty.");
}
