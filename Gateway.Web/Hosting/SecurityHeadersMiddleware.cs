namespace Network.Gateway.Hosting;

/// <summary>
/// The headers every response carries, whatever produced it (a page, a script, an API answer, a
/// problem document written after an exception): the pages run only the gateway's own scripts and
/// styles and talk only to the gateway (<see cref="ContentSecurityPolicy"/>), no other site may
/// frame them, the browser does not guess content types, and no address leaks in a Referer.
/// Set when the response starts, so an exception handler that clears the headers cannot drop them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// No inline script or style and no eval: the pages load their scripts and the stylesheet from
    /// the gateway, and set computed styles through the CSSOM (which CSP does not restrict).
    /// <c>connect-src 'self'</c> covers fetch and the SignalR WebSocket of the same host (CSP3).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
