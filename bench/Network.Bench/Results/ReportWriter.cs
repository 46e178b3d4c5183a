using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Bench.Results;

/// <summary>Writes a report as <c>latest.json</c> and <c>latest.html</c> in a folder, or any other report as JSON.</summary>
public static class ReportWriter
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<(string Json, string Html)> WriteAsync(BenchReport report, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "latest.json");
        var html = Path.Combine(folder, "latest.html");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, Options), cancellationToken);
        await File.WriteAllTextAsync(html, HtmlReport.Render(report), cancellationToken);
        return (json, html);
    }

    /// <summary>Writes <paramref name="report"/> as JSON to <paramref name="fileName"/> in <paramref name="folder"/> (made if missing); returns the file's path.</summary>
    public static async Task<string> WriteJsonAsync<TReport>(TReport report, string folder, string fileName, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, fileName);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, Options), cancellationToken);
        return file;
    }
}
