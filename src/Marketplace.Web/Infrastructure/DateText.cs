using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Marketplace.Web.Infrastructure;

/// <summary>A formatted date or time: a &lt;time&gt; element on a page, its text anywhere else (string.Format, concatenation).</summary>
public sealed class DateText(string text, string machine, string? zone) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write("<time datetime=\"");
        encoder.Encode(writer, machine);
        if (zone is not null)
        {
            writer.Write("\" title=\"");
            encoder.Encode(writer, zone);
        }
        writer.Write("\">");
        encoder.Encode(writer, text);
        writer.Write("</time>");
    }

    public override string ToString() => text;
}
