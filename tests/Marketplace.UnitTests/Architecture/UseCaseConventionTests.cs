using System.Reflection;

namespace Marketplace.UnitTests.Architecture;

/// <summary>A use case is one static class holding its message, validator and handler (docs/architecture.md).</summary>
public sealed class UseCaseConventionTests
{
    [Fact]
    public void The_scan_finds_the_known_use_cases()
    {
        // Guards every rule below against passing over an empty list.
        Assert.Contains(typeof(Marketplace.Application.Clusters.UpdateCluster.Command), UseCases.Messages);
        Assert.Contains(typeof(Marketplace.Application.Clusters.ListClusters.Query), UseCases.Messages);
        Assert.Contains(typeof(Marketplace.Application.Clusters.UpdateCluster.Handler), UseCases.Handlers);
        Assert.Contains(typeof(Marketplace.Application.Clusters.ListClusters.Handler), UseCases.Handlers);
    }

    [Fact]
    public void Handlers_are_public_and_sealed()
    {
        // Public: the Mediator source generator runs in Web and must see them.
        var wrong = UseCases.Handlers.Where(h => !IsVisibleOutside(h) || !h.IsSealed).Select(h => h.FullName).ToList();
        Assert.True(wrong.Count == 0, "Not public and sealed: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Handlers_live_in_the_application_layer()
    {
        // Infrastructure and Web reach use cases through ISender only (jobs, controllers).
        var elsewhere = UseCases.Handlers.Where(h => h.Assembly != Layers.ApplicationAssembly).Select(h => h.FullName).ToList();
        Assert.True(elsewhere.Count == 0, "Handlers outside Application: " + string.Join(", ", elsewhere));
    }

    [Fact]
    public void Every_message_is_a_sealed_record_nested_in_a_public_static_use_case_class()
    {
        var wrong = UseCases.Messages.Where(m =>
                m.DeclaringType is not { IsAbstract: true, IsSealed: true } useCase // static = abstract + sealed
                || !useCase.IsPublic
                || !m.IsNestedPublic || !m.IsSealed || !IsRecord(m))
            .Select(m => m.FullName)
            .ToList();
        Assert.True(wrong.Count == 0, "Not a sealed record in a static use-case class: " + string.Join(", ", wrong));
    }

    [Fact]
    public void A_message_named_Command_is_a_command_and_one_named_Query_is_a_query()
    {
        // The transaction behavior wraps commands only: a "command" that is really a query or a plain request
        // would write outside a transaction; a "query" that is a command would open one for a read.
        var wrong = UseCases.Messages.Where(m => m.Name switch
            {
                "Command" => !UseCases.IsCommand(m),
                "Query" => !UseCases.IsQuery(m),
                _ => true,
            })
            .Select(UseCases.NameOf)
            .ToList();
        Assert.True(wrong.Count == 0, "Name and kind disagree (or neither Command nor Query): " + string.Join(", ", wrong));
    }

    [Fact]
    public void Each_use_case_has_one_message_and_its_handler_beside_it()
    {
        var wrong = UseCases.Messages.Where(m =>
                m.DeclaringType is not { } useCase
                || useCase.GetNestedTypes().Count(t => UseCases.Messages.Contains(t)) != 1
                || !useCase.GetNestedTypes().Any(t => UseCases.Handlers.Contains(t) && HandlesMessage(t, m)))
            .Select(UseCases.NameOf)
            .ToList();
        Assert.True(wrong.Count == 0, "Use cases without exactly one message handled beside it: " + string.Join(", ", wrong));
    }

    private static bool IsVisibleOutside(Type t) => t.IsPublic || (t.IsNestedPublic && IsVisibleOutside(t.DeclaringType!));

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool HandlesMessage(Type handler, Type message) =>
        handler.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericArguments()[0] == message);
}
