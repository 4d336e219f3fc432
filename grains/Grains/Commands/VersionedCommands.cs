using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Commands;

/// <summary>
/// Runs the versioned commands of one record, the same way for every kind: the caller's access first; a command retried
/// under its idempotency key answered without running again; a command based on another version refused; then the
/// change, and only if there is one: a new version, the key remembered, the state saved and then published. Once the
/// state in memory may have moved, any failure lets the activation go, so that the next call starts again from what was
/// saved. The record's rules come in as <see cref="CommandSteps{TChange}"/>; none live here.
/// </summary>
public sealed class VersionedCommands<TState>(IGrainBase grain, IPersistentState<TState> store, TimeProvider time)
    where TState : class, IVersionedState
{
    private TState State => store.State;

    /// <summary>
    /// Creates the record. A retry of the command that created it is answered as done; any other create of a record that
    /// exists is a version conflict. A create that fails lets the activation go: nothing of it was saved.
    /// </summary>
    /// <returns>True when this call created the record; false for a retry.</returns>
    public async Task<bool> Create<TChange>(CommandContext context, object command, CommandSteps<TChange> steps)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(steps);
        steps.EnsureAllowed?.Invoke();
        if (State.Created)
        {
            return IsReplay(context, command) ? false : throw new VersionConflictException(0, State.Version);
        }

        return await Change(context, command, steps, creates: true);
    }

    /// <summary>Runs a command on the record; nothing is saved or published when it changes nothing.</summary>
    /// <returns>True when this call changed the record; false for a retry or a command that changes nothing.</returns>
    public async Task<bool> Run<TChange>(CommandContext context, object command, CommandSteps<TChange> steps)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(steps);
        steps.EnsureAllowed?.Invoke();
        if (IsReplay(context, command))
        {
            return false;
        }

        if (context.ExpectedVersion is { } expected)
        {
            (steps.EnsureCurrent ?? EnsureSameVersion)(expected);
        }

        return await Change(context, command, steps, creates: false);
    }

    private async Task<bool> Change<TChange>(CommandContext context, object command, CommandSteps<TChange> steps, bool creates)
    {
        // One reading of the clock: the change, its history entry and UpdatedAt all say the same time.
        var now = time.GetUtcNow();
        TChange? applied;
        try
        {
            if (steps.LookUp is { } lookUp)
            {
                await lookUp();
            }

            applied = await steps.Apply(now);
        }
        catch (Exception e) when (creates || e is not DomainException)
        {
            // A refusal comes before the state changes; anything else may have come after, and a failed create leaves nothing to keep.
            grain.DeactivateOnIdle();
            throw;
        }

        // Null for a change described by a value, false for one described by a flag: the command changed nothing.
        if (applied is not { } change || EqualityComparer<TChange>.Default.Equals(change, default!))
        {
            return false;
        }

        try
        {
            State.Version++;
            State.Revision++;
            State.UpdatedAt = now;
            Remember(context, command, creates);
            if (steps.BeforeSave is { } beforeSave)
            {
                await beforeSave(change, now);
            }

            await store.WriteStateAsync();
            if (steps.AfterSave is { } afterSave)
            {
                await afterSave(change, now);
            }
        }
        catch
        {
            // Memory is ahead of storage (or of what was published from it): the next call reloads what was saved.
            grain.DeactivateOnIdle();
            throw;
        }

        return true;
    }

    private bool IsReplay(CommandContext context, object command) =>
        RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests);

    private void EnsureSameVersion(int expected)
    {
        if (expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }
    }

    private void Remember(CommandContext context, object command, bool creates)
    {
        if (creates)
        {
            State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
        }
        else
        {
            RequestLedger.Remember(context.RequestId, command, State.RecentRequests);
        }
    }
}
