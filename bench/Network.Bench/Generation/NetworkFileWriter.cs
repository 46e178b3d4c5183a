using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Network;

namespace Network.Bench.Generation;

/// <summary>
/// Writes points in the format of <c>data/demo-network.json</c> (<see cref="NetworkFile"/>:
/// camelCase, enums as names), one point at a time, so a file of any size streams to disk.
/// </summary>
public static class NetworkFileWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> WriteAsync(string path, IEnumerable<NetworkFile.Point> points, bool indented, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var stream = File.Create(path);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Options.Encoder });
        writer.WriteStartObject();
        writer.WriteStartArray("points");
        var count = 0;
        foreach (var point in points)
        {
            JsonSerializer.Serialize(writer, point, Options);
            count++;
            if (writer.BytesPending > 1 << 20)
            {
                await writer.FlushAsync(cancellationToken);
            }

            progress?.Invoke(count);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
