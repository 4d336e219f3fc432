using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Grains.Changes;

/// <summary>What a workflow guard looks at: the change as it stands, the move asked for, its conflicts as of now and the approvals it needs.</summary>
public sealed record ChangeTransitionRequest(ChangeState Change, MoveChange Command, IReadOnlyList<ChangeConflict> Unresolved, int RequiredApprovals);
