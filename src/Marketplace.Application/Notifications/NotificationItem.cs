using Marketplace.Application.Common;
using Marketplace.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Notifications;

public sealed record NotificationItem(Guid Id, string Kind, IReadOnlyList<string> Arguments, string? Link, DateTime CreatedAt, bool IsRead)
{
    /// <summary>The message in the current language.</summary>
    public string Text => Common.Text.Format("Notification." + Kind, Arguments.Select(NotificationArguments.Read).Cast<object>().ToArray());
}
