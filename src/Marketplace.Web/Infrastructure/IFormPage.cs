using Mediator;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// A form model whose page also shows what is around the form (the published profile, the
/// request under review). After a refused POST the filter loads that part again, so the page
/// comes back whole with the user's input and the messages.
/// </summary>
public interface IFormPage
{
    Task LoadPageAsync(ISender sender, CancellationToken ct);

    /// <summary>
    /// The model of the page the form is on, when that page is another form's (the recommendation settings
    /// sit on the profile page): its view is shown again with the messages. Usually the form itself.
    /// </summary>
    object PageModel => this;
}
