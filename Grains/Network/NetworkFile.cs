using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>
/// The data file format of a network (e.g. <c>data/demo-network.json</c>): every point with its
/// windows, proxy agents and catalog (its implementation list), and each city's master catalog.
/// </summary>
public sealed record NetworkFile(IReadOnlyList<NetworkFile.Point> Points)
{
    /// <summary>The cities' master catalogs (基本目录), published before the points' lists that select from them.</summary>
    public IReadOnlyList<MasterCatalog>? MasterCatalogs { get; init; }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static NetworkFile Parse(string json) =>
        JsonSerializer.Deserialize<NetworkFile>(json, Options) ?? throw new FormatException("The network file is empty.");

    public static async Task<NetworkFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<NetworkFile>(stream, Options, cancellationToken)
            ?? throw new FormatException($"{path} is empty.");
    }

    /// <summary>One point of the file.</summary>
    public sealed record Point(
        string Code,
        string Name,
        Tier Tier,
        string? Source,
        IReadOnlyList<WindowDefinition> Windows,
        IReadOnlyList<Clerk>? ProxyAgents,
        IReadOnlyList<ServiceItem>? Items)
    {
        /// <summary>The center's directors, if the file names them.</summary>
        public IReadOnlyList<Clerk>? Directors { get; init; }

        /// <summary>The point's supervisors (纪检, 管委会), if the file names them.</summary>
        public IReadOnlyList<Clerk>? Supervisors { get; init; }

        /// <summary>The center's complaint and supervision phone, if the file names one.</summary>
        public string? SupervisionPhone { get; init; }

        /// <summary>What <c>IServicePointGrain.Define</c> is given for this point.</summary>
        public ServicePointDefinition Definition() =>
            new(Name, Windows ?? [], ProxyAgents ?? []) { Directors = Directors ?? [], Supervisors = Supervisors ?? [], SupervisionPhone = SupervisionPhone };
    }

    /// <summary>A city's master catalog in the file.</summary>
    public sealed record MasterCatalog(string CityCode, IReadOnlyList<ServiceItem> Items);
}
