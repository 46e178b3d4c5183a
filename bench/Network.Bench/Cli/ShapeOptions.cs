using Network.Bench.Generation;

namespace Network.Bench.Cli;

/// <summary>The network shape a command line asks for: a preset, with any parameter overridden.</summary>
public static class ShapeOptions
{
    public static (string Preset, NetworkShape Shape) From(CommandLine line)
    {
        var preset = line.Text("preset", "county");
        var p = NetworkShape.Preset(preset);
        var shape = new NetworkShape(
            line.Int("cities", p.Cities),
            line.Double("townships-per-city", p.TownshipsPerCity),
            line.Double("villages-per-township", p.VillagesPerTownship),
            line.Int("windows", p.WindowsPerPoint),
            line.Int("items", p.ItemsPerPoint),
            line.Int("seed", p.Seed));
        shape.Validate();
        return (preset, shape);
    }
}
