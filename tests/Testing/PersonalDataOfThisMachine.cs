using System.Text.Json;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Matters;
using Network.Grains.PersonalData;

namespace Network.Testing;

/// <summary>
/// Personal data as the silos this user starts on this machine seal it (the key they make once in
/// <c>~/.convenience-network/personal-data</c> when none is configured): for tests and the fault
/// test's reconciliation, which read the database directly.
/// </summary>
public static class PersonalDataOfThisMachine
{
    private static readonly Lazy<PersonalDataProtector> Protector = new(() => new PersonalDataProtector(PersonalDataKeys.Load(new PersonalDataOptions())));
    private static readonly Lazy<MatterJson> Json = new(() => new MatterJson(Protector.Value));

    /// <summary>The lookup value stored for <paramref name="residentId"/> (<c>state->'citizen'->>'lookup'</c>).</summary>
    public static string Lookup(string residentId) => Protector.Value.Lookup(residentId);

    /// <summary>The citizen of a stored state's <c>citizen</c> member (JSON text).</summary>
    public static Citizen Citizen(string citizenJson) =>
        JsonSerializer.Deserialize<Citizen>(citizenJson, Json.Value.Options) ?? throw new JsonException("No citizen.");
}
