using Marketplace.Application.Common;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Arguments are stored as text when the notification is written, but a code (a pass reason, say) must
/// read in the language of whoever opens it, which may not be the writer's: such an argument is
/// stored as a resource key behind a marker and looked up when the notification is shown.
/// </summary>
public static class NotificationArguments
{
    // A control character (information separator one): no name or title a user means to write begins with it.
    private const char Marker = '\u001F';

    public static string Localized(string resourceKey) => Marker + resourceKey;

    public static string Read(string argument) =>
        argument.Length > 1 && argument[0] == Marker ? Common.Text.Find(argument[1..]) ?? argument[1..] : argument;
}
