using System.Security.Cryptography;
using System.Text.Json;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.Tests.Rules;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// A command's fingerprint is stored with the matter and compared when the command comes again
/// (a retry after a lost answer, possibly to a silo of another build): it must stay the type's name
/// and the SHA-256 of the command's default JSON, whatever buffer it is computed in.
/// </summary>
public sealed class CommandFingerprintTests
{
    private static string AsStored<T>(T value) =>
        typeof(T).Name + ":" + Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value)));

    [Fact]
    public void A_fingerprint_is_the_type_and_the_hash_of_the_commands_json_as_stored_by_earlier_builds()
    {
        var intake = RuleFixture.Intake(RuleFixture.Allowance, RuleFixture.AllowanceMaterials) with
        {
            Citizen = new Citizen("欧阳秀英", "110101199003074477", "13800138000"),
        };
        Assert.Equal(AsStored(intake), CommandFingerprint.Of(intake));
        var complete = new CompleteCommand(RuleFixture.TownClerk(), "审核通过 <ok> & \"quoted\"");
        Assert.Equal(AsStored(complete), CommandFingerprint.Of(complete));
        var handUp = new HandUpCommand(RuleFixture.VillageClerk(), null, null);
        Assert.Equal(AsStored(handUp), CommandFingerprint.Of(handUp));
    }

    [Fact]
    public void The_buffer_kept_between_fingerprints_carries_nothing_from_one_to_the_next()
    {
        var big = new CompleteCommand(RuleFixture.TownClerk(), new string('办', 40_000));
        var small = new CompleteCommand(RuleFixture.TownClerk(), "审核通过");
        Assert.Equal(AsStored(small), CommandFingerprint.Of(small));
        Assert.Equal(AsStored(big), CommandFingerprint.Of(big));
        Assert.Equal(AsStored(small), CommandFingerprint.Of(small));
        Assert.Equal(CommandFingerprint.Of(small), CommandFingerprint.Of(small));
        Assert.Throws<ArgumentException>(() => CommandFingerprint.Of(new Unwritable()));
        Assert.Equal(AsStored(small), CommandFingerprint.Of(small));
    }

    /// <summary>A value the serializer refuses halfway (a property getter throws): the next fingerprint must not see its half-written JSON.</summary>
    private sealed class Unwritable
    {
        public string First => "written";

        public string Second => throw new ArgumentException("not writable");
    }
}
