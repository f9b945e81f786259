using System.CommandLine;
using Marketplace.Cli;

var root = new RootCommand("Marketplace administration: database migrations, the first administrator, bulk import.");
root.Subcommands.Add(Commands.Migrate());
root.Subcommands.Add(Commands.CreateAdmin());
root.Subcommands.Add(ImportCommand.Create());
return await root.Parse(args).InvokeAsync();
