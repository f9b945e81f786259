namespace Marketplace.Web.Infrastructure;

/// <summary>
/// A GET form, such as search filters: refused input re-renders its page with the messages at the
/// fields, as a refused POST does, instead of a bare status code.
/// </summary>
public interface IQueryForm;
