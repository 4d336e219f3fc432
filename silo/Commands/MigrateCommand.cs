using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Silo.Commands;

/// <summary>`silo migrate`: applies the schema scripts to the configured database and exits.</summary>
public static class MigrateCommand
{
    public static async Task<int> Run(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddItsmDatabase(builder.Configuration);
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ItsmOrleans.Migrate");
        var database = host.Services.GetRequiredService<ItsmDatabase>();
        logger.LogInformation("Applying the schema to {Provider}", database.Provider);
        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        logger.LogInformation("The schema is up to date");
        return 0;
    }
}
