namespace Marketplace.Application.Matching.Kernel;

public enum FeedbackKind
{
    Saved,
    Dismissed,
}
