using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Grains.Continuity;
using ItsmOrleans.Grains.Groups;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.Licences;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Grains.Risks;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Grains.Search;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Grains.Services;
using ItsmOrleans.Grains.Vendors;
using ItsmOrleans.Grains.Views;
using ItsmOrleans.Hosting.Audit;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Hosting.Database;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// The database of the "Database" configuration section, its schema migrator and the incident read model,
    /// which serves both the lists (<see cref="IIncidentReadModel"/>) and the grains (<see cref="IIncidentProjection"/>).
    /// </summary>
    public static IServiceCollection AddItsmDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(provider => new ItsmDatabase(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        // A relative data folder starts at the host's content root (the project folder under `dotnet run`), not wherever the shell happens to be.
        services.AddOptions<DatabaseOptions>().PostConfigure<IHostEnvironment>((options, host) =>
            options.DataFolder = Path.GetFullPath(options.DataFolder, host.ContentRootPath));
        services.AddSingleton<SchemaMigrator>();

        // A grain call that failed in the database returns the database's exception to the caller (which answers 503);
        // Orleans serialises exceptions of known namespaces only, and Npgsql's is not one of them by default.
        services.Configure<Orleans.Serialization.ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        services.AddShared<SqlIncidentReadModel>(typeof(IIncidentReadModel), typeof(IIncidentProjection), typeof(IServiceIncidentSource));
        services.AddSingleton<ITicketNumberLookup, SqlTicketNumberLookup>();
        services.AddShared<SqlSearchIndex>(typeof(ISearchReadModel), typeof(ISearchProjection));
        services.AddShared<SqlServiceReadModel>(typeof(IServiceReadModel), typeof(IServiceProjection), typeof(ISupportGroupSource));
        services.AddShared<SqlChangeReadModel>(typeof(IChangeReadModel), typeof(IChangeProjection), typeof(IChangeScheduleReader));
        services.AddShared<SqlMajorIncidentReadModel>(typeof(IMajorIncidentReadModel), typeof(IMajorIncidentProjection));
        services.AddShared<SqlProblemReadModel>(typeof(IProblemReadModel), typeof(IProblemProjection));
        services.AddShared<SqlLicenceReadModel>(typeof(ILicenceReadModel), typeof(ILicenceProjection), typeof(INoticeReadModel), typeof(INoticeProjection));
        services.AddShared<SqlAlertReadModel>(typeof(IAlertReadModel), typeof(IAlertProjection));
        services.AddSingleton<IDataUpgrade, AlertIdUpgrade>();
        services.AddShared<SqlVendorContractReadModel>(typeof(IVendorContractReadModel), typeof(IVendorContractProjection));
        services.AddShared<SqlRiskReadModel>(typeof(IRiskReadModel), typeof(IRiskProjection));
        services.AddShared<SqlBusinessImpactReadModel>(typeof(IBusinessImpactReadModel), typeof(IBusinessImpactProjection));
        services.AddShared<SqlPlanReadModel>(typeof(IPlanReadModel), typeof(IPlanProjection));
        services.AddShared<SqlServiceRequestReadModel>(typeof(IServiceRequestReadModel), typeof(IServiceRequestProjection));
        services.AddShared<SqlSavedViewReadModel>(typeof(ISavedViewReadModel), typeof(ISavedViewProjection));
        services.AddShared<SqlReportReadModel>(typeof(IReportReadModel), typeof(ITicketHistoryProjection));
        services.AddSingleton<Export.GrainStateRows>();
        services.AddSingleton<Export.RecordsExport>();
        services.AddSingleton<Export.StoredIntegrationKeys>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        return services;
    }

    /// <summary>One instance of <typeparamref name="TImplementation"/> serving each of <paramref name="roles"/> (the lists' side, the grains' side, …).</summary>
    private static void AddShared<TImplementation>(this IServiceCollection services, params Type[] roles)
        where TImplementation : class
    {
        services.AddSingleton<TImplementation>();
        foreach (var role in roles)
        {
            if (!role.IsAssignableFrom(typeof(TImplementation)))
            {
                throw new InvalidOperationException($"{typeof(TImplementation).Name} does not implement {role.Name}.");
            }

            services.AddSingleton(role, provider => provider.GetRequiredService<TImplementation>());
        }
    }
}
