namespace Marketplace.Application.Import;

/// <summary>Reported after every record, so a caller can draw a progress bar (and cancel between records).</summary>
public sealed record ImportProgress(string Section, string Key, ImportOutcome Outcome, int Done, int Total, int SectionDone, int SectionTotal);
