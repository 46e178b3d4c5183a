namespace Network.Testing.Namespaces;

/// <summary>
/// An exclusive lock of the whole machine under a name (an advisory lock on a file in /run/lock,
/// which .NET takes for <see cref="FileShare.None"/>): for tests that change machine-wide state
/// such as network namespaces and bridges under fixed names, so that two test runs on one machine
/// (two checkouts) take turns instead of removing each other's. The kernel releases it when the
/// process dies, so a crashed run leaves no stale lock.
/// </summary>
public sealed class MachineLock : IDisposable
{
    private readonly FileStream _file;

    private MachineLock(FileStream file) => _file = file;

    /// <summary>Takes the lock, polling while another process holds it, for at most <paramref name="timeout"/>.</summary>
    public static async Task<MachineLock> TakeAsync(string name, TimeSpan timeout)
    {
        var folder = Directory.Exists("/run/lock") ? "/run/lock" : Path.GetTempPath();
        var path = Path.Combine(folder, name + ".lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new MachineLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another run holds it: look again shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Another process held the machine lock {path} for more than {timeout} (another test run using the same network namespaces?).", e);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
