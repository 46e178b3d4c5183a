using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Network.Grains.PersonalData;

namespace Network.Grains.Appointments;

/// <summary>
/// The JSON form of a day's appointment book in the database: enums by name, and each booking's
/// name and phone sealed (<see cref="SealedTextConverter"/>), so neither is ever in the state nor
/// in the ledger in clear.
/// </summary>
public sealed class AppointmentJson(PersonalDataProtector protector)
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Seal(new SealedTextConverter(protector)) } },
    };

    private static Action<JsonTypeInfo> Seal(SealedTextConverter converter) => info =>
    {
        if (info.Type == typeof(Booking))
        {
            foreach (var property in info.Properties.Where(p => p.Name is "name" or "phone"))
            {
                property.CustomConverter = converter;
            }
        }
    };
}
