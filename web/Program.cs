using ItsmOrleans.Hosting.Health;
using ItsmOrleans.Web.Apis;
using ItsmOrleans.Web.Extensions;
using ItsmOrleans.Web.Hubs;

var builder = WebApplication.CreateBuilder(args);
builder.AddItsmOrleans();
builder.AddItsmApi();
builder.AddItsmSecurity();
builder.AddItsmBoards();
builder.Services.AddItsmHealthChecks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi().AllowAnonymous();
app.MapIncidentApi();
app.MapHub<OperationsHub>(OperationsHub.Path);
app.MapItsmHealth().AllowAnonymous();
app.AnnounceWhenReady();
app.Run();

/// <summary>Entry point; public so functional tests can host the app.</summary>
public partial class Program;
