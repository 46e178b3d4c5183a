using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Citizens;

namespace Network.Grains.PersonalData;

/// <summary>
/// The citizen of a stored case as the database keeps it:
/// <c>{"sealed": "pd1…", "lookup": "…", "nameLookup": "…", "idTailLookup": "…"}</c>, name, resident ID
/// number and phone sealed together (<see cref="PersonalDataProtector"/>), beside them the keyed lookup
/// values (blind indexes) of the ID number, the whole name and the ID number's last four characters,
/// for exact searches (indexed by <c>115_matter_search.sql</c>). For an applicant with another
/// document (an organisation's credit code, a passport, a permit) the lookups are of that document's
/// number, so the same searches find them; the document's type and an agent's details are sealed too. A citizen stored in clear by an
/// earlier build (<c>{"name", "residentId", "phone"}</c>) is still read.
/// <para>
/// A citizen object keeps the sealed form it was read with or first written as, so writing the
/// same citizen again gives the same text: a step that does not change the citizen does not show
/// it in the ledger's change set (which compares the state before and after as JSON).
/// </para>
/// </summary>
public sealed class SealedCitizenConverter(PersonalDataProtector protector) : JsonConverter<Citizen>
{
    private static readonly JsonSerializerOptions Inner = new(JsonSerializerDefaults.Web);
    // A citizen's stored form (its sealed text and keyed lookups), made once per citizen object: a
    // commit writes the state before and after each step, and the citizen rarely changes.
    private readonly ConditionalWeakTable<Citizen, Written> _written = new();
    private ConditionalWeakTable<Citizen, Written>.CreateValueCallback? _seal;

    public override Citizen? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize<StoredCitizen>(ref reader, Inner);
        if (stored is null)
        {
            return null;
        }

        if (stored.Sealed is { } sealedText)
        {
            var open = JsonSerializer.Deserialize<Plain>(protector.Open(sealedText), Inner)
                ?? throw new JsonException("Sealed citizen is empty.");
            var citizen = new Citizen(open.Name, open.ResidentId, open.Phone)
            {
                DocumentType = open.DocumentType,
                IssuingState = open.IssuingState,
                Agent = open.Agent,
            };
            _written.AddOrUpdate(citizen, WrittenOf(citizen, sealedText));
            return citizen;
        }

        return new Citizen(stored.Name ?? string.Empty, stored.ResidentId ?? string.Empty, stored.Phone);
    }

    public override void Write(Utf8JsonWriter writer, Citizen value, JsonSerializerOptions options)
    {
        // The callback is made once, not per write (a lambda over this converter is a new delegate each time).
        var written = _written.GetValue(value, _seal ??= c => WrittenOf(c, protector.Seal(JsonSerializer.SerializeToUtf8Bytes(new Plain(c.Name, c.ResidentId, c.Phone, c.DocumentType, c.IssuingState, c.Agent), Inner))));
        writer.WriteStartObject();
        writer.WriteString("sealed", written.Sealed);
        writer.WriteString("lookup", written.Lookup);
        writer.WriteString("nameLookup", written.NameLookup);
        writer.WriteString("idTailLookup", written.IdTailLookup);
        writer.WriteEndObject();
    }

    private Written WrittenOf(Citizen c, string sealedText) =>
        new(sealedText, protector.Lookup(c.ResidentId), protector.NameLookup(c.Name), protector.ResidentIdTailLookup(c.ResidentId));

    private sealed record Written(string Sealed, string Lookup, string NameLookup, string IdTailLookup);

    /// <summary>
    /// What is sealed: the applicant's name, document number and phone as before, and, for any other
    /// applicant than a resident coming themself, the document's type, a passport's issuing state and
    /// the agent with their power of attorney (absent members read as a resident's ID card, no agent).
    /// </summary>
    private sealed record Plain(
        string Name,
        string ResidentId,
        string? Phone,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] IdentityDocumentType DocumentType = IdentityDocumentType.ResidentIdCard,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IssuingState = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ApplicantAgent? Agent = null);

    private sealed record StoredCitizen(string? Sealed, string? Lookup, string? NameLookup, string? IdTailLookup, string? Name, string? ResidentId, string? Phone);
}
