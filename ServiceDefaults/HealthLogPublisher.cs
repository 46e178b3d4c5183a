using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults;

/// <summary>
/// For a host without an HTTP endpoint (the silo): the periodic health report goes to the log,
/// once per change of status, so an operator sees when the silo loses or regains PostgreSQL.
/// </summary>
public sealed class HealthLogPublisher(ILogger<HealthLogPublisher> logger) : IHealthCheckPublisher
{
    private HealthStatus? _last;

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        if (_last != report.Status)
        {
            _last = report.Status;
            var level = report.Status == HealthStatus.Healthy ? LogLevel.Information : LogLevel.Warning;
            logger.Log(level, "Health {Status}: {Entries}", report.Status, string.Join("; ", report.Entries.Select(e => $"{e.Key} {e.Value.Status} {e.Value.Description}")));
        }

        return Task.CompletedTask;
    }
}
