using Marketplace.Application.Common;

namespace Marketplace.Application.Moderation;

/// <summary>
/// One field of a moderation request: <see cref="Field"/> names it (a "Field.*" resource key without the prefix);
/// <see cref="Shape"/> says how the reviewer's page reads its values.
/// </summary>
public sealed record ProposedChange(string Field, string? Current, string? Proposed, ChangeShape Shape = ChangeShape.Text);
