using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>One move (POST …/transitions) or CAB vote (POST …/votes) on a change; exactly one is given.</summary>
public sealed record DemoChangeStep(string By, MoveChangeRequest? Move = null, VoteOnChangeRequest? Vote = null);
