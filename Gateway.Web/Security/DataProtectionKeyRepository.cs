using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Network.Gateway.Data;

namespace Network.Gateway.Security;

/// <summary>Data protection keys in PostgreSQL (table <c>data_protection_key</c>), shared by all gateways.</summary>
public sealed class DataProtectionKeyRepository(GatewayDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = database.DataSource.CreateCommand("SELECT xml FROM data_protection_key ORDER BY created_at");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = database.DataSource.CreateCommand(
            "INSERT INTO data_protection_key (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING");
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
