using Marketplace.Application.Common;

namespace Marketplace.Application.Moderation;

/// <summary>
/// How a proposed value is written, so the page can show names instead of stored codes:
/// <see cref="Code"/> is one code named by the resource "<c>{Field}.{code}</c>"; <see cref="CodedNumbers"/>
/// is lines of "<c>code: number</c>" with codes named the same way.
/// </summary>
public enum ChangeShape
{
    Text,
    Code,
    CodedNumbers,
}
