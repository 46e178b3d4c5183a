using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Bench.Queue;

/// <summary>
/// One "live" message as a hall display of the bench reads it: what it needs to match a delivery —
/// each call's <c>{point}/{ticket}</c> ("queueCall" items), and on the bare hub each "matter" item
/// at version 1 by its receipt number — and how many items of each kind it carried. Read straight
/// from the SignalR JSON protocol's reader (<see cref="Reader"/>): the display looks at every item's
/// kind, reads a call's point and ticket, and skips the rest of each payload without building a
/// document of it.
/// </summary>
[JsonConverter(typeof(Reader))]
public sealed class LiveFrame
{
    /// <summary>The deliveries this message carried, by the key the bench matches them with.</summary>
    public List<string> Keys { get; } = [];

    /// <summary>The kinds of its items, in order.</summary>
    public List<string> Kinds { get; } = [];

    private sealed class Reader : JsonConverter<LiveFrame>
    {
        public override LiveFrame Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var frame = new LiveFrame();
            Expect(reader.TokenType, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Expect(reader.TokenType, JsonTokenType.StartObject);
                string? kind = null;
                JsonElement? early = null; // a payload written before its kind (not what the gateway writes)
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (name == "kind")
                    {
                        kind = reader.GetString();
                    }
                    else if (name == "payload" && kind is not null)
                    {
                        ReadPayload(ref reader, kind, frame.Keys);
                    }
                    else if (name == "payload")
                    {
                        early = JsonElement.ParseValue(ref reader);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                kind ??= "?";
                frame.Kinds.Add(kind);
                if (early is { } payload)
                {
                    var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
                    var again = new Utf8JsonReader(bytes);
                    again.Read();
                    ReadPayload(ref again, kind, frame.Keys);
                }
            }

            return frame;
        }

        public override void Write(Utf8JsonWriter writer, LiveFrame value, JsonSerializerOptions options) =>
            throw new NotSupportedException("A display only reads.");

        /// <summary>A call's point and ticket, or a matter's receipt number at version 1; anything else skipped.</summary>
        private static void ReadPayload(ref Utf8JsonReader reader, string kind, List<string> keys)
        {
            if (kind is not ("queueCall" or "matter") || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return;
            }

            string? point = null, ticket = null, receipt = null;
            var version = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "pointCode":
                        point = reader.GetString();
                        break;
                    case "call":
                        ticket = TicketOf(ref reader);
                        break;
                    case "receiptNumber":
                        receipt = reader.GetString();
                        break;
                    case "version" when reader.TokenType == JsonTokenType.Number:
                        version = reader.GetInt32();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (kind == "queueCall" && point is not null && ticket is not null)
            {
                keys.Add(point + "/" + ticket);
            }
            else if (kind == "matter" && version == 1 && receipt is not null)
            {
                keys.Add(receipt);
            }
        }

        private static string? TicketOf(ref Utf8JsonReader reader)
        {
            string? ticket = null;
            Expect(reader.TokenType, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "ticket")
                {
                    ticket = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return ticket;
        }

        private static void Expect(JsonTokenType actual, JsonTokenType expected)
        {
            if (actual != expected)
            {
                throw new JsonException($"A live message has {actual} where {expected} belongs.");
            }
        }
    }
}
