using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.PersonalData;

namespace Network.Grains.ApplicantCases;

/// <summary>
/// The JSON form of the kinds of case about applicants (consultations, petitions, proxy errands) in
/// the database: enums by name, Chinese readable, an applicant sealed as a matter's citizen is
/// (<see cref="SealedCitizenConverter"/>, with its keyed lookups) and who asked a question sealed whole.
/// </summary>
public sealed class ApplicantCaseJson(PersonalDataProtector protector)
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters =
        {
            new JsonStringEnumConverter(),
            new SealedCitizenConverter(protector),
            new SealedRecordConverter<Inquirer>(protector),
        },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
