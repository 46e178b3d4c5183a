using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Network.Grains.PersonalData;

namespace Network.Grains.Fees;

/// <summary>
/// The JSON form of a collection day in the database: enums by name, Chinese readable, and a bill's
/// payer name and account number sealed (<see cref="SealedTextConverter"/>), in the state and so in
/// the ledger's change sets.
/// </summary>
public sealed class CollectionJson(PersonalDataProtector protector)
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Seal(new SealedTextConverter(protector)) } },
    };

    private static Action<JsonTypeInfo> Seal(SealedTextConverter converter) => info =>
    {
        if (info.Type == typeof(CollectionLine))
        {
            foreach (var property in info.Properties.Where(p => p.Name is "payerName" or "accountNumber"))
            {
                property.CustomConverter = converter;
            }
        }
    };
}
