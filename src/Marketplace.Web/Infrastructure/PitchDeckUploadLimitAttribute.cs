using Marketplace.Application.Projects;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Caps a pitch-deck upload's request at the configured deck size plus room for the form around it
/// (what [RequestSizeLimit] and [RequestFormLimits] do, with a limit read from configuration). A
/// deck a little over the limit reaches the use case and is refused at its field; a much bigger
/// request is cut off by the server (413) before it is read into memory.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PitchDeckUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>The multipart envelope, the anti-forgery token and a file a little over the limit.</summary>
    public const long Slack = 1024 * 1024;

    // Before the anti-forgery filter (which reads the form) and model binding.
    public int Order => -3000;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<PitchDeckLimits>().MaxBytes + Slack);

    private sealed class Filter(long limit) : IAuthorizationFilter, IOrderedFilter
    {
        public int Order => -3000;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = limit;
            if (features.Get<IFormFeature>()?.Form is null)
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions
                {
                    MultipartBodyLengthLimit = limit,
                }));
        }
    }
}
