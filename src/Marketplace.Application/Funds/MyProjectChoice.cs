using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Funds;

public sealed record MyProjectChoice(Guid Id, LocalizedText Title, ModerationState State);
