using System.Reflection;
using Booking.Application.Common.Behaviours;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Booking.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package, so it is wired by hand: a service factory over the container, the mediator,
    /// the behaviours in the order they wrap the handler (logging outermost), and every handler in this assembly.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddScoped<ServiceFactory>(provider => type => provider.GetService(type)!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        AddRequestHandlers(services, assembly);

        // Singletons: building a validator (every rule, each rendering its expression as a cache key) costs ~50 µs and
        // ~33 KB per request, several times more than running it.
        // Ours hold no per-request state (time comes from the TimeProvider at validation time).
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddRequestHandlers(IServiceCollection services, Assembly assembly)
    {
        var handlers =
            from type in assembly.GetTypes()
            where type is { IsAbstract: false, IsInterface: false }
            from contract in type.GetInterfaces()
            where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
            select (contract, type);

        foreach (var (contract, type) in handlers)
        {
            services.AddScoped(contract, type);
        }
    }
}
