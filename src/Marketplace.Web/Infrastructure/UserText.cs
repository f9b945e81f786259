using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Text that users wrote (names, titles, notes) is isolated from the words around it, so an Arabic or
/// Hebrew name, or a stray U+202E, cannot reorder the sentence it stands in or the layout beside it.
/// Views put <c>dir="auto"</c> on the blocks that hold such text and <c>&lt;bdi&gt;</c> round it inline;
/// <see cref="Isolated"/> does the same for a localized sentence with user text in its arguments.
/// </summary>
public static partial class UserText
{
    /// <summary>
    /// <c>localizer[name, arguments]</c> as HTML, with every string argument in a <c>bdi</c> element.
    /// Other arguments (numbers, dates) keep the format their placeholder gives them.
    /// </summary>
    public static IHtmlContent Isolated(this IStringLocalizer localizer, string name, params object?[] arguments) =>
        new IsolatedSentence(localizer[name].Value, arguments);

    private sealed class IsolatedSentence(string pattern, object?[] arguments) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            // Each string argument becomes a marker the encoder never sees, replaced by its bdi afterwards.
            var marked = arguments.Select((a, i) => a is string ? $"\uE000{i}\uE001" : a).ToArray();
            var parts = Marker().Split(string.Format(CultureInfo.CurrentCulture, pattern, marked));
            for (var i = 0; i < parts.Length; i++)
            {
                if (i % 2 == 0)
                {
                    encoder.Encode(writer, parts[i]);
                    continue;
                }
                writer.Write("<bdi>");
                encoder.Encode(writer, (string)arguments[int.Parse(parts[i], CultureInfo.InvariantCulture)]!);
                writer.Write("</bdi>");
            }
        }
    }

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex Marker();
}
