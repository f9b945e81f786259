using Marketplace.Application.Common;

namespace Marketplace.Application.Funds.Pipeline;

public sealed record DealNoteItem(Guid Id, string AuthorName, DateTime At, string Text);
