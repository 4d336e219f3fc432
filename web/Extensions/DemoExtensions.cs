using ItsmOrleans.Web.Demo;
using ItsmOrleans.Web.Demo.Parts;

namespace ItsmOrleans.Web.Extensions;

public static class DemoExtensions
{
    /// <summary>The configuration key (and --Demo=true switch) that seeds the demo organisation into an empty database.</summary>
    public const string Switch = "Demo";

    /// <summary>With Demo=true, seeds the demo organisation (docs/demo.md) after start, without delaying it.</summary>
    public static WebApplicationBuilder AddItsmDemo(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(Switch))
        {
            return builder;
        }

        builder.Services.AddSingleton<ExistingRecords>();
        // Seeded in this order: people act in everything after, services carry tickets, incidents are linked to problems and major incidents.
        builder.Services.AddSingleton<IDemoPart, PeopleSeeder>();
        builder.Services.AddSingleton<IDemoPart, PortfolioSeeder>();
        builder.Services.AddSingleton<IDemoPart, CatalogueSeeder>();
        builder.Services.AddSingleton<IDemoPart, AgreementSeeder>();
        builder.Services.AddSingleton<IDemoPart, IncidentSeeder>();
        builder.Services.AddSingleton<IDemoPart, ProblemSeeder>();
        builder.Services.AddSingleton<IDemoPart, ChangeSeeder>();
        builder.Services.AddSingleton<IDemoPart, ServiceRequestSeeder>();
        builder.Services.AddSingleton<IDemoPart, MajorIncidentSeeder>();
        builder.Services.AddSingleton<DemoSeeding>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DemoSeeding>());
        return builder;
    }
}
