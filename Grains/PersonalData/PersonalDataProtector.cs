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
    // The current key's "pd1.{id}" (the associated data of each seal, and the sealed text's head).
    private readonly byte[] _currentAssociated;
    // One AES-GCM context per thread for the current key: its key schedule is made once per thread,
    // not once per seal (an AesGcm instance is not safe for concurrent use, so it is never shared).
    private readonly ThreadLocal<AesGcm> _currentAes;
    private readonly byte[] _lookup;
    private readonly byte[] _nameLookup;
    private readonly byte[] _tailLookup;

    /// <param name="keys">The current key first, then retired ones (<see cref="PersonalDataKeys.Load"/>).</param>
    public PersonalDataProtector(IReadOnlyList<byte[]> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("At least the current key is needed.", nameof(keys));
        }

        _sealing = keys.Select(k => (KeyId(k), HKDF.DeriveKey(HashAlgorithmName.SHA256, k, 32, info: "network personal data sealing"u8.ToArray()))).ToArray();
        _currentAssociated = Associated(_sealing[0].Id);
        var currentKey = _sealing[0].Key;
        _currentAes = new ThreadLocal<AesGcm>(() => new AesGcm(currentKey, TagBytes));
        _lookup = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys[0], 32, info: "network resident id lookup"u8.ToArray());
        _nameLookup = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys[0], 32, info: "network citizen name lookup"u8.ToArray());
        _tailLookup = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys[0], 32, info: "network resident id tail lookup"u8.ToArray());
    }

    /// <summary>A sealed form of <paramref name="plaintext"/>; sealing the same text twice gives two different forms.</summary>
    public string Seal(string plaintext)
    {
        var most = Encoding.UTF8.GetMaxByteCount(plaintext.Length);
        if (most > 256)
        {
            return Seal(Encoding.UTF8.GetBytes(plaintext));
        }

        Span<byte> utf8 = stackalloc byte[most];
        return Seal(utf8[..Encoding.UTF8.GetBytes(plaintext, utf8)]);
    }

    /// <summary>A sealed form of the UTF-8 text <paramref name="utf8"/> (as <see cref="Seal(string)"/>, without the string first).</summary>
    public string Seal(ReadOnlySpan<byte> utf8)
    {
        var length = NonceBytes + TagBytes + utf8.Length;
        var rented = length <= 512 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        Span<byte> sealedBytes = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        try
        {
            var nonce = sealedBytes[..NonceBytes];
            RandomNumberGenerator.Fill(nonce);
            _currentAes.Value!.Encrypt(nonce, utf8, sealedBytes[(NonceBytes + TagBytes)..], sealedBytes.Slice(NonceBytes, TagBytes), _currentAssociated);
            // "pd1.{id}." then the base64 of nonce ‖ tag ‖ ciphertext, written once into the string.
            var head = _currentAssociated.Length + 1;
            var textLength = head + ((length + 2) / 3 * 4);
            var rentedChars = textLength <= 1024 ? null : System.Buffers.ArrayPool<char>.Shared.Rent(textLength);
            Span<char> chars = rentedChars is null ? stackalloc char[textLength] : rentedChars.AsSpan(0, textLength);
            Encoding.ASCII.GetChars(_currentAssociated, chars);
            chars[head - 1] = '.';
            Convert.TryToBase64Chars(sealedBytes, chars[head..], out _);
            var text = new string(chars);
            if (rentedChars is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rentedChars);
            }

            return text;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
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
        Keyed(_lookup, residentId.Trim().ToUpperInvariant(), Encoding.ASCII, 32);

    /// <summary>
    /// The lookup value of a citizen's whole name (<see cref="NormalizeName"/>), for exact searches by
    /// name: 32 hex digits (a truncated HMAC-SHA256 under its own key). Equal names give equal values,
    /// so the database shows which matters share a name, never the name.
    /// </summary>
    public string NameLookup(string name) =>
        Keyed(_nameLookup, NormalizeName(name), Encoding.UTF8, 16);

    /// <summary>
    /// The lookup value of the last four characters of a resident ID number (upper case), for the
    /// clerk's "last four" search: 32 hex digits under its own key. Only 11,000 tails exist, so this
    /// value narrows a search; it identifies no one (see docs/reports.md).
    /// </summary>
    public string ResidentIdTailLookup(string residentIdOrTail)
    {
        var text = residentIdOrTail.Trim().ToUpperInvariant();
        return Keyed(_tailLookup, text.Length >= 4 ? text.AsSpan()[^4..] : text, Encoding.ASCII, 16);
    }

    /// <summary>The first <paramref name="take"/> bytes of HMAC-SHA256 under <paramref name="key"/> of the text's bytes, as lower-case hex (no array but the string).</summary>
    private static string Keyed(byte[] key, ReadOnlySpan<char> text, Encoding encoding, int take)
    {
        var most = encoding.GetMaxByteCount(text.Length);
        var rented = most <= 256 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(most);
        Span<byte> bytes = rented is null ? stackalloc byte[most] : rented.AsSpan(0, most);
        var count = encoding.GetBytes(text, bytes);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, bytes[..count], mac);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(mac[..take]);
    }

    /// <summary>A name as it is compared: compatibility-normalised (full-width letters become ASCII), without white space, upper case.</summary>
    public static string NormalizeName(string name)
    {
        var normal = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string KeyId(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];

    private static byte[] Associated(string keyId) => Encoding.ASCII.GetBytes(Prefix + "." + keyId);
}
