using System.Reflection;
using Marketplace.Infrastructure.Persistence;
using NetArchTest.Rules;
using static Marketplace.UnitTests.Architecture.Layers;

namespace Marketplace.UnitTests.Architecture;

/// <summary>Layers point one way: Web → Infrastructure → Application → Domain (STYLE.md).</summary>
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
