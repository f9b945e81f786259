using Marketplace.Application.Matching.Kernel;
using NetArchTest.Rules;

namespace Marketplace.UnitTests.Matching;

/// <summary>
/// The rooms of Application/Matching keep to what they hold: the kernel is pure (no database, no
/// mediator, none of the other rooms), and the recompute reaches the database only through the store.
/// </summary>
public sealed class MatchingRoomTests
{
    private const string Matching = "Marketplace.Application.Matching";

    private static readonly string[] Database = ["Microsoft.EntityFrameworkCore", "Marketplace.Application.Common.IAppDbContext"];

    [Fact]
    public void The_kernel_uses_no_database_no_mediator_and_no_other_room()
    {
        var result = Types.InAssembly(typeof(MatchingEngine).Assembly).That().ResideInNamespace(Matching + ".Kernel")
            .ShouldNot().HaveDependencyOnAny([.. Database, "Mediator", Matching + ".Store", Matching + ".Recompute", Matching + ".Explanation"])
            .GetResult();

        Assert.True(result.IsSuccessful, "Kernel types that reach out: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_recompute_reaches_the_database_only_through_the_store()
    {
        var types = Types.InAssembly(typeof(MatchingEngine).Assembly).That().ResideInNamespace(Matching + ".Recompute");
        var result = types.ShouldNot().HaveDependencyOnAny(Database).GetResult();

        Assert.NotEmpty(types.GetTypes());
        Assert.True(result.IsSuccessful, "Recompute types that use the database directly: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
