namespace Marketplace.Application.Common;

public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);
