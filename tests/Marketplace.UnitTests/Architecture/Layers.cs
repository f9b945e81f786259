extern alias cli;

using System.Reflection;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Web.Controllers;

namespace Marketplace.UnitTests.Architecture;

/// <summary>Our assemblies, each found through a type that lives in it (not by name, so a rename cannot make a rule vacuous).</summary>
public static class Layers
{
    public static readonly Assembly DomainAssembly = typeof(Codes).Assembly;
    public static readonly Assembly ApplicationAssembly = typeof(IAppDbContext).Assembly;
    public static readonly Assembly InfrastructureAssembly = typeof(AppDbContext).Assembly;
    public static readonly Assembly WebAssembly = typeof(HomeController).Assembly;
    public static readonly Assembly CliAssembly = typeof(cli::Marketplace.Cli.CliHost).Assembly;

    public const string DomainNamespace = "Marketplace.Domain";
    public const string ApplicationNamespace = "Marketplace.Application";
    public const string InfrastructureNamespace = "Marketplace.Infrastructure";
    public const string WebNamespace = "Marketplace.Web";
    public const string MigrationsNamespace = "Marketplace.Migrations";
    public const string CliNamespace = "Marketplace.Cli";
}
