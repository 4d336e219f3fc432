using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Grains.Changes;
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
        services.AddSingleton<SqlIncidentReadModel>();
        services.AddSingleton<IIncidentReadModel>(provider => provider.GetRequiredService<SqlIncidentReadModel>());
        services.AddSingleton<IIncidentProjection>(provider => provider.GetRequiredService<SqlIncidentReadModel>());
        services.AddSingleton<IServiceIncidentSource>(provider => provider.GetRequiredService<SqlIncidentReadModel>());
        services.AddSingleton<ITicketNumberLookup, SqlTicketNumberLookup>();
        services.AddSingleton<SqlSearchIndex>();
        services.AddSingleton<ISearchReadModel>(provider => provider.GetRequiredService<SqlSearchIndex>());
        services.AddSingleton<ISearchProjection>(provider => provider.GetRequiredService<SqlSearchIndex>());
        services.AddSingleton<SqlServiceReadModel>();
        services.AddSingleton<IServiceReadModel>(provider => provider.GetRequiredService<SqlServiceReadModel>());
        services.AddSingleton<IServiceProjection>(provider => provider.GetRequiredService<SqlServiceReadModel>());
        services.AddSingleton<ISupportGroupSource>(provider => provider.GetRequiredService<SqlServiceReadModel>());
        services.AddSingleton<SqlChangeReadModel>();
        services.AddSingleton<IChangeReadModel>(provider => provider.GetRequiredService<SqlChangeReadModel>());
        services.AddSingleton<IChangeProjection>(provider => provider.GetRequiredService<SqlChangeReadModel>());
        services.AddSingleton<IChangeScheduleReader>(provider => provider.GetRequiredService<SqlChangeReadModel>());
        services.AddSingleton<SqlMajorIncidentReadModel>();
        services.AddSingleton<IMajorIncidentReadModel>(provider => provider.GetRequiredService<SqlMajorIncidentReadModel>());
        services.AddSingleton<IMajorIncidentProjection>(provider => provider.GetRequiredService<SqlMajorIncidentReadModel>());
        services.AddSingleton<SqlProblemReadModel>();
        services.AddSingleton<IProblemReadModel>(provider => provider.GetRequiredService<SqlProblemReadModel>());
        services.AddSingleton<IProblemProjection>(provider => provider.GetRequiredService<SqlProblemReadModel>());
        services.AddSingleton<SqlLicenceReadModel>();
        services.AddSingleton<ILicenceReadModel>(provider => provider.GetRequiredService<SqlLicenceReadModel>());
        services.AddSingleton<ILicenceProjection>(provider => provider.GetRequiredService<SqlLicenceReadModel>());
        services.AddSingleton<INoticeReadModel>(provider => provider.GetRequiredService<SqlLicenceReadModel>());
        services.AddSingleton<INoticeProjection>(provider => provider.GetRequiredService<SqlLicenceReadModel>());
        services.AddSingleton<SqlAlertReadModel>();
        services.AddSingleton<IDataUpgrade, AlertIdUpgrade>();
        services.AddSingleton<IAlertReadModel>(provider => provider.GetRequiredService<SqlAlertReadModel>());
        services.AddSingleton<IAlertProjection>(provider => provider.GetRequiredService<SqlAlertReadModel>());
        services.AddSingleton<SqlVendorContractReadModel>();
        services.AddSingleton<IVendorContractReadModel>(provider => provider.GetRequiredService<SqlVendorContractReadModel>());
        services.AddSingleton<IVendorContractProjection>(provider => provider.GetRequiredService<SqlVendorContractReadModel>());
        services.AddSingleton<SqlRiskReadModel>();
        services.AddSingleton<IRiskReadModel>(provider => provider.GetRequiredService<SqlRiskReadModel>());
        services.AddSingleton<IRiskProjection>(provider => provider.GetRequiredService<SqlRiskReadModel>());
        services.AddSingleton<SqlServiceRequestReadModel>();
        services.AddSingleton<IServiceRequestReadModel>(provider => provider.GetRequiredService<SqlServiceRequestReadModel>());
        services.AddSingleton<IServiceRequestProjection>(provider => provider.GetRequiredService<SqlServiceRequestReadModel>());
        services.AddSingleton<SqlSavedViewReadModel>();
        services.AddSingleton<ISavedViewReadModel>(provider => provider.GetRequiredService<SqlSavedViewReadModel>());
        services.AddSingleton<ISavedViewProjection>(provider => provider.GetRequiredService<SqlSavedViewReadModel>());
        services.AddSingleton<SqlReportReadModel>();
        services.AddSingleton<IReportReadModel>(provider => provider.GetRequiredService<SqlReportReadModel>());
        services.AddSingleton<ITicketHistoryProjection>(provider => provider.GetRequiredService<SqlReportReadModel>());
        services.AddSingleton<Export.GrainStateRows>();
        services.AddSingleton<Export.RecordsExport>();
        services.AddSingleton<Export.StoredIntegrationKeys>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        return services;
    }
}
