using Mediator;

namespace Marketplace.UnitTests.Architecture;

/// <summary>The Mediator messages and handlers of our assemblies, found by reflection.</summary>
public static class UseCases
{
    private static readonly Type[] OurTypes = new[] { Layers.ApplicationAssembly, Layers.InfrastructureAssembly, Layers.WebAssembly, Layers.CliAssembly }
        .SelectMany(a => a.GetTypes())
        // The Mediator source generator emits its own types into Web, in its own namespace.
        .Where(t => t.Namespace?.StartsWith("Marketplace.", StringComparison.Ordinal) == true)
        .ToArray();

    /// <summary>Every command, query or request type (not the interfaces themselves).</summary>
    public static IReadOnlyList<Type> Messages { get; } = OurTypes
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
        .ToList();

    /// <summary>Every class implementing one of Mediator's generic handler interfaces.</summary>
    public static IReadOnlyList<Type> Handlers { get; } = OurTypes
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsMediatorHandler))
        .ToList();

    public static bool IsCommand(Type message) => typeof(IBaseCommand).IsAssignableFrom(message);

    public static bool IsQuery(Type message) => typeof(IBaseQuery).IsAssignableFrom(message);

    /// <summary>"Accounts.Register.Command": the use case's class name with the message's, for messages.</summary>
    public static string NameOf(Type message) => message.DeclaringType is { } useCase ? $"{useCase.Name}.{message.Name}" : message.FullName!;

    private static bool IsMediatorHandler(Type i) =>
        i.IsGenericType && i.Assembly == typeof(IMessage).Assembly && i.Name.Contains("Handler", StringComparison.Ordinal);
}
