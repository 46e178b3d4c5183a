using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue;

/// <summary>
/// A day's queue as JSON, in the case store and its ledger. The text is what
/// <see cref="JsonSerializer"/> writes for <see cref="QueueState"/> with <see cref="Options"/>'s
/// settings; only the work is cut: each ticket is written once (a ticket is immutable: a step makes
/// a new one) and its UTF-8 kept while the ticket lives, so the whole day, written again at every
/// commit, costs a copy per ticket. A step's patch (<see cref="QueuePatch"/>) is written from the
/// same cached text of the tickets and calls it changed.
/// </summary>
internal static class QueueJson
{
    /// <summary>The settings, without the ticket cache: how one ticket is written.</summary>
    private static readonly JsonSerializerOptions Plain = Settings();

    private static readonly ConditionalWeakTable<Ticket, byte[]> Written = [];

    private static readonly ConditionalWeakTable<TicketCall, byte[]> WrittenCalls = [];

    /// <summary>The state's options: the tickets written from their cached text, read as usual.</summary>
    public static JsonSerializerOptions Options { get; } = Settings(new CachedTickets());

    /// <summary>
    /// The case row's options: the state with its ticket list written as the number of tickets (the
    /// tickets are rows of their own, <see cref="QueueRepository"/>), everything else as
    /// <see cref="Options"/> writes it. Read by either options, a number is a
    /// <see cref="TicketRowsToRead"/>, an array a row stored whole by an earlier build. A build that
    /// knows only arrays refuses such a row rather than take it for a day without tickets.
    /// </summary>
    public static JsonSerializerOptions HeadOptions { get; } = Settings(new NoTickets());

    /// <summary>One stored ticket (a row of its own) read back.</summary>
    public static Ticket ReadTicket(string json) =>
        JsonSerializer.Deserialize<Ticket>(json, Plain) ?? throw new FormatException("A stored ticket is empty.");

    /// <summary>The ticket's JSON (UTF-8), written once per ticket.</summary>
    public static byte[] Utf8Of(Ticket ticket) =>
        Written.GetValue(ticket, static t => JsonSerializer.SerializeToUtf8Bytes(t, Plain));

    /// <summary>A call's JSON (UTF-8) as the state writes it among the latest calls, written once per call.</summary>
    public static byte[] Utf8Of(TicketCall call) =>
        WrittenCalls.GetValue(call, static c => JsonSerializer.SerializeToUtf8Bytes(c, Plain));

    private static JsonSerializerOptions Settings(JsonConverter? tickets = null)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter() },
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        if (tickets is not null)
        {
            options.Converters.Add(tickets);
        }

        return options;
    }

    /// <summary>A stored ticket list: the tickets of a row stored whole, or how many rows of their own the day has.</summary>
    private static IReadOnlyList<Ticket>? ReadTickets(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number
            ? new TicketRowsToRead(reader.GetInt32())
            : JsonSerializer.Deserialize<Ticket[]>(ref reader, Plain);

    private sealed class CachedTickets : JsonConverter<IReadOnlyList<Ticket>>
    {
        public override IReadOnlyList<Ticket>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadTickets(ref reader);

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<Ticket> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var ticket in value)
            {
                writer.WriteRawValue(Utf8Of(ticket), skipInputValidation: true);
            }

            writer.WriteEndArray();
        }
    }

    private sealed class NoTickets : JsonConverter<IReadOnlyList<Ticket>>
    {
        public override IReadOnlyList<Ticket>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadTickets(ref reader);

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<Ticket> value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.Count);
    }
}
