using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Licences;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.Licences;

/// <summary>
/// One software licence. Every change is versioned; when assignments pass the entitlement the licence raises an
/// "over-used" notice on every board, and settles it when it is back within the entitlement.
/// </summary>
public sealed class LicenceGrain(
    [PersistentState("licence", ItsmStorage.Name)] IPersistentState<LicenceState> store,
    ILicenceProjection projection,
    INoticeProjection notices,
    TimeProvider time) : Grain, ILicenceGrain
{
    private LicenceState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    private string NoticeKey => $"licence:{Id}";

    public Task<LicenceView> Define(CommandContext context, DefineLicence definition)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only admins define licences.");
        }

        LicenceRules.Validate(Id, definition);
        return Change(context, () =>
        {
            (State.Defined, State.Product, State.Vendor, State.Entitlements, State.Expires, State.Notes) =
                (true, definition.Product.Trim(), definition.Vendor.Trim(), definition.Entitlements, definition.Expires, definition.Notes);
            return true;
        });
    }

    public Task<LicenceView> Get(Caller caller)
    {
        EnsureDefined();
        return Task.FromResult(View());
    }

    public Task<LicenceView> Assign(CommandContext context, string assignee)
    {
        EnsureMayAssign(context);
        LicenceRules.ValidateAssignee(assignee);
        return Change(context, () =>
        {
            if (State.Assignments.Exists(a => Same(a.Assignee, assignee)))
            {
                return false;
            }

            if (State.Assignments.Count >= LicenceRules.MaxAssignments)
            {
                throw new DomainValidationException("assignee", $"At most {LicenceRules.MaxAssignments} assignments per licence.");
            }

            State.Assignments.Add(new LicenceAssignment(assignee.Trim(), time.GetUtcNow(), context.Actor));
            return true;
        });
    }

    public Task<LicenceView> Unassign(CommandContext context, string assignee)
    {
        EnsureMayAssign(context);
        return Change(context, () => State.Assignments.RemoveAll(a => Same(a.Assignee, assignee)) > 0);
    }

    private async Task<LicenceView> Change(CommandContext context, Func<bool> apply)
    {
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var wasOver = State.OverSince is not null;
        if (!apply())
        {
            return View();
        }

        State.Version++;
        var over = LicenceRules.ComplianceOf(State.Entitlements, State.Assignments.Count) == LicenceCompliance.Over;
        State.OverSince = over ? State.OverSince ?? time.GetUtcNow() : null;
        await store.WriteOrForget(this);

        await projection.Upsert(Summary(), CancellationToken.None);
        if (over || wasOver)
        {
            var text = $"{State.Product} ({State.Vendor}): {State.Assignments.Count} seats assigned, {State.Entitlements} entitled";
            await NoticeBoard.Post(GrainFactory, notices, new BoardNotice(NoticeKey, NoticeKind.LicenceOverused, text, State.OverSince ?? time.GetUtcNow(), over, State.Version));
        }

        return View();
    }

    private void EnsureMayAssign(CommandContext context)
    {
        EnsureDefined();
        if (!context.Caller.Is(Role.Agent) && !context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only agents and admins assign licences.");
        }
    }

    private void EnsureDefined()
    {
        if (!State.Defined)
        {
            throw new NotFoundException($"There is no licence '{Id}'.");
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private LicenceView View() => new(
        Id, State.Product, State.Vendor, State.Entitlements, [.. State.Assignments], State.Assignments.Count,
        LicenceRules.ComplianceOf(State.Entitlements, State.Assignments.Count), State.Expires, State.Notes, State.Version);

    private LicenceSummary Summary() => new(
        Id, State.Product, State.Vendor, State.Entitlements, State.Assignments.Count,
        LicenceRules.ComplianceOf(State.Entitlements, State.Assignments.Count), State.Expires, State.Version);
}
