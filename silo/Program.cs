using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Health;
using ItsmOrleans.Hosting.Telemetry;
using ItsmOrleans.Silo.Commands;

if (args is ["migrate", .. var rest])
{
    return await MigrateCommand.Run(rest);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => silo.UseItsmSilo(builder.Configuration));
builder.Services.AddItsmHealthChecks();
builder.Services.AddItsmTelemetry(builder.Configuration, "itsm-silo");

var app = builder.Build();
app.MapItsmHealth();
app.MapItsmMetrics();
await app.RunAsync();
return 0;
