using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Turns the application's refusals into HTTP answers: bad input and stale edits re-render the
/// form with the messages at their fields (4xx), missing things 404, forbidden things 403,
/// anonymous users go to the sign-in page. Controllers stay one Send long.
/// </summary>
public sealed class UseCaseExceptionFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        // A value that could not be read (letters in a number field, "maybe" in a checkbox) is bound as
        // null or zero; sending the command anyway would store "nothing" in place of what the user meant.
        // Answer at the field instead, or, for an action without a form model (a version in a button's
        // form), with 400.
        if (!context.ModelState.IsValid && HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            context.Result = await ReRenderAsync(context, [], StatusCodes.Status400BadRequest);
            return;
        }
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
            return;

        IActionResult? result = executed.Exception switch
        {
            InputValidationException e => await ReRenderAsync(context, e.Errors, StatusCodes.Status400BadRequest),
            ConcurrencyConflictException => await ReRenderAsync(context, [new FieldError("", Text.Get("Validation.Concurrency"))], StatusCodes.Status409Conflict),
            DomainException e => await ReRenderAsync(context, [new FieldError("", Text.Format(e.Code, [.. e.Args]))], StatusCodes.Status400BadRequest),
            NotFoundException => new StatusCodeResult(StatusCodes.Status404NotFound),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            NotAuthenticatedException => new ChallengeResult(),
            _ => null,
        };
        if (result is null)
            return;
        executed.Result = result;
        executed.ExceptionHandled = true;
    }

    private static object? FormModelOf(ActionExecutingContext context) =>
        context.ActionArguments.Values.FirstOrDefault(v => v is not null && v.GetType().IsClass && v is not string);

    private static async Task<IActionResult> ReRenderAsync(ActionExecutingContext context, IReadOnlyList<FieldError> errors, int status)
    {
        foreach (var error in errors)
            context.ModelState.AddModelError(error.Field, error.Message);

        // The posted form model (or a GET form's filters), so the user gets back what they typed.
        var model = FormModelOf(context);
        // Without a form model there is no form to show again (a button's form whose action takes a version).
        if (context.Controller is not Controller controller || model is null || !(HttpMethods.IsPost(context.HttpContext.Request.Method) || model is IQueryForm))
            return new StatusCodeResult(status);

        if (model is IFormPage page)
        {
            // The page around the form is read with the user's rights: validation runs before the
            // use case's ownership check, so a stranger's refused POST ends here as 403 or 404.
            try
            {
                await page.LoadPageAsync(context.HttpContext.RequestServices.GetRequiredService<ISender>(), context.HttpContext.RequestAborted);
            }
            catch (ForbiddenException)
            {
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            }
            catch (NotFoundException)
            {
                return new StatusCodeResult(StatusCodes.Status404NotFound);
            }
        }
        var formView = context.ActionDescriptor.EndpointMetadata.OfType<FormViewAttribute>().FirstOrDefault()?.View;
        var view = controller.View(formView, model is IFormPage formPage ? formPage.PageModel : model);
        view.StatusCode = status;
        return view;
    }
}
