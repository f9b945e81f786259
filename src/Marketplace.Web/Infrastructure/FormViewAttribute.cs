namespace Marketplace.Web.Infrastructure;

/// <summary>
/// The page a POST's form is on, shown again by <see cref="UseCaseExceptionFilter"/> when the use case refuses the
/// input (<c>[FormView(nameof(Details))]</c> on <c>Submit</c> shows the Details view with the messages). It used to be
/// <c>[ActionName]</c>, but then several routes shared one action name and links to the page could take any of them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FormViewAttribute(string view) : Attribute
{
    public string View { get; } = view;
}
