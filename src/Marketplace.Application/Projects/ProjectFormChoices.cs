using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

/// <summary>What the new-project form needs: the startup it is for (its owners only) and the currencies to choose from.</summary>
public sealed record ProjectFormChoices(Guid StartupId, LocalizedText StartupName, IReadOnlyList<string> Currencies);
