using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>A change raised by <paramref name="By"/> (POST /api/changes) in the window given here, then moved and voted on by its steps.</summary>
public sealed record DemoChange(string Key, string By, CreateChangeRequest Raise, DemoWindow? Window = null, IReadOnlyList<DemoChangeStep>? Steps = null)
{
    public Guid Id => DemoKeys.Id("change", By, Key);
}
