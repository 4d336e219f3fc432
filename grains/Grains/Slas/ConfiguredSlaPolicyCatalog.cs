using ItsmOrleans.Contracts.Incidents;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Slas;

/// <summary>The built-in standard policy plus those from configuration, checked once at start.</summary>
public sealed class ConfiguredSlaPolicyCatalog : ISlaPolicyCatalog
{
    public static readonly TimeSpan LongestTarget = TimeSpan.FromDays(366);

    private readonly Dictionary<string, SlaPolicy> _policies = new(StringComparer.OrdinalIgnoreCase);

    public ConfiguredSlaPolicyCatalog(IOptions<SlaOptions> options)
    {
        var settings = options.Value;
        _policies[SlaOptions.StandardPolicyId] = SlaOptions.Standard;
        foreach (var (id, policy) in settings.Policies)
        {
            _policies[id] = Build(id, policy);
        }

        if (!_policies.TryGetValue(settings.DefaultPolicy, out var defaultPolicy))
        {
            throw new OptionsValidationException(SlaOptions.Section, typeof(SlaOptions), [$"Sla:DefaultPolicy '{settings.DefaultPolicy}' is not a configured policy."]);
        }

        DefaultPolicyId = defaultPolicy.Id;
    }

    public string DefaultPolicyId { get; }

    public SlaPolicy? Find(string id) => _policies.GetValueOrDefault(id);

    private static SlaPolicy Build(string id, SlaPolicyOptions policy)
    {
        var errors = new List<string>();
        var targets = new Dictionary<Priority, SlaTargets>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!policy.Targets.TryGetValue(priority, out var target))
            {
                errors.Add($"Sla:Policies:{id}:Targets:{priority} is missing.");
            }
            else if (target.Response <= TimeSpan.Zero || target.Resolution <= TimeSpan.Zero)
            {
                errors.Add($"Sla:Policies:{id}:Targets:{priority} needs positive Response and Resolution times.");
            }
            else if (target.Response > LongestTarget || target.Resolution > LongestTarget)
            {
                errors.Add($"Sla:Policies:{id}:Targets:{priority} is longer than {LongestTarget.TotalDays} days.");
            }
            else
            {
                targets[priority] = new SlaTargets(target.Response, target.Resolution);
            }
        }

        if (errors.Count > 0)
        {
            throw new OptionsValidationException(SlaOptions.Section, typeof(SlaOptions), errors);
        }

        return new SlaPolicy(id, policy.Name ?? id, targets);
    }
}
