namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Who runs the site and how to reach them, as the About, Terms, Privacy and Contact pages say it
/// (configuration section <c>Site</c>): an operator's deployment sets its own name and address.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string OperatorEn { get; set; } = "the Marketplace operations team";

    public string OperatorZh { get; set; } = "Marketplace 运营团队";

    public string ContactEmail { get; set; } = "contact@marketplace.local";

    public string Operator(bool chinese) => chinese ? OperatorZh : OperatorEn;
}
