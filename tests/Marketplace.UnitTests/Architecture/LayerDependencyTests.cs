using System.Reflection;
using Marketplace.Infrastructure.Persistence;
using NetArchTest.Rules;
using static Marketplace.UnitTests.Architecture.Layers;

namespace Marketplace.UnitTests.Architecture;

/// <summary>Layers point one way: Web → Infrastructure → Application → Domain (docs/architecture.md).</summary>
public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        var result = Types.InAssembly(DomainAssembly).ShouldNot().HaveDependencyOnAny(
                ApplicationNamespace, InfrastructureNamespace, WebNamespace, MigrationsNamespace, CliNamespace,
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "Mediator", "FluentValidation")
            .GetResult();

        AssertKept(result, DomainAssembly);
    }

    [Fact]
    public void Domain_references_no_package_at_all()
    {
        var references = DomainAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"The domain references {name}; it must stay free of packages (README: 'no packages')."));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_web_migrations_or_cli()
    {
        var result = Types.InAssembly(ApplicationAssembly).ShouldNot().HaveDependencyOnAny(
                InfrastructureNamespace, WebNamespace, MigrationsNamespace, CliNamespace, "Microsoft.Data.Sqlite", "Npgsql", "Hangfire")
            .GetResult();

        AssertKept(result, ApplicationAssembly);
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_web_migrations_or_cli()
    {
        var result = Types.InAssembly(InfrastructureAssembly).ShouldNot().HaveDependencyOnAny(WebNamespace, CliNamespace).GetResult();
        AssertKept(result, InfrastructureAssembly);

        // DatabaseSettings names the migrations assemblies in string constants (EF loads them by name),
        // which NetArchTest counts as a dependency; it holds no reference to them.
        var migrations = Types.InAssembly(InfrastructureAssembly).That().DoNotHaveName(nameof(DatabaseSettings))
            .ShouldNot().HaveDependencyOn(MigrationsNamespace).GetResult();
        AssertKept(migrations, InfrastructureAssembly);
    }

    /// <summary>
    /// The database's types, reached only by the use cases: a controller, view, view component or CLI verb
    /// that used them would read or write past validation, authorization, the transaction and the audit.
    /// </summary>
    private static readonly string[] DatabaseTypes =
    [
        "Marketplace.Infrastructure.Persistence.AppDbContext",
        "Marketplace.Application.Common.IAppDbContext",
        "Microsoft.EntityFrameworkCore.DbContext",
        "Microsoft.EntityFrameworkCore.DbSet`1",
        "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions",
        "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade",
    ];

    public static TheoryData<string> DatabaseTypeNames => new(DatabaseTypes);

    [Fact]
    public void Web_reaches_the_database_only_through_the_mediator()
    {
        var result = Types.InAssembly(WebAssembly).ShouldNot().HaveDependencyOnAny(DatabaseTypes).GetResult();
        AssertKept(result, WebAssembly);
    }

    [Fact]
    public void Cli_reaches_the_database_only_through_the_mediator()
    {
        var result = Types.InAssembly(CliAssembly).ShouldNot().HaveDependencyOnAny(DatabaseTypes).GetResult();
        AssertKept(result, CliAssembly);
    }

    [Theory]
    [MemberData(nameof(DatabaseTypeNames))]
    public void Each_database_type_the_rule_names_is_really_used_below_the_hosts(string databaseType)
    {
        // A misspelt name would match nothing and keep the two rules above green whatever the hosts do.
        var users = new[] { ApplicationAssembly, InfrastructureAssembly }
            .Sum(a => Types.InAssembly(a).That().HaveDependencyOn(databaseType).GetTypes().Count());
        Assert.True(users > 0, $"Nothing in Application or Infrastructure depends on {databaseType}: is the name right?");
    }

    [Fact]
    public void Application_does_not_depend_on_asp_net_core()
    {
        var result = Types.InAssembly(ApplicationAssembly).ShouldNot().HaveDependencyOn("Microsoft.AspNetCore").GetResult();
        AssertKept(result, ApplicationAssembly);

        Assert.DoesNotContain(ApplicationAssembly.GetReferencedAssemblies(),
            a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_project_does_not_reference_the_asp_net_core_framework()
    {
        // Unused framework references leave no trace in the assembly: read the project file itself.
        var project = File.ReadAllText(Path.Combine(SourceFiles.RepositoryRoot, "src", "Marketplace.Application", "Marketplace.Application.csproj"));

        Assert.Contains("<Project", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore", project, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DomainNamespace, new string[0])]
    [InlineData(ApplicationNamespace, new[] { DomainNamespace })]
    [InlineData(InfrastructureNamespace, new[] { DomainNamespace, ApplicationNamespace })]
    public void Each_layer_references_only_the_layers_below_it(string layer, string[] allowed)
    {
        var assembly = new[] { DomainAssembly, ApplicationAssembly, InfrastructureAssembly }.Single(a => a.GetName().Name == layer);

        var ours = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Marketplace.", StringComparison.Ordinal));

        Assert.Empty(ours.Except(allowed));
    }

    private static void AssertKept(TestResult result, Assembly assembly)
    {
        // A rule over no types passes whatever it says: make sure the assembly was really read.
        Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
        Assert.True(result.IsSuccessful, "Breaking the rule: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
