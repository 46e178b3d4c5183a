using System.Diagnostics;
using System.Net;

namespace Network.Testing.Namespaces;

/// <summary>
/// Machines on one network, made of Linux network namespaces: one namespace per host, each joined
/// to a bridge in this (the root) namespace by a veth pair, its end inside named <c>eth0</c> with
/// the host's address; the bridge itself has an address too, so processes of this namespace (the
/// test, its PostgreSQL) are one more machine on that network. Every name starts with a prefix,
/// and whatever carries the prefix is removed first (the leftovers of a run that crashed) and at
/// the end. Needs root and iproute2: without them <see cref="CreateAsync"/> throws saying so.
/// </summary>
public sealed class NamespaceNetwork : IAsyncDisposable
{
    private const int MaxInterfaceName = 15;
    private readonly string _prefix;
    private readonly MachineLock _lock;

    private NamespaceNetwork(string prefix, MachineLock machineLock, IPAddress bridgeAddress, IReadOnlyDictionary<string, NetworkHost> hosts)
    {
        _prefix = prefix;
        _lock = machineLock;
        BridgeAddress = bridgeAddress;
        Hosts = hosts;
    }

    /// <summary>This namespace's own address on the network (the bridge's).</summary>
    public IPAddress BridgeAddress { get; }

    /// <summary>The hosts by the short names they were asked for.</summary>
    public IReadOnlyDictionary<string, NetworkHost> Hosts { get; }

    /// <summary>
    /// Makes the network <paramref name="prefix"/>-br with <paramref name="bridgeAddress"/>/<paramref name="prefixLength"/>
    /// and a namespace <paramref name="prefix"/>-{name} for each host; waits up to <paramref name="lockTimeout"/>
    /// while another run on this machine holds the same prefix.
    /// </summary>
    public static async Task<NamespaceNetwork> CreateAsync(
        string prefix, IPAddress bridgeAddress, int prefixLength, IReadOnlyDictionary<string, IPAddress> hosts, TimeSpan lockTimeout)
    {
        var names = hosts.Keys.Select(name => $"{prefix}-{name}").Append($"{prefix}-br").ToList();
        if (names.FirstOrDefault(n => n.Length > MaxInterfaceName) is { } tooLong)
        {
            throw new ArgumentException($"'{tooLong}' is longer than an interface name may be ({MaxInterfaceName} characters).", nameof(hosts));
        }

        await RequireNamespacesAsync();
        var machineLock = await MachineLock.TakeAsync($"network-netns-{prefix}", lockTimeout);
        var network = new NamespaceNetwork(
            prefix,
            machineLock,
            bridgeAddress,
            hosts.ToDictionary(h => h.Key, h => new NetworkHost($"{prefix}-{h.Key}", h.Value)));
        try
        {
            await network.RemoveAllAsync();
            await network.RequireFreeSubnetAsync(prefixLength);
            await network.BuildAsync(prefixLength);
            return network;
        }
        catch (Exception e)
        {
            // Removing what was made may fail for the same reason; the first failure is the one to tell.
            await network.DisposeQuietlyAsync();
            if (e is InvalidOperationException && e.Message.StartsWith("ip ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Could not make the test network of network namespaces (root with the CAP_SYS_ADMIN and CAP_NET_ADMIN capabilities is needed, as on a normal root shell): {e.Message}", e);
            }

            throw;
        }
    }

    /// <summary>Stops whatever still runs in the namespaces and removes them, their links and the bridge.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RemoveAllAsync();
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private async Task DisposeQuietlyAsync()
    {
        try
        {
            await DisposeAsync();
        }
        catch (InvalidOperationException)
        {
            // Reported by the caller's own failure.
        }
        catch (TimeoutException)
        {
            // Likewise.
        }
    }

    /// <summary>
    /// Fails at once, and says why, when this machine cannot make network namespaces: a test of a
    /// cluster across hosts must not pass without having run on several hosts.
    /// </summary>
    private static async Task RequireNamespacesAsync()
    {
        const string needs = "The cluster-across-hosts test needs Linux network namespaces: run it as root on Linux with iproute2 installed (the 'ip' command; Debian package 'iproute2').";
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException($"{needs} This is {Environment.OSVersion}.");
        }

