using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Infrastructure;

/// <summary>Binds every <c>bool</c> and <c>bool?</c> of every form and query with <see cref="BooleanModelBinder"/>.</summary>
public sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new BooleanModelBinder() : null;
}
