using Microsoft.Extensions.Configuration;

namespace Network.ServiceDefaults;

/// <summary>
/// The cluster's identity, read the same way by silos and gateways: silos and gateways with the
/// same <c>Orleans:ClusterId</c> and <c>Orleans:ServiceId</c> and the same database form one cluster.
/// </summary>
public sealed record OrleansIdentity(string ClusterId, string ServiceId)
{
    public const string DefaultClusterId = "network-local";
    public const string DefaultServiceId = "convenience-network";

    public static OrleansIdentity From(IConfiguration configuration)
    {
        var orleans = configuration.GetSection("Orleans");
        return new OrleansIdentity(
            string.IsNullOrWhiteSpace(orleans["ClusterId"]) ? DefaultClusterId : orleans["ClusterId"]!,
            string.IsNullOrWhiteSpace(orleans["ServiceId"]) ? DefaultServiceId : orleans["ServiceId"]!);
    }
}
