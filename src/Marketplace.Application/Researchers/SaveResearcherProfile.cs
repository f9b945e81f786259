using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// A researcher saves their profile; the first save creates it (hidden unless they chose otherwise).
/// <see cref="Command.Version"/> is the version the form was loaded with, null when there was no
/// profile yet: a save made elsewhere in the meantime (another tab's first save too) is a conflict, not an overwrite.
/// Two first saves at the same moment both find no profile; the later insert meets the first one's row
/// (the profile's id is the user's) and is the same conflict.
/// </summary>
public static class SaveResearcherProfile
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Command(
        string? HeadlineEn, string? HeadlineZh, string? SummaryEn, string? SummaryZh, string? AffiliationEn, string? AffiliationZh,
        string? AffiliationType, IReadOnlyList<string> ResearchAreas, string? Skills, string? Degree, int? YearsExperience,
        IReadOnlyList<PublicationInput> Publications, string? Orcid, string? Links, IReadOnlyList<string> DesiredClusterKeys,
        bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom, long? SalaryExpectationAmount,
        string? SalaryExpectationCurrency, string Visibility, int? Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, TimeProvider clock) => Include(new ResearcherProfileValidator(db, clock));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var profile = await db.ResearcherProfiles.FirstOrDefaultAsync(p => p.Id == me, ct);
            var first = profile is null;
            if (profile is null)
            {
                profile = new ResearcherProfile(me);
                db.ResearcherProfiles.Add(profile);
            }
            else
            {
                if (command.Version is not { } version)
                    throw new ConcurrencyConflictException();
                db.Entry(profile).Property(p => p.Version).OriginalValue = version;
            }

            profile.Headline = new LocalizedText(Input.Clean(command.HeadlineEn), Input.Clean(command.HeadlineZh));
            profile.Summary = new LocalizedText(Input.Clean(command.SummaryEn), Input.Clean(command.SummaryZh));
            profile.Affiliation = new LocalizedText(Input.Clean(command.AffiliationEn), Input.Clean(command.AffiliationZh));
            profile.AffiliationType = Input.Clean(command.AffiliationType);
            profile.ResearchAreas = StartupFields.Codes(command.ResearchAreas);
            profile.Skills = Skills.Parse(command.Skills);
            profile.Degree = Input.Clean(command.Degree);
            profile.YearsExperience = command.YearsExperience;
            profile.Publications = ResearcherFields.FilledRows(command.Publications).Select(p => new Publication(
                Input.Clean(p.Title)!, Input.Clean(p.Venue), p.Year, Doi.Normalise(p.Doi), ResearcherFields.Link(p.Url))).ToList();
            profile.Orcid = Orcid.Normalise(command.Orcid);
            profile.Links = ResearcherFields.Links(command.Links).Select(ResearcherFields.Link).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            profile.DesiredClusterKeys = StartupFields.Codes(command.DesiredClusterKeys);
            profile.OpenToRelocation = command.OpenToRelocation;
            profile.PositionTypes = StartupFields.Codes(command.PositionTypes);
            profile.AvailableFrom = command.AvailableFrom;
            profile.SalaryExpectationAmount = command.SalaryExpectationAmount;
            profile.SalaryExpectationCurrency = command.SalaryExpectationAmount is null ? null : Input.Clean(command.SalaryExpectationCurrency)?.ToUpperInvariant();
            profile.Visibility = command.Visibility;

            await Skills.RememberAsync(db, profile.Skills, clock.GetUtcNow().UtcDateTime, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (first && IsDuplicateProfile(e))
            {
                throw new ConcurrencyConflictException();
            }
            return Unit.Value;
        }

        /// <summary>Whether the insert met a profile already there. PostgreSQL names the key; SQLite names its column.</summary>
        private static bool IsDuplicateProfile(DbUpdateException exception) =>
            UniqueViolations.Broke(exception, "PK_ResearcherProfiles", "ResearcherProfiles.Id");
    }
}
