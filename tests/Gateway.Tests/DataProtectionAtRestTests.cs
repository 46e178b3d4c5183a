using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Network.Gateway.Data;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Gateway.Tests.Infrastructure;
using Npgsql;

namespace Network.Gateway.Tests;

/// <summary>
/// The data-protection keys (they sign and encrypt every session cookie and bearer token) are
/// kept in PostgreSQL wrapped with a certificate's public key: the database alone reads nothing.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class DataProtectionAtRestTests(GatewayFixture fx)
{
    [Fact]
    public async Task The_gateways_keys_are_stored_wrapped_with_its_certificate_never_in_clear()
    {
        using var clerk = await fx.As(Demo.TownClerkA);

        await using var connection = new NpgsqlConnection(fx.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_key", connection);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(rows);
        Assert.All(rows, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_key_ring_is_read_only_with_the_certificate_that_wrapped_it_or_a_retired_one_named_in_configuration()
    {
        var database = await fx.Database.CreateDatabaseAsync();
        var folders = Enumerable.Range(0, 2).Select(_ => Path.Combine(Path.GetTempPath(), "dp-" + Guid.NewGuid().ToString("N"))).ToArray();
        try
        {
            var first = DataProtectionCertificates.Load(new DataProtectionSettings { CertificateFolder = folders[0] });
            var second = DataProtectionCertificates.Load(new DataProtectionSettings { CertificateFolder = folders[1] });
            Assert.NotEqual(first.Current.Thumbprint, second.Current.Thumbprint);
            // The same folder gives the same certificate: gateways of one machine share it.
            Assert.Equal(first.Current.Thumbprint, DataProtectionCertificates.Load(new DataProtectionSettings { CertificateFolder = folders[0] }).Current.Thumbprint);

            var secret = Protector(database, first).Protect("session of c-510682101-civil-affairs-a");

            Assert.Equal("session of c-510682101-civil-affairs-a", Protector(database, first).Unprotect(secret));
            Assert.ThrowsAny<CryptographicException>(() => Protector(database, second).Unprotect(secret));

            // A gateway moved to a new certificate still reads keys wrapped with its retired one.
            var retiredPem = Path.Combine(folders[0], "current", "certificate.pem");
            File.Copy(Path.Combine(folders[0], "current", "key.pem"), Path.ChangeExtension(retiredPem, ".key"));
            var rotated = DataProtectionCertificates.Load(new DataProtectionSettings { CertificateFolder = folders[1], RetiredCertificatePaths = [retiredPem] });
            Assert.Equal("session of c-510682101-civil-affairs-a", Protector(database, rotated).Unprotect(secret));
        }
        finally
        {
            foreach (var folder in folders.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A data-protection stack as the gateway builds it (its application name, its key store, its certificates), fresh each time.</summary>
    private static IDataProtector Protector(string connectionString, DataProtectionCertificates certificates)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new GatewayDatabase(NpgsqlDataSource.Create(connectionString)));
        services.AddSingleton<DataProtectionKeyRepository>();
        services.AddDataProtection()
            .SetApplicationName("convenience-network-gateway")
            .ProtectKeysWithCertificate(certificates.Current)
            .UnprotectKeysWithAnyCertificate([.. certificates.All]);
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeyRepository>((o, repository) => o.XmlRepository = repository);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }
}
