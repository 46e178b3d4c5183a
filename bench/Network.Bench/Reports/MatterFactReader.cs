using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Matters;
using Network.Grains.Reports.Rollups;

namespace Network.Bench.Reports;

/// <summary>
/// The rollup facts of a stored matter state as the matter repository counts them
/// (<see cref="MatterFacts.Of"/> of the deserialised state), without opening the sealed citizen and
/// progress code, which no fact reads: the loader reads millions of states, and two AES-GCM
/// openings each were a good part of its time. <c>RollupRecount</c> checks the result against the
/// repository's own <c>FactsOfStored</c> (through the backfill) on the smoke run.
/// </summary>
public sealed class MatterFactReader(WorkingDayCalendar calendar)
{
    private static readonly Citizen Unopened = new(string.Empty, string.Empty, string.Empty);

    private readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SkippedCitizen() },
    };

    public IEnumerable<RollupFact> FactsOf(string stateJson) =>
        MatterFacts.Of(JsonSerializer.Deserialize<MatterState>(stateJson, _options) ?? throw new FormatException("A stored matter is empty."), calendar);

    /// <summary>Skips the sealed citizen, leaving an empty one.</summary>
    private sealed class SkippedCitizen : JsonConverter<Citizen>
    {
        public override Citizen Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return Unopened;
        }

        public override void Write(Utf8JsonWriter writer, Citizen value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Read only.");
    }
}
