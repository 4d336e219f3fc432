using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>Events in order while they wait to be pushed, at most <c>capacity</c> per kind: past it the oldest go and are counted.</summary>
internal sealed class BoundedEvents(int capacity)
{
    private readonly List<LiveEvent> _events = [];
    private readonly Dictionary<string, int> _perKind = [];
    private readonly Dictionary<string, int> _dropped = [];

    public int Count => _events.Count;

    public void Add(LiveEvent @event)
    {
        _events.Add(@event);
        var count = _perKind[@event.Kind] = _perKind.GetValueOrDefault(@event.Kind) + 1;
        if (count > capacity)
        {
            _events.RemoveAt(_events.FindIndex(e => e.Kind == @event.Kind));
            _perKind[@event.Kind] = count - 1;
            Drop(@event.Kind, 1);
        }
    }

    public void AddAll(IEnumerable<LiveEvent> events, IReadOnlyDictionary<string, int> droppedBefore)
    {
        foreach (var (kind, dropped) in droppedBefore)
        {
            Drop(kind, dropped);
        }

        foreach (var @event in events)
        {
            Add(@event);
        }
    }

    /// <summary>The waiting events and how many were dropped, emptying the buffer.</summary>
    public (List<LiveEvent> Events, Dictionary<string, int> Dropped) TakeAll()
    {
        var taken = (_events.ToList(), new Dictionary<string, int>(_dropped));
        _events.Clear();
        _perKind.Clear();
        _dropped.Clear();
        return taken;
    }

    private void Drop(string kind, int count) => _dropped[kind] = _dropped.GetValueOrDefault(kind) + count;
}
