using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// A checkbox posts "true" and its hidden companion "false"; the first value wins. Anything else ("maybe",
/// markup) is a localized error at the field, as letters in a number field are. MVC's own binder records the
/// same error but keeps the raw value in the model state, and the checkbox tag helper converts that value to
/// a <c>bool</c> when the refused form is shown again: it threw <see cref="FormatException"/>, a 500. Here the
/// model state keeps what was typed for the message only, never as the value to show.
/// </summary>
public sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.ValueProvider.GetValue(context.ModelName);
        if (values == ValueProviderResult.None)
            return Task.CompletedTask;

        bool? first = null;
        var firstIsEmpty = string.IsNullOrWhiteSpace(values.FirstValue);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            if (!bool.TryParse(value.Trim(), out var parsed))
                return Refuse(context, values, context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(
                    values.FirstValue ?? "", context.ModelMetadata.DisplayName ?? context.ModelMetadata.Name ?? context.ModelName));
            if (first is null && !firstIsEmpty)
                first = parsed;
        }

        context.ModelState.SetModelValue(context.ModelName, values);
        if (first is { } result)
            context.Result = ModelBindingResult.Success(result);
        else if (context.ModelMetadata.IsReferenceOrNullableType)
            context.Result = ModelBindingResult.Success(null);
        else
            return Refuse(context, values, context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(values.FirstValue ?? ""));
        return Task.CompletedTask;
    }

    private static Task Refuse(ModelBindingContext context, ValueProviderResult values, string message)
    {
        // No raw value: a view showing the form again falls back to the model's own (a valid bool).
        context.ModelState.SetModelValue(context.ModelName, rawValue: null, attemptedValue: values.ToString());
        context.ModelState.TryAddModelError(context.ModelName, message);
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
