using FluentValidation;
using Marketplace.Application.Common;
using Mediator;

namespace Marketplace.Application.Researchers;

/// <summary>Skill tags already in use that start with (then contain) what was typed, for the forms' autocomplete; any signed-in user.</summary>
public static class SuggestSkills
{
    public const int Count = 10;
    public const int MaxTypedLength = 40;

    public sealed record Query(string? Q) : IQuery<IReadOnlyList<string>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(x => x.Q).MaximumLength(MaxTypedLength);
    }

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<string>>
    {
        public async ValueTask<IReadOnlyList<string>> Handle(Query query, CancellationToken ct) =>
            await Skills.SuggestAsync(db, query.Q, Count, ct);
    }
}
