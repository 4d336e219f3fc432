using ItsmOrleans.Web.Ingestion;

namespace ItsmOrleans.Web.Extensions;

public static class IngestionExtensions
{
    /// <summary>Alert ingestion's bounded admission and its counters.</summary>
    public static WebApplicationBuilder AddItsmAlertIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertIngestionOptions>().Bind(builder.Configuration.GetSection(AlertIngestionOptions.Section));
        builder.Services.AddSingleton<AlertAdmission>();
        builder.Services.AddSingleton<AlertIngestionCounters>();
        return builder;
    }
}
