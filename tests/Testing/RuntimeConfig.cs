using System.Text.Json;

namespace Network.Testing;

/// <summary>The runtime settings a project's build ships with: what <c>dotnet X.dll</c> starts with.</summary>
public static class RuntimeConfig
{
    /// <summary>The <c>configProperties</c> of a project's built <c>*.runtimeconfig.json</c> (<paramref name="projectFolder"/> from the repository root).</summary>
    public static JsonElement Settings(string projectFolder, string assembly)
    {
        var path = Path.Combine(RepoPaths.Root, projectFolder, "bin", RepoPaths.Configuration, "net10.0", assembly + ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
