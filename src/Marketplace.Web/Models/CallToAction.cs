namespace Marketplace.Web.Models;

/// <summary>
/// What a project or position page tells a visitor who cannot act on it as they are: an anonymous visitor
/// how to (sign in or register as <see cref="Role"/>, coming back here), a signed-in user of another role what the page is for.
/// </summary>
/// <param name="Page">"project" or "position": the "CallToAction.{Page}.*" texts.</param>
/// <param name="Audience">"anonymous", or the reader's role, or "fund-manager-without-fund".</param>
/// <param name="Role">The role that acts on the page (fund-manager for projects, researcher for positions).</param>
/// <param name="ReturnUrl">The page itself, so signing in or registering comes back to it.</param>
public sealed record CallToAction(string Page, string Audience, string Role, string ReturnUrl);
