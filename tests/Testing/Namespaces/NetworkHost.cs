using System.Diagnostics;
using System.Net;

namespace Network.Testing.Namespaces;

/// <summary>
/// A Linux network namespace standing for a machine of its own (made by <see cref="NamespaceNetwork"/>):
/// its name and its one address on the test network. A process placed on it is started with
/// <c>ip netns exec</c>, so it sees only that namespace's interfaces and ports, and its loopback
/// reaches no process of another host.
/// </summary>
public sealed record NetworkHost(string Namespace, IPAddress Address)
{
    /// <summary>How to start <paramref name="program"/> inside the namespace; the caller adds its arguments.</summary>
    public ProcessStartInfo StartInfo(string program)
    {
        var start = new ProcessStartInfo(IpCommand.Path);
        foreach (var argument in (string[])["netns", "exec", Namespace, program])
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>The TCP connections established in the namespace now (<c>ss</c>, run inside it).</summary>
    public async Task<IReadOnlyList<TcpConnection>> ConnectionsAsync()
    {
        var lines = await IpCommand.RunAsync("netns", "exec", Namespace, "ss", "-tnH", "state", "established");
        return lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(TcpConnection.Parse).OfType<TcpConnection>().ToList();
    }

    public override string ToString() => $"{Namespace} ({Address})";
}
