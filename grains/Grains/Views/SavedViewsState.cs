using ItsmOrleans.Contracts.Views;

namespace ItsmOrleans.Grains.Views;

[GenerateSerializer, Alias("itsm.SavedViewsState")]
public sealed class SavedViewsState
{
    [Id(0)] public List<SavedView> Views { get; set; } = [];

    /// <summary>The idempotency key each existing view was created with, so a retried create returns it.</summary>
    [Id(1)] public Dictionary<string, Guid> CreatedBy { get; set; } = [];
}
