using System.Reflection;

namespace Network.Testing;

/// <summary>Finds the repository's files from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string SiloDll => Path.Combine(Root, "Silo", "bin", Configuration, "net10.0", "Network.Silo.dll");

    public static string DemoNetwork => Path.Combine(Root, "data", "demo-network.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Network.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Network.sln was not found above " + AppContext.BaseDirectory);
    }
}
