using System.CommandLine;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.ReferenceData;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Marketplace.Cli;

public static class Commands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Apply the database migrations of the configured provider and the reference data.");
        command.SetAction(async (_, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.SystemScope();
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider, ct);
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
            AnsiConsole.MarkupLine($"[green]Database is up to date[/] ({settings.Provider}).");
            return 0;
        });
        return command;
    }

    public static Command CreateAdmin()
    {
        var email = new Option<string>("--email") { Description = "The administrator's e-mail address.", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", DefaultValueFactory = _ => "Administrator" };
        var culture = new Option<string>("--culture") { Description = "en or zh-Hans.", DefaultValueFactory = _ => "en" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of prompting." };
        var command = new Command("create-admin", "Create an administrator account. The password is prompted for (or read from stdin), never passed as an argument.")
        {
            email, name, culture, passwordStdin,
        };
        command.SetAction(async (result, ct) =>
        {
            var password = result.GetValue(passwordStdin)
                ? (await Console.In.ReadLineAsync(ct) ?? "").TrimEnd('\r', '\n')
                : AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
            using var host = CliHost.Build();
            await using var scope = host.SystemScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider, ct);
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
            try
            {
                var id = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new CreateAdministrator.Command(result.GetValue(email)!, password, result.GetValue(name)!, result.GetValue(culture)!), ct);
                AnsiConsole.MarkupLine($"[green]Administrator created[/]: {Markup.Escape(result.GetValue(email)!)} ({id}).");
                return 0;
            }
            catch (InputValidationException e)
            {
                foreach (var error in e.Errors)
                    AnsiConsole.MarkupLine($"[red]{Markup.Escape(error.Field)}[/]: {Markup.Escape(error.Message)}");
                return 2;
            }
        });
        return command;
    }
}
