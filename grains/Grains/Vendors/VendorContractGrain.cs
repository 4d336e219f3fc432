using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Domain.Vendors;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.Vendors;

/// <summary>
/// One vendor contract. A daily reminder re-reads its status; entering the renewal notice period or ending raises a
/// notice on every board, and renewing the terms settles it.
/// </summary>
public sealed class VendorContractGrain(
    [PersistentState("vendor-contract", ItsmStorage.Name)] IPersistentState<VendorContractState> store,
    IVendorContractProjection projection,
    INoticeProjection notices,
    TimeProvider time) : Grain, IVendorContractGrain, IRemindable
{
    private const string DailyCheck = "contract-status";

    private VendorContractState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.Terms is null ? Task.CompletedTask : Announce();

    public async Task<VendorContractView> Define(CommandContext context, DefineVendorContract definition)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only admins keep vendor contracts.");
        }

        VendorContractRules.Validate(Id, definition);
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        State.Terms = definition with { Vendor = definition.Vendor.Trim(), Name = definition.Name.Trim(), ServiceIds = [.. definition.ServiceIds.Distinct()] };
        State.Version++;
        await Save();
        await projection.Upsert(View(), CancellationToken.None);
        await Announce();
        return View();
    }

    public Task<VendorContractView> Get(Caller caller) =>
        State.Terms is null ? throw new NotFoundException($"There is no vendor contract '{Id}'.") : Task.FromResult(View());

    public Task ReceiveReminder(string reminderName, TickStatus status) => Announce();

    /// <summary>Tells the boards when the status moved into (or out of) the renewal period or past the end; keeps the daily check while the contract runs.</summary>
    private async Task Announce()
    {
        var status = Status();
        if (status != State.Announced)
        {
            var terms = State.Terms!;
            var warn = status is VendorContractStatus.ExpiringSoon or VendorContractStatus.Expired;
            var text = status == VendorContractStatus.Expired
                ? $"{terms.Name} ({terms.Vendor}) ended on {terms.End:yyyy-MM-dd}; it supports {string.Join(", ", terms.ServiceIds)}"
                : $"{terms.Name} ({terms.Vendor}) ends on {terms.End:yyyy-MM-dd}: decide on renewal";
            var kind = status == VendorContractStatus.Expired ? NoticeKind.ContractExpired : NoticeKind.ContractExpiring;
            (State.Announced, State.NoticeRevision) = (status, State.NoticeRevision + 1);
            await Save();
            await NoticeBoard.Post(GrainFactory, notices, new BoardNotice($"contract:{Id}", kind, text, time.GetUtcNow(), warn, State.NoticeRevision));
        }

        if (status == VendorContractStatus.Expired)
        {
            if (await this.GetReminder(DailyCheck) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        else
        {
            var untilMidnight = Today.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - time.GetUtcNow().UtcDateTime;
            await this.RegisterOrUpdateReminder(DailyCheck, untilMidnight + TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        }
    }

    private Task Save() => store.WriteOrForget(this);

    private VendorContractStatus Status() =>
        VendorContractRules.StatusOn(State.Terms!.Start, State.Terms.End, State.Terms.RenewalNoticeDays, Today);

    private VendorContractView View()
    {
        var t = State.Terms!;
        return new VendorContractView(Id, t.Vendor, t.Name, t.ServiceIds, t.SupportTerms, t.ResponseTarget, t.ResolutionTarget, t.Start, t.End,
            t.RenewalNoticeDays, Status(), State.Version);
    }
}
