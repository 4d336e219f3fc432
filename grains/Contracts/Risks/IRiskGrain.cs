using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Risks;

/// <summary>One risk of the register. Commands are versioned (a stale version is a conflict) and idempotent, and go into its history.</summary>
public interface IRiskGrain : IGrainWithGuidKey
{
    Task<RiskView> Record(CommandContext context, RecordRisk command);

    Task<RiskView> Get(Caller caller);

    Task<RiskView> Update(CommandContext context, UpdateRisk command);

    Task<RiskView> Move(CommandContext context, MoveRisk command);

    Task<IReadOnlyList<RiskHistoryEntry>> GetHistory(Caller caller);
}