        if (!Environment.IsPrivilegedProcess)
        {
            throw new UnauthorizedAccessException($"{needs} This process runs as '{Environment.UserName}', not root.");
        }

        if (!IpCommand.IsInstalled)
        {
            throw new InvalidOperationException($"{needs} No 'ip' executable was found on PATH or in /usr/sbin, /sbin.");
        }
    }

    private async Task BuildAsync(int prefixLength)
    {
        var bridge = $"{_prefix}-br";
        await Ip("link", "add", bridge, "type", "bridge");
        await Ip("addr", "add", $"{BridgeAddress}/{prefixLength}", "dev", bridge);
        await Ip("link", "set", bridge, "up");
        foreach (var host in Hosts.Values)
        {
            // The namespace's and the host end's names are the same: they live in separate name spaces.
            await Ip("netns", "add", host.Namespace);
            await Ip("link", "add", host.Namespace, "type", "veth", "peer", "name", "eth0", "netns", host.Namespace);
            await Ip("link", "set", host.Namespace, "master", bridge, "up");
            await Ip("-n", host.Namespace, "addr", "add", $"{host.Address}/{prefixLength}", "dev", "eth0");
            await Ip("-n", host.Namespace, "link", "set", "eth0", "up");
            await Ip("-n", host.Namespace, "link", "set", "lo", "up");
        }
    }

    /// <summary>Removes every namespace and link whose name carries the prefix, killing what runs inside first.</summary>
    private async Task RemoveAllAsync()
    {
        var owned = $"{_prefix}-";
        var namespaces = (await IpCommand.RunAsync("netns", "list"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ')[0])
            .Where(name => name.StartsWith(owned, StringComparison.Ordinal));
        foreach (var name in namespaces)
        {
            await KillProcessesInAsync(name);
            await IpCommand.TryRunAsync("netns", "del", name);
        }

        // The host ends of the veth pairs go with their namespaces; the bridge is removed here.
        foreach (var link in await LinksAsync())
        {
            await IpCommand.TryRunAsync("link", "del", link);
        }

        await WaitUntilLinksGoneAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The links of this namespace whose names carry the prefix.</summary>
    private async Task<List<string>> LinksAsync() =>
        // "5: nwct-br: <BROADCAST,..." or "7: nwct-s1@if2: ...": the name before ':' or '@'.
        (await IpCommand.RunAsync("-o", "link", "show"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 3) is [_, var name, _] ? name.Trim().Split('@')[0] : "")
            .Where(name => name.StartsWith($"{_prefix}-", StringComparison.Ordinal))
            .ToList();

    /// <summary>Processes left in a namespace (by a run that crashed, or still running): killed by their ids.</summary>
    private static async Task KillProcessesInAsync(string name)
    {
        var pids = (await IpCommand.RunAsync("netns", "pids", name))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId);
        foreach (var pid in pids)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (ArgumentException)
            {
                // It ended by itself meanwhile.
            }
        }
    }

    /// <summary>The network's addresses must not be in use elsewhere on this machine (routing would be ambiguous).</summary>
    private async Task RequireFreeSubnetAsync(int prefixLength)
    {
        var ours = Subnet.Of(BridgeAddress, prefixLength);
        foreach (var line in (await IpCommand.RunAsync("-o", "-4", "addr", "show")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // "2: eth0    inet 192.0.2.2/24 brd ..."
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var inet = Array.IndexOf(fields, "inet");
            if (inet > 0 && inet + 1 < fields.Length && Subnet.TryParse(fields[inet + 1], out var other) && other.Overlaps(ours))
            {
                throw new InvalidOperationException($"{ours} is already used on this machine ({line.Trim()}); the test network needs it to itself.");
            }
        }
    }

    /// <summary>Removing a namespace frees its links in the background: waits until none of ours is listed.</summary>
    private async Task WaitUntilLinksGoneAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await LinksAsync() is { Count: > 0 } left)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Links {string.Join(", ", left)} were still there {timeout} after their removal.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static Task<string> Ip(params string[] arguments) => IpCommand.RunAsync(arguments);
}
