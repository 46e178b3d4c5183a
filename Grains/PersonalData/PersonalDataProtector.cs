using System.Security.Cryptography;
using System.Text;

namespace Network.Grains.PersonalData;

/// <summary>
/// Seals personal data for the database with AES-256-GCM (a random 96-bit nonce per seal, the key's
/// id in clear so a retired key can still open it) and gives the keyed lookup value of a resident
/// ID number (HMAC-SHA256), the only form in which an ID number can be searched for. The sealing
/// and lookup keys are derived from the configured key (HKDF-SHA256), one for each purpose.
/// Sealed text: <c>pd1.{key id}.{base64(nonce ‖ tag ‖ ciphertext)}</c>.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Prefix = "pd1";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly (string Id, byte[] Key)[] _sealing;
    private readonly byte[] _lookup;

    /// <param name="keys">The current key first, then retired ones (<see cref="PersonalDataKeys.Load"/>).</param>
    public PersonalDataProtector(IReadOnlyList<byte[]> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("At least the current key is needed.", nameof(keys));
        }

        _sealing = keys.Select(k => (KeyId(k), HKDF.DeriveKey(HashAlgorithmName.SHA256, k, 32, info: "network personal data sealing"u8.ToArray()))).ToArray();
        _lookup = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys[0], 32, info: "network resident id lookup"u8.ToArray());
    }

    /// <summary>A sealed form of <paramref name="plaintext"/>; sealing the same text twice gives two different forms.</summary>
    public string Seal(string plaintext)
    {
        var (id, key) = _sealing[0];
        var text = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceBytes + TagBytes + text.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, text, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), Associated(id));
        return $"{Prefix}.{id}.{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>The text <paramref name="sealedText"/> was sealed from; fails when it was altered or no known key sealed it.</summary>
    public string Open(string sealedText)
    {
        var parts = sealedText.Split('.');
        if (parts.Length != 3 || parts[0] != Prefix)
        {
            throw new CryptographicException("Not sealed personal data.");
        }

        var key = _sealing.FirstOrDefault(k => k.Id == parts[1]).Key
            ?? throw new CryptographicException($"Personal data sealed with key {parts[1]}, which is neither the current key nor a retired one ({PersonalDataOptions.Section}).");
        var sealedBytes = Convert.FromBase64String(parts[2]);
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("Sealed personal data is truncated.");
        }

        var text = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), text, Associated(parts[1]));
        return Encoding.UTF8.GetString(text);
    }

    /// <summary>True for text this class sealed (any key).</summary>
    public static bool IsSealed(string text) => text.StartsWith(Prefix + ".", StringComparison.Ordinal);

    /// <summary>The lookup value of a resident ID number (upper case, trimmed): 64 hex digits.</summary>
    public string Lookup(string residentId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookup, Encoding.ASCII.GetBytes(residentId.Trim().ToUpperInvariant())));

    private static string KeyId(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];

    private static byte[] Associated(string keyId) => Encoding.ASCII.GetBytes(Prefix + "." + keyId);
}
