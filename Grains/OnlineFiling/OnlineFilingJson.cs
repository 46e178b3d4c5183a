using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Network.Grains.PersonalData;

namespace Network.Grains.OnlineFiling;

/// <summary>
/// The JSON form of an online application in the database: enums by name, Chinese readable, the
/// applicant sealed (<see cref="SealedCitizenConverter"/>), and the postal address, the applicant's
/// code and the matter's progress code sealed (<see cref="SealedTextConverter"/>).
/// </summary>
public sealed class OnlineFilingJson(PersonalDataProtector protector)
{
    private static readonly string[] SealedTexts = ["deliveryAddress", "code", "matterProgressCode"];

    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SealedCitizenConverter(protector) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SealTexts(new SealedTextConverter(protector)) } },
    };

    private static Action<JsonTypeInfo> SealTexts(SealedTextConverter converter) => info =>
    {
        if (info.Type == typeof(OnlineApplicationState))
        {
            foreach (var property in info.Properties.Where(p => SealedTexts.Contains(p.Name)))
            {
                property.CustomConverter = converter;
            }
        }
    };
}
