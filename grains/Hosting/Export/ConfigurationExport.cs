using System.Globalization;
using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Grains.Accounts;
using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Grains.Escalations;
using ItsmOrleans.Grains.Services;
using ItsmOrleans.Grains.Webhooks;
using ItsmOrleans.Hosting.Audit;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Hosting.Export;

/// <summary>
/// The export's sections of what administrators configure and the hub keeps besides tickets: the request and change
/// catalogues, service definitions with their maintenance windows, escalation policies, on-call schedules, monitoring
/// integrations and their alerts, webhooks, saved views, accounts, API keys and the audit log. Each is the public view its
/// own GET endpoint returns, so no secret leaves: webhooks keep only their secret's hint, keys and accounts no hashes.
/// </summary>
public sealed class ConfigurationExport(
    ExportWriter export, GrainStateRows rows, IGrainFactory grains, IServiceProvider services, int page, CancellationToken cancellationToken)
{
    public async Task Write()
    {
        // Both catalogues are one small grain each, capped (catalogue items, templates and freezes): read whole, like their GETs.
        export.Write("catalogItems", await grains.GetGrain<IRequestCatalogGrain>(0).List());
        var changeCatalog = await grains.GetGrain<IChangeCatalogGrain>(0).Get();
        export.Write("changeTemplates", changeCatalog.Templates);
        export.Write("changeFreezes", changeCatalog.Freezes);

        await export.Rows("serviceDefinitions", Keyed<ServiceState>(ServiceGrain.StateName), ExportedService.Of);
        await export.Rows("escalationPolicies", Keyed<EscalationPolicyState>(EscalationPolicyGrain.StateName), s => s.State.ToView(s.Key));
        await export.Rows("onCallSchedules", Keyed<OnCallScheduleState>(OnCallScheduleGrain.StateName), s => s.State.ToView(s.Key));
        await export.Rows("integrationKeys", Keyed<IntegrationKeyState>(IntegrationKeyGrain.StateName), s => ExportedIntegrationKey.Of(s.State.ToView(s.Key)));
        var alerts = services.GetRequiredService<IAlertReadModel>();
        await export.Paged("alerts", after => alerts.Page(after is null ? null : Guid.Parse(after), page, cancellationToken), a => a.Id.ToString("D"));
        await export.Rows("webhooks", Keyed<WebhookState>(WebhookGrain.StateName), s => s.State.ToView(s.Key));
        var views = services.GetRequiredService<ISavedViewReadModel>();
        await export.Paged("savedViews", after => views.Page(after is null ? null : Guid.Parse(after), page, cancellationToken), v => v.Id.ToString("D"));

        await export.Rows("users", Keyed<UserAccountState>(UserAccountGrain.StateName), s => s.State.Created ? s.State.ToView() : null);
        // A key id is all hex digits, so its row holds it as a number; the padding gives back the leading zeros.
        await export.Rows("apiKeys", Keyed<ApiKeyState>(ApiKeyGrain.StateName),
            s => s.State.Created ? s.State.ToView(s.Key.PadLeft(ApiKeyFormat.IdLength, '0'), lastUsedAt: null) : null);
        var audit = services.GetRequiredService<IAuditLog>();
        await export.Paged("auditLog",
            before => audit.Read(page, before is null ? null : long.Parse(before, CultureInfo.InvariantCulture), cancellationToken),
            e => e.Id.ToString(CultureInfo.InvariantCulture));
    }

    private IAsyncEnumerable<IReadOnlyList<KeyedGrainState<TState>>> Keyed<TState>(string stateName) =>
        rows.KeyedPages<TState>(stateName, page, cancellationToken);
}
