using ItsmOrleans.Hosting.Health;
using ItsmOrleans.Web.Apis;
using ItsmOrleans.Web.Extensions;
using ItsmOrleans.Web.Hubs;

var builder = WebApplication.CreateBuilder(args);
builder.AddItsmOrleans();
builder.AddItsmApi();
builder.AddItsmBoards();
builder.Services.AddItsmHealthChecks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapIncidentApi();
app.MapHub<OperationsHub>(OperationsHub.Path);
app.MapItsmHealth();
app.AnnounceWhenReady();
app.Run();

/// <summary>Entry point; public so functional tests can host the app.</summary>
public partial class Program;
