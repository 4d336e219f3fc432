using ItsmOrleans.Hosting.Health;
using ItsmOrleans.Web.Apis;
using ItsmOrleans.Web.Extensions;
using ItsmOrleans.Web.Hubs;
using ItsmOrleans.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddItsmOrleans();
builder.AddItsmApi();
builder.AddItsmSecurity();
builder.AddItsmRateLimits();
builder.AddItsmAlertIngestion();
builder.AddItsmBoards();
builder.Services.AddItsmHealthChecks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseItsmSecurityHeaders();
app.UseAuthentication();
app.UseOriginCheck();
app.UseSignInForBoardPage();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.MapOpenApi().AllowAnonymous();
app.MapSessionApi();
app.MapIncidentApi();
app.MapAdminApi();
app.MapServiceApi();
app.MapChangeApi();
app.MapSlaApi();
app.MapMajorIncidentApi();
app.MapProblemApi();
app.MapLicenceApi();
app.MapWebhookApi();
app.MapAlertIngestApi();
app.MapAlertmanagerApi();
app.MapVendorContractApi();
app.MapServiceRequestApi();
app.MapHub<OperationsHub>(OperationsHub.Path, o => o.CloseOnAuthenticationExpiration = true);
app.MapItsmHealth().AllowAnonymous();
app.AnnounceWhenReady();
app.Run();

/// <summary>Entry point; public so functional tests can host the app.</summary>
public partial class Program;
