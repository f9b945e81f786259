using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

public sealed record ClusterChoice(string Key, LocalizedText Name);
