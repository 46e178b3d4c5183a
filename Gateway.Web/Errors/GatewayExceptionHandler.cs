using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Errors;
using Orleans.Runtime;

namespace Network.Gateway.Errors;

/// <summary>
/// Turns every exception into a problem document: refusals of the trade by kind, malformed
/// requests as 400, infrastructure failures (database, cluster, timeouts) as 503 with
/// Retry-After (a request whose budget ran out: <c>request.budgetExceeded</c>; a full commit queue:
/// <c>service.busy</c>). Nothing escapes as a bare 500.
/// </summary>
public sealed class GatewayExceptionHandler(
    IProblemDetailsService problems,
    IOptions<GatewayOptions> options,
    ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Classify(exception);
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            logger.LogWarning("Infrastructure unavailable on {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path, Describe(exception));
        }
        else if (status >= 500)
        {
            logger.LogError(exception, "Unexpected failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Writes <paramref name="problem"/> as application/problem+json with the status it names.</summary>
    public async Task WriteAsync(HttpContext httpContext, ProblemDetails problem)
    {
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    public static ProblemDetails Classify(Exception exception) => exception switch
    {
        DomainException e => Problems.FromDomain(e),
        DeadlineExceededException => Problems.Create(503, "request.budgetExceeded", "The request did not finish within its time budget; its outcome is unknown. Retry it with the same Idempotency-Key."),
        CommitQueueFullException => Problems.Create(503, "service.busy", "The service point network is too busy to take this change now; nothing was written. Try again shortly."),
        Security.SignInFailedException e => Problems.Create(e.Status, e.Code, e.Message, e.Field),
        BadHttpRequestException e => BadRequest(e),
        JsonException e => JsonProblem(e),
        ArgumentException e when e is not ArgumentNullException || e.ParamName is not null =>
            Problems.Create(400, "request.invalid", e.Message, e.ParamName is { Length: > 0 } p ? char.ToLowerInvariant(p[0]) + p[1..] : null),
        _ when IsInfrastructure(exception) =>
            Problems.Create(503, "service.unavailable", "The service point network or its database is unavailable right now; try again shortly."),
        _ => Problems.Create(500, "internal", "The request failed unexpectedly; it has been logged."),
    };

    /// <summary>Failures of the database, the network or the cluster, which a retry may get past.</summary>
    public static bool IsInfrastructure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or SocketException or TimeoutException or OrleansException or SiloUnavailableException
                or OperationCanceledException or IOException
                || e.GetType().FullName?.StartsWith("Npgsql", StringComparison.Ordinal) == true
                || e.GetType().FullName?.StartsWith("Orleans", StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        // An exception a grain threw that is not a refusal of the trade (e.g. the silo's storage
        // failed) arrives as some other type; the grains refuse bad input only with DomainException.
        return exception.TargetSite?.DeclaringType?.Assembly.GetName().Name?.StartsWith("Orleans", StringComparison.Ordinal) == true;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            return JsonProblem(json);
        }

        return e.StatusCode switch
        {
            413 => Problems.Create(413, "body.tooLarge", "The request body is larger than the gateway accepts."),
            415 => Problems.Create(415, "body.notJson", "The request body must be JSON (Content-Type: application/json)."),
            _ when e.Message.Contains("body was provided", StringComparison.OrdinalIgnoreCase)
                => Problems.Create(400, "body.required", "A JSON request body is required.", "body"),
            _ => Problems.Create(e.StatusCode is >= 400 and < 500 ? e.StatusCode : 400, "request.invalid", Sanitize(e.Message), ParameterOf(e.Message)),
        };
    }

    private static ProblemDetails JsonProblem(JsonException e)
    {
        var field = FieldOf(e.Path);
        var reason = e.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The value of '{field}' has the wrong type or is not one of the allowed values."
            : e.Message.Contains("missing required properties", StringComparison.Ordinal) || e.Message.Contains("null", StringComparison.OrdinalIgnoreCase)
                ? $"'{field}' is required and may not be null."
                : $"The request body is not valid JSON at '{field}'.";
        if (e.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var start = e.Message.IndexOf("including:", StringComparison.Ordinal);
            var missing = start < 0 ? field : e.Message[(start + "including:".Length)..].Trim().TrimEnd('.').Split(',')[0].Trim().Trim('\'');
            field = string.IsNullOrEmpty(field) || field == "body" ? missing : field + "." + missing;
            reason = $"'{field}' is required.";
        }

        return Problems.Create(400, "body.invalid", reason, field);
    }

    /// <summary>"$.citizen.residentId" → "citizen.residentId"; the whole body → "body".</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string? ParameterOf(string message)
    {
        // "Failed to bind parameter \"int limit\" from \"abc\"."
        var start = message.IndexOf('"');
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (start < 0 || end < 0)
        {
            return null;
        }

        var parameter = message[(start + 1)..end];
        var space = parameter.LastIndexOf(' ');
        return space < 0 ? parameter : parameter[(space + 1)..];
    }

    // Binding messages echo the offending value; keep them short and free of resident ID numbers.
    private static string Sanitize(string message) => message.Length > 300 ? message[..300] : message;

    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 3; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }

        return string.Join(" ← ", parts);
    }
}
