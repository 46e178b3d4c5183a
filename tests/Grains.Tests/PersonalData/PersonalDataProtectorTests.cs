using System.Security.Cryptography;
using System.Text;
using Network.Grains.PersonalData;

namespace Network.Grains.Tests.PersonalData;

/// <summary>
/// The protector's output is stored: sealed text must open with any build that has the key, and the
/// keyed lookups must stay the values the database already holds. These tests compute both from the
/// published scheme (HKDF-SHA256 per purpose, AES-256-GCM, HMAC-SHA256) independently of the class.
/// </summary>
public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] Key = Enumerable.Range(1, PersonalDataKeys.KeyBytes).Select(i => (byte)i).ToArray();

    private static byte[] Derived(string info) => HKDF.DeriveKey(HashAlgorithmName.SHA256, Key, 32, info: Encoding.UTF8.GetBytes(info));

    private static string KeyId => Convert.ToHexStringLower(SHA256.HashData(Key))[..8];

    /// <summary>Opens sealed text by the scheme alone: pd1.{key id}.{base64(nonce ‖ tag ‖ ciphertext)}, the "pd1.{id}" as associated data.</summary>
    private static string OpenByScheme(string sealedText)
    {
        var parts = sealedText.Split('.');
        Assert.Equal(["pd1", KeyId], parts[..2]);
        var bytes = Convert.FromBase64String(parts[2]);
        var text = new byte[bytes.Length - 28];
        using var aes = new AesGcm(Derived("network personal data sealing"), 16);
        aes.Decrypt(bytes.AsSpan(0, 12), bytes.AsSpan(28), bytes.AsSpan(12, 16), text, Encoding.ASCII.GetBytes("pd1." + KeyId));
        return Encoding.UTF8.GetString(text);
    }

    [Theory]
    [InlineData("王秀英")]
    [InlineData("")]
    [InlineData("{\"name\":\"欧阳秀英\",\"residentId\":\"110101199003074477\",\"phone\":\"13800138000\"}")]
    public void Sealed_text_keeps_its_stored_form_and_opens_by_the_scheme(string plaintext)
    {
        var protector = new PersonalDataProtector([Key]);
        var fromText = protector.Seal(plaintext);
        var fromBytes = protector.Seal(Encoding.UTF8.GetBytes(plaintext));
        Assert.Equal(plaintext, OpenByScheme(fromText));
        Assert.Equal(plaintext, OpenByScheme(fromBytes));
        Assert.Equal(plaintext, protector.Open(fromBytes));
        Assert.NotEqual(fromText, protector.Seal(plaintext));
    }

    [Fact]
    public void A_long_text_is_sealed_whole()
    {
        var protector = new PersonalDataProtector([Key]);
        var plaintext = string.Concat(Enumerable.Repeat("委托代办说明。", 400));
        Assert.Equal(plaintext, OpenByScheme(protector.Seal(plaintext)));
        Assert.Equal(plaintext, protector.Open(protector.Seal(Encoding.UTF8.GetBytes(plaintext))));
    }

    [Fact]
    public async Task Seals_made_on_many_threads_at_once_each_open_to_their_own_text()
    {
        // The sealing context is kept per thread: were it shared, concurrent seals would corrupt each other.
        var protector = new PersonalDataProtector([Key]);
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(t => Task.Run(() =>
            Enumerable.Range(0, 500).Select(i => ($"居民{t}-{i}", protector.Seal($"居民{t}-{i}"))).ToArray())));
        foreach (var (plaintext, sealedText) in results.SelectMany(r => r))
        {
            Assert.Equal(plaintext, OpenByScheme(sealedText));
        }
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 110101199003074477 ")]
    [InlineData("91330000MA2XXXXX0Q")]
    public void The_keyed_lookups_keep_the_values_stored_by_earlier_builds(string residentId)
    {
        var protector = new PersonalDataProtector([Key]);
        var upper = residentId.Trim().ToUpperInvariant();
        Assert.Equal(
            Convert.ToHexStringLower(HMACSHA256.HashData(Derived("network resident id lookup"), Encoding.ASCII.GetBytes(upper))),
            protector.Lookup(residentId));
        Assert.Equal(
            Convert.ToHexStringLower(HMACSHA256.HashData(Derived("network resident id tail lookup"), Encoding.ASCII.GetBytes(upper[^4..])).AsSpan(0, 16)),
            protector.ResidentIdTailLookup(residentId));
        Assert.Equal(
            Convert.ToHexStringLower(HMACSHA256.HashData(Derived("network citizen name lookup"), Encoding.UTF8.GetBytes("欧阳秀英"))).AsSpan(0, 32).ToString(),
            protector.NameLookup(" 欧阳 秀英 "));
    }
}
