using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Health;
using ItsmOrleans.Silo.Commands;

if (args is ["migrate", .. var rest])
{
    return await MigrateCommand.Run(rest);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => silo.UseItsmSilo(builder.Configuration));
builder.Services.AddItsmHealthChecks();

var app = builder.Build();
app.MapItsmHealth();
await app.RunAsync();
return 0;
