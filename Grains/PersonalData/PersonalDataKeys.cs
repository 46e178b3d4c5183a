using System.Security.Cryptography;

namespace Network.Grains.PersonalData;

/// <summary>
/// Reads the personal-data key from configuration, or the one this machine made for itself
/// (made once: silos starting together race to move a complete key file into place, and the
/// others read the winner's).
/// </summary>
public static class PersonalDataKeys
{
    public const int KeyBytes = 32;
    private const string KeyFile = "key";

    /// <summary>The current key first, then the retired ones.</summary>
    public static IReadOnlyList<byte[]> Load(PersonalDataOptions options)
    {
        var current = options.Key is { Length: > 0 } configured
            ? Decode(configured, "Key")
            : OwnKey(options.KeyFolder is { Length: > 0 } folder
                ? folder
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".convenience-network", "personal-data"));
        return [current, .. options.RetiredKeys.Select((k, i) => Decode(k, $"RetiredKeys:{i}"))];
    }

    private static byte[] Decode(string base64, string name)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:{name} is not base64.");
        }

        return key.Length == KeyBytes
            ? key
            : throw new InvalidOperationException($"{PersonalDataOptions.Section}:{name} must be {KeyBytes} bytes (base64 of 32 random bytes, e.g. `openssl rand -base64 32`), not {key.Length}.");
    }

    private static byte[] OwnKey(string folder)
    {
        var privateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, privateFolder);
        }

        var path = Path.Combine(folder, KeyFile);
        if (!File.Exists(path))
        {
            var staging = Path.Combine(folder, "staging-" + Guid.NewGuid().ToString("N"));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(staging, System.Text.Encoding.ASCII, options))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            }

            try
            {
                File.Move(staging, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another silo moved its key into place first: use that one.
                File.Delete(staging);
            }
        }

        return Decode(File.ReadAllText(path).Trim(), $"key file {path}");
    }
}
