using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue;

/// <summary>
/// A queue step's ledger patch, built from what the step changed instead of from the whole day: a
/// step replaces a ticket (a new record, the others kept as they were) or appends one, and changes
/// the day's own figures (the last call, the latest calls, version, sequence, open or closed). The
/// patch is exactly the one <see cref="JsonChanges.Diff"/> finds between the two days' whole JSON,
/// written straight from the changed tickets' cached JSON and the figures compared as values — no
/// JSON tree is built — at the cost of one or two tickets however long the day has grown.
/// </summary>
internal static class QueuePatch
{
    private static readonly JsonWriterOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The state's own properties (everything but its tickets), in the order its JSON has them: the order of their ops.</summary>
    private static readonly string[] Figures = FiguresInOrder();

    /// <summary>Whether every property of the state's JSON is one this patch compares (a test keeps it so: one it did not know would mean the whole diff at every step).</summary>
    internal static bool ComparesEveryFigure => Figures.All(Known.Contains);

    private static readonly HashSet<string> Known = ["pointCode", "date", "tickets", "lastCallId", "recentCalls", "version", "ledgerSequence", "isClosed"];

    /// <summary>
    /// The patch from <paramref name="before"/> to <paramref name="after"/>, or null when this cannot
    /// tell it without the whole diff (tickets dropped, another day, a property it does not know;
    /// never by a rule).
    /// </summary>
    public static string? Between(QueueState before, QueueState after)
    {
        if (after.Tickets.Count < before.Tickets.Count || before.PointCode != after.PointCode || before.Date != after.Date || !ComparesEveryFigure)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Output))
        {
            writer.WriteStartArray();

            // The tickets come before the day's figures in the state's JSON, as in the whole diff.
            foreach (var i in Changed(before, after))
            {
                var path = "/tickets/" + i.ToString(CultureInfo.InvariantCulture);
                if (i >= before.Tickets.Count)
                {
                    WriteOp(writer, "add", path, QueueJson.Utf8Of(after.Tickets[i]));
                }
                else if (!WriteObjectDiff(writer, path, QueueJson.Utf8Of(before.Tickets[i]), QueueJson.Utf8Of(after.Tickets[i])))
                {
                    return null;
                }
            }

            foreach (var figure in Figures)
            {
                if (!WriteFigure(writer, figure, before, after))
                {
                    return null;
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The places of the tickets a step changed or added, in order: a ticket kept is the same record
    /// before and after (<see cref="QueueState.With"/>), so a reference comparison finds them.
    /// </summary>
    public static IEnumerable<int> Changed(QueueState before, QueueState after)
    {
        for (var i = 0; i < after.Tickets.Count; i++)
        {
            if (i >= before.Tickets.Count || !ReferenceEquals(before.Tickets[i], after.Tickets[i]))
            {
                yield return i;
            }
        }
    }

    /// <summary>The ops of one of the day's own figures, compared as values; false for one it cannot compare.</summary>
    private static bool WriteFigure(Utf8JsonWriter writer, string figure, QueueState before, QueueState after)
    {
        switch (figure)
        {
            case "pointCode" or "date" or "tickets":
                // The same day (checked above); the ticket list is written empty in the figures.
                return true;
            case "lastCallId":
                if (before.LastCallId != after.LastCallId)
                {
                    WriteReplace(writer, "/lastCallId", after.LastCallId);
                }

                return true;
            case "recentCalls":
                return ReferenceEquals(before.RecentCalls, after.RecentCalls) || WriteCallsDiff(writer, before.RecentCalls, after.RecentCalls);
            case "version":
                if (before.Version != after.Version)
                {
                    WriteReplace(writer, "/version", after.Version);
                }

                return true;
            case "ledgerSequence":
                if (before.LedgerSequence != after.LedgerSequence)
                {
                    WriteReplace(writer, "/ledgerSequence", after.LedgerSequence);
                }

                return true;
            case "isClosed":
                var closed = after.IsClosed;
                if (before.IsClosed != closed)
                {
                    writer.WriteStartObject();
                    writer.WriteString("op", "replace");
                    writer.WriteString("path", "/isClosed");
                    writer.WriteBoolean("value", closed);
                    writer.WriteEndObject();
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The latest calls as the whole diff compares arrays: element by element over the common length, then the added, then the dropped from the end.</summary>
    private static bool WriteCallsDiff(Utf8JsonWriter writer, IReadOnlyList<TicketCall> before, IReadOnlyList<TicketCall> after)
    {
        var common = Math.Min(before.Count, after.Count);
        for (var i = 0; i < common; i++)
        {
            if (!ReferenceEquals(before[i], after[i])
                && !WriteObjectDiff(writer, "/recentCalls/" + i.ToString(CultureInfo.InvariantCulture), QueueJson.Utf8Of(before[i]), QueueJson.Utf8Of(after[i])))
            {
                return false;
            }
        }

        for (var i = common; i < after.Count; i++)
        {
            WriteOp(writer, "add", "/recentCalls/" + i.ToString(CultureInfo.InvariantCulture), QueueJson.Utf8Of(after[i]));
        }

        for (var i = before.Count - 1; i >= common; i--)
        {
            writer.WriteStartObject();
            writer.WriteString("op", "remove");
            writer.WriteString("path", "/recentCalls/" + i.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return true;
    }

    /// <summary>
    /// The ops between two flat JSON objects written by the same serializer (the same properties in
    /// the same order, scalar values): a <c>replace</c> per property whose value's text differs, in
    /// property order, as the whole diff finds them. False — write nothing more, take the whole diff —
    /// for anything else (a nested value that differs, properties that do not line up).
    /// </summary>
    private static bool WriteObjectDiff(Utf8JsonWriter writer, string path, ReadOnlySpan<byte> before, ReadOnlySpan<byte> after)
    {
        if (before.SequenceEqual(after))
        {
            return true;
        }

        var b = new Utf8JsonReader(before);
        var a = new Utf8JsonReader(after);
        if (!b.Read() || !a.Read() || b.TokenType != JsonTokenType.StartObject || a.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (b.Read() && a.Read())
        {
            if (b.TokenType == JsonTokenType.EndObject && a.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            if (b.TokenType != JsonTokenType.PropertyName || a.TokenType != JsonTokenType.PropertyName || b.ValueIsEscaped || !b.ValueSpan.SequenceEqual(a.ValueSpan))
            {
                return false;
            }

            var name = b.ValueSpan;
            var beforeValue = ValueOf(ref b, before);
            var afterValue = ValueOf(ref a, after);
            if (beforeValue.SequenceEqual(afterValue))
            {
                continue;
            }

            if (IsContainer(b.TokenType) || IsContainer(a.TokenType))
            {
                return false;
            }

            WriteOp(writer, "replace", path + "/" + JsonChanges.Escape(Encoding.UTF8.GetString(name)), afterValue);
        }

        return false;
    }

    /// <summary>The text of the value after the property the reader is on (the reader left on its last token).</summary>
    private static ReadOnlySpan<byte> ValueOf(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        reader.Read();
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return json[start..(int)reader.BytesConsumed];
    }

    private static bool IsContainer(JsonTokenType token) => token is JsonTokenType.EndObject or JsonTokenType.EndArray;

    private static void WriteOp(Utf8JsonWriter writer, string op, string path, ReadOnlySpan<byte> value)
    {
        writer.WriteStartObject();
        writer.WriteString("op", op);
        writer.WriteString("path", path);
        writer.WritePropertyName("value");
        writer.WriteRawValue(value, skipInputValidation: true);
        writer.WriteEndObject();
    }

    private static void WriteReplace(Utf8JsonWriter writer, string path, long value)
    {
        writer.WriteStartObject();
        writer.WriteString("op", "replace");
        writer.WriteString("path", path);
        writer.WriteNumber("value", value);
        writer.WriteEndObject();
    }

    /// <summary>A property name as a JSON Pointer reference token (RFC 6901 §3), as the whole diff writes it.</summary>

    /// <summary>The names of the state's JSON properties, read from the JSON of a day (so the ops follow the order the serializer writes).</summary>
    private static string[] FiguresInOrder()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new QueueState("000000000000", DateOnly.MinValue), QueueJson.Options);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
    }
}
