using Marketplace.Application.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Marketplace.Infrastructure.Links;

/// <summary>
/// App:BaseUrl when it is set. Only without it (development, tests) do links follow the request's host: a forged
/// Host header must not send someone's reset token elsewhere. Outside a request (the CLI, a job) and without
/// App:BaseUrl, the development address.
/// </summary>
public sealed class SiteAddress(IHttpContextAccessor accessor, IConfiguration configuration) : ISiteAddress
{
    public const string Development = "http://localhost:5000";

    public string Root
    {
        get
        {
            var configured = configuration["App:BaseUrl"];
            var request = accessor.HttpContext?.Request;
            if (string.IsNullOrWhiteSpace(configured) && request is not null)
                return $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
            var root = new Uri(string.IsNullOrWhiteSpace(configured) ? Development : configured);
            return $"{root.Scheme}://{root.Authority}{root.AbsolutePath.TrimEnd('/')}";
        }
    }
}
