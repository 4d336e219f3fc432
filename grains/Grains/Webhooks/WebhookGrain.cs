using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Webhooks;
using ItsmOrleans.Grains.OutgoingCalls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Webhooks;

/// <summary>
/// One outgoing webhook. Events wait in a bounded, stored queue and go out in order, one at a time; a failed delivery
/// is retried with doubling delays by a grain timer, and a reminder wakes the webhook after a restart. Every attempt
/// is logged.
/// </summary>
public sealed class WebhookGrain(
    [PersistentState(WebhookGrain.StateName, ItsmStorage.Name)] IPersistentState<WebhookState> store,
    IWebhookSender sender,
    OutgoingAddressPolicy addresses,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookGrain> logger) : Grain, IWebhookGrain, IRemindable
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "webhook";

    private const string WakeReminder = "webhook-delivery";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);
    private IGrainTimer? _timer;
    private bool _reminderSet;

    private string Id => this.GetPrimaryKeyString();

    private WebhookState State => store.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Schedule();
        return Task.CompletedTask;
    }

    public async Task<WebhookView> Define(CommandContext context, WebhookDefinition definition)
    {
        EnsureAdmin(context);
        if (string.IsNullOrEmpty(definition.Secret) && State.Definition is { } existing)
        {
            definition = definition with { Secret = existing.Secret }; // A change that leaves the secret out keeps it.
        }

        WebhookRules.Validate(Id, definition, addresses);
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        State.Definition = definition with { Events = [.. definition.Events.Distinct(StringComparer.Ordinal)] };
        State.Version++;
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Register(Id, definition.Active ? State.Definition.Events : []);
        Schedule();
        return View();
    }

    public Task<WebhookView> Get() =>
        State.Definition is null ? throw new NotFoundException($"There is no webhook '{Id}'.") : Task.FromResult(View());

    public async Task Remove(CommandContext context)
    {
        EnsureAdmin(context);
        if (State.Definition is null)
        {
            throw new NotFoundException($"There is no webhook '{Id}'.");
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Unregister(Id);
        await store.ClearStateAsync();
        _timer?.Dispose();
        _timer = null;
        await StopReminder();
        DeactivateOnIdle();
    }

    public Task<IReadOnlyList<DeliveryAttempt>> Deliveries() =>
        State.Definition is null ? throw new NotFoundException($"There is no webhook '{Id}'.")
            : Task.FromResult<IReadOnlyList<DeliveryAttempt>>([.. Enumerable.Reverse(State.Log)]);

    public async Task Enqueue(WebhookEvent webhookEvent)
    {
        if (State.Definition is not { Active: true } definition || !definition.Events.Contains(webhookEvent.Type))
        {
            return;
        }

        State.Queue.Add(webhookEvent);
        if (State.Queue.Count > options.Value.QueueLimit)
        {
            var oldest = State.Queue[0];
            State.Queue.RemoveAt(0);
            State.HeadAttempts = 0;
            State.Dropped++;
            Log(new DeliveryAttempt(oldest.Id, oldest.Type, oldest.Number, 0, time.GetUtcNow(), null, "Given up: the queue was full.", false, null));
        }

        await store.WriteStateAsync();
        Schedule();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Schedule();
        return Task.CompletedTask;
    }

    /// <summary>Makes sure the head of the queue is tried when it is due; a reminder keeps the webhook awake while events wait.</summary>
    private void Schedule()
    {
        if (State.Queue.Count == 0 || State.Definition is not { Active: true })
        {
            return;
        }

        var wait = State.NextAttemptAt is { } due ? due - time.GetUtcNow() : TimeSpan.Zero;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(DeliverHead, new GrainTimerCreationOptions(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan));
        if (!_reminderSet)
        {
            // Once per activation while events wait: the reminder table is not written for every event.
            _reminderSet = true;
            this.RegisterOrUpdateReminder(WakeReminder, ReminderPeriod, ReminderPeriod).Ignore();
        }
    }

    private async Task DeliverHead(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = null;
        if (State.Queue.Count == 0 || State.Definition is not { Active: true } definition)
        {
            await StopReminder();
            return;
        }

        var head = State.Queue[0];
        using var timeout = new CancellationTokenSource(options.Value.SendTimeout);
        var result = await sender.Send(definition.Url, definition.Secret, head, timeout.Token);
        var now = time.GetUtcNow();
        var attempt = ++State.HeadAttempts;
        if (result.Delivered || attempt >= options.Value.MaxAttempts)
        {
            State.Queue.RemoveAt(0);
            State.HeadAttempts = 0;
            State.NextAttemptAt = null;
            State.Dropped += result.Delivered ? 0 : 1;
            Log(new DeliveryAttempt(head.Id, head.Type, head.Number, attempt, now, result.StatusCode,
                result.Delivered ? null : $"{result.Error ?? $"HTTP {result.StatusCode}"}; given up after {attempt} attempts.", result.Delivered, null));
        }
        else
        {
            State.NextAttemptAt = now + WebhookRules.RetryDelay(attempt, options.Value);
            Log(new DeliveryAttempt(head.Id, head.Type, head.Number, attempt, now, result.StatusCode, result.Error ?? $"HTTP {result.StatusCode}", false, State.NextAttemptAt));
            logger.LogInformation("Webhook {Webhook} delivery of {Event} failed ({Status}); retrying at {Next}", Id, head.Id, result.StatusCode, State.NextAttemptAt);
        }

        // The attempt happened whatever the timer's token says now; record it.
        await store.WriteStateAsync(CancellationToken.None);
        if (State.Queue.Count == 0)
        {
            await StopReminder();
        }
        else
        {
            Schedule();
        }
    }

    private void Log(DeliveryAttempt attempt)
    {
        State.Log.Add(attempt);
        if (State.Log.Count > WebhookRules.LogLimit)
        {
            State.Log.RemoveAt(0);
        }
    }

    private async Task StopReminder()
    {
        _reminderSet = false;
        if (await this.GetReminder(WakeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private WebhookView View() => State.ToView(Id)!;

    private static void EnsureAdmin(CommandContext context)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators keep webhooks.");
        }
    }
}
