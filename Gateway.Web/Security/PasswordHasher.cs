using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashes (ASP.NET Core's <see cref="KeyDerivation"/>) with a per-hash
/// random salt, stored as <c>pbkdf2-sha256${iterations}${salt}${hash}</c> (base64). New hashes use
/// <c>Gateway:PasswordIterations</c> (default <see cref="OwaspIterations"/>); a stored hash with fewer
/// iterations still verifies and is reported as <see cref="PasswordCheck.RightButWeak"/>, so the
/// sign-in stores a new one.
/// </summary>
public sealed class PasswordHasher
{
    /// <summary>OWASP's recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet).</summary>
    public const int OwaspIterations = 600_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Scheme = "pbkdf2-sha256";
    private readonly Lazy<string> _decoy;

    public PasswordHasher(IOptions<GatewayOptions> options)
    {
        Iterations = options.Value.PasswordIterations;
        if (Iterations < 1)
        {
            throw new InvalidOperationException("Gateway:PasswordIterations must be at least 1.");
        }

        _decoy = new Lazy<string>(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    /// <summary>The iterations of the hashes this gateway makes.</summary>
    public int Iterations { get; }

    /// <summary>A hash of a random password, verified against when the account does not exist (equal timing).</summary>
    public string Decoy => _decoy.Value;

    public string Hash(string password) => Hash(password, Iterations);

    /// <summary>A hash with an explicit iteration count (the tests make old, weaker hashes with it).</summary>
    public static string Hash(string password, int iterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, iterations, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>The iteration count a stored hash carries, or null when it is not one of ours.</summary>
    public static int? IterationsOf(string stored)
    {
        var parts = stored.Split('$');
        return parts.Length == 4 && parts[0] == Scheme && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
    }

    public PasswordCheck Verify(string password, string stored)
    {
        if (IterationsOf(stored) is not { } iterations)
        {
            return PasswordCheck.Wrong;
        }

        var parts = stored.Split('$');
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return PasswordCheck.Wrong;
        }

        var actual = KeyDerivation.Pbkdf2(password ?? string.Empty, salt, KeyDerivationPrf.HMACSHA256, iterations, expected.Length);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordCheck.Wrong;
        }

        return iterations < Iterations ? PasswordCheck.RightButWeak : PasswordCheck.Right;
    }
}
