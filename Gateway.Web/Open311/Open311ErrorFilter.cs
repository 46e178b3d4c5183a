using Network.Gateway.Errors;

namespace Network.Gateway.Open311;

/// <summary>
/// Answers every failure of an Open311 route in Open311's own error format (<c>[{code, description}]</c>
/// or <c>errors/error</c>, in the format the path names), with the HTTP status as the code: the
/// grains' refusals and bad input alike, never a problem document and never a 500 body.
/// </summary>
public sealed class Open311ErrorFilter(ILogger<Open311ErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var format = context.HttpContext.GetRouteValue("format") as string;
        if (!Open311Writer.Knows(format))
        {
            return Open311Writer.Error(Open311Writer.Json, StatusCodes.Status404NotFound, "The format is json or xml, e.g. services.json or services.xml.");
        }

        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var problem = GatewayExceptionHandler.Classify(e);
            var status = problem.Status ?? StatusCodes.Status500InternalServerError;
            if (status >= 500)
            {
                logger.LogWarning(e, "Open311 {Path} failed", context.HttpContext.Request.Path);
            }

            return Open311Writer.Error(format!, status, problem.Detail ?? problem.Title ?? "The request failed.");
        }
    }
}
