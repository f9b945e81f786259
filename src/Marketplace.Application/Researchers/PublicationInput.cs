using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Researchers;

/// <summary>One publication row of the profile form, as typed; a row left entirely blank is ignored.</summary>
public sealed record PublicationInput(string? Title, string? Venue, int? Year, string? Doi, string? Url)
{
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Venue) && Year is null
        && string.IsNullOrWhiteSpace(Doi) && string.IsNullOrWhiteSpace(Url);
}
