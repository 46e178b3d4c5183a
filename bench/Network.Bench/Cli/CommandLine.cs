using System.Globalization;

namespace Network.Bench.Cli;

/// <summary>A command word followed by <c>--name value</c> options and <c>--flag</c> switches.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public CommandLine(IReadOnlyList<string> args)
    {
        Command = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0].ToLowerInvariant() : "help";
        for (var i = Command == "help" && (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'; options look like --name value.");
            }

            var name = args[i][2..];
            var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            _options[name] = value;
        }
    }

    public string Command { get; }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Text(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Text(string name, string fallback) => Text(name) ?? fallback;

    public int Int(string name, int fallback) => Text(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Text(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
