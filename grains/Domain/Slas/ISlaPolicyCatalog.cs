
namespace ItsmOrleans.Domain.Slas;

/// <summary>The SLA policies the desk offers.</summary>
public interface ISlaPolicyCatalog
{
    string DefaultPolicyId { get; }

    /// <summary>Finds a policy by id (case-insensitive); null when there is none.</summary>
    SlaPolicy? Find(string id);

    /// <summary>Every policy, by id.</summary>
    IReadOnlyList<SlaPolicy> Policies { get; }

    /// <summary>Every business calendar, by id.</summary>
    IReadOnlyList<Contracts.Slas.BusinessCalendar> Calendars { get; }
}
