using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Network.Gateway.Hosting;

/// <summary>Refuses request bodies over <see cref="GatewayOptions.MaxRequestBodyBytes"/> (an upload: <see cref="GatewayOptions.MaxUploadBytes"/>) with 413, on any server.</summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var max = Endpoints.OnlineFilingEndpoints.IsUpload(context.Request) ? options.Value.MaxUploadBytes : options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > max)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        return next(context);
    }
}
