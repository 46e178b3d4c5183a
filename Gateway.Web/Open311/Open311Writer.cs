using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace Network.Gateway.Open311;

/// <summary>
/// Writes an Open311 answer in the format the path names: JSON (an array, as the spec's examples)
/// or XML (UTF-8 with its declaration, a root element and one element per item, each field an
/// element named as in JSON, in the same order; lists nested as <c>attributes/attribute</c> and
/// <c>values/value</c>). Errors are <c>[{code, description}]</c> or <c>errors/error</c>.
/// </summary>
public static class Open311Writer
{
    public const string Json = "json";
    public const string Xml = "xml";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly Dictionary<string, string> ChildNames = new(StringComparer.Ordinal)
    {
        ["attributes"] = "attribute",
        ["values"] = "value",
    };

    /// <summary>Whether <paramref name="format"/> is one the network answers in.</summary>
    public static bool Knows(string? format) => format is Json or Xml;

    public static IResult Write<T>(string format, string root, string item, IEnumerable<T> items, int status = StatusCodes.Status200OK)
        where T : class =>
        format == Xml
            ? Results.Text(ToXml(root, item, items.Cast<object>()), "text/xml; charset=utf-8", Encoding.UTF8, status)
            : Results.Text(JsonSerializer.Serialize(items.ToArray(), JsonOptions), "application/json; charset=utf-8", Encoding.UTF8, status);

    /// <summary>A single document (the service definition): its fields under <paramref name="root"/>, or the JSON object.</summary>
    public static IResult WriteOne<T>(string format, string root, T document)
        where T : class =>
        format == Xml
            ? Results.Text(ToXml(root, null, [document]), "text/xml; charset=utf-8", Encoding.UTF8)
            : Results.Text(JsonSerializer.Serialize(document, JsonOptions), "application/json; charset=utf-8", Encoding.UTF8);

    public static IResult Error(string format, int status, string description) =>
        Write(format == Xml ? Xml : Json, "errors", "error", new[] { new Open311Error(status, description) }, status);

    private static string ToXml(string root, string? item, IEnumerable<object> items)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root);
            foreach (var value in items)
            {
                if (item is not null)
                {
                    writer.WriteStartElement(item);
                }

                WriteFields(writer, value);
                if (item is not null)
                {
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFields(XmlWriter writer, object value)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (name is null)
            {
                continue;
            }

            var field = property.GetValue(value);
            writer.WriteStartElement(name);
            switch (field)
            {
                case null:
                    break;
                case string text:
                    writer.WriteString(text);
                    break;
                case bool flag:
                    writer.WriteString(flag ? "true" : "false");
                    break;
                case IFormattable number:
                    writer.WriteString(number.ToString(null, CultureInfo.InvariantCulture));
                    break;
                case IEnumerable list:
                    foreach (var child in list)
                    {
                        writer.WriteStartElement(ChildNames.GetValueOrDefault(name, name));
                        WriteFields(writer, child);
                        writer.WriteEndElement();
                    }

                    break;
                default:
                    writer.WriteString(field.ToString());
                    break;
            }

            writer.WriteEndElement();
        }
    }
}
