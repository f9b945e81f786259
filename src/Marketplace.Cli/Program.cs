using System.CommandLine;
using Marketplace.Cli;

var root = new RootCommand("Marketplace administration: database migrations, the first administrator, bulk import, recommendations.");
root.Subcommands.Add(Commands.Migrate());
root.Subcommands.Add(Commands.CreateAdmin());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(RecommendationCommands.Recompute());
root.Subcommands.Add(RecommendationCommands.Export());
return await root.Parse(args).InvokeAsync();
