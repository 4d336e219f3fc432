namespace ItsmOrleans.Contracts.Numbering;

/// <summary>Hands out the human numbers of one kind of ticket (keyed by prefix, e.g. "INC"). A number is never handed out twice.</summary>
public interface ITicketNumberGrain : IGrainWithStringKey
{
    /// <summary>Reserves the next number and returns it formatted, e.g. INC0000042.</summary>
    Task<string> Next();
}
