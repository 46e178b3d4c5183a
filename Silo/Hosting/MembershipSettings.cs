using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Network.Silo.Hosting;

/// <summary>
/// How fast the silos declare a dead silo dead: Orleans' <see cref="ClusterMembershipOptions"/>,
/// with this project's defaults, each overridable under <c>Orleans:Membership</c> (e.g.
/// <c>Orleans__Membership__ProbeTimeout=00:00:05</c>).
/// <para>
/// <see cref="ClusterMembershipOptions.ProbeTimeout"/> is 2 s instead of Orleans' 5 s. A silo is
/// suspected after <see cref="ClusterMembershipOptions.NumMissedProbesLimit"/> (3) missed probes
/// and declared dead on 2 votes; probes go out once per effective timeout, which adapts to the
/// measured round trips between 1 s and 8 s (half and four times the setting). With 5 s a killed
/// silo was declared dead after 5.7-6.8 s (docs/fault-test.md), longer than a request's 5 s budget,
/// so a request whose grain was on it could only end with 503; with 2 s it is dead after about
/// 2-3 s and the gateway's retry reaches the grain's new activation within the budget.
/// </para>
/// <para>
/// Not lower: a silo that is only slow (a long GC, a starved machine) must not be voted out, which
/// shuts it down. Orleans guards that on its own (a busy connection suppresses votes, a degraded
/// prober lengthens its timeouts, a suspect is also probed through another silo), and a silo must
/// then miss 3 probes of at least 1 s each in a row. Orleans' <c>ProbeTimeout</c> of 5 s remains the
/// choice where pauses of several seconds are normal.
/// </para>
/// </summary>
public static class MembershipSettings
{
    public const string Section = "Orleans:Membership";

    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = ProbeTimeout);
        services.Configure<ClusterMembershipOptions>(configuration.GetSection(Section));
    }
}
