namespace ItsmOrleans.Grains.Slas;

/// <summary>The SLA policies the desk offers.</summary>
public interface ISlaPolicyCatalog
{
    string DefaultPolicyId { get; }

    /// <summary>Finds a policy by id (case-insensitive); null when there is none.</summary>
    SlaPolicy? Find(string id);
}
