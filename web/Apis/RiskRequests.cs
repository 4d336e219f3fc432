using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/risks.</summary>
public sealed record RecordRiskRequest(
    string? Title,
    string? Category,
    string? Owner,
    string? Description = null,
    string? Cause = null,
    RiskLinks? Links = null,
    RiskRating? Inherent = null,
    DateOnly? ReviewBy = null)
{
    public RecordRisk ToCommand()
    {
        var errors = new FieldErrors();
        var category = EnumText.Parse<RiskCategory>(errors, "category", Category, required: true);
        errors.ThrowIfAny();
        var command = new RecordRisk(Title ?? "", category!.Value, Owner ?? "", Description, Cause, Links, Inherent, ReviewBy);
        RiskRules.Validate(command);
        return command;
    }
}

/// <summary>The body of PATCH /api/risks/{id}: only the fields sent change; a list sent replaces the whole list.</summary>
public sealed record UpdateRiskRequest(
    string? Title = null,
    string? Description = null,
    string? Cause = null,
    string? Category = null,
    string? Owner = null,
    RiskLinks? Links = null,
    RiskRating? Inherent = null,
    RiskRating? Residual = null,
    string? Treatment = null,
    IReadOnlyList<string>? Controls = null,
    IReadOnlyList<RiskAction>? Actions = null,
    IReadOnlyList<Alternative>? Alternatives = null,
    DateOnly? ReviewBy = null,
    int? Version = null) : IVersionedRequest
{
    public UpdateRisk ToCommand()
    {
        var errors = new FieldErrors();
        var category = EnumText.Parse<RiskCategory>(errors, "category", Category, required: false);
        var treatment = EnumText.Parse<RiskTreatment>(errors, "treatment", Treatment, required: false);
        errors.ThrowIfAny();
        var command = new UpdateRisk(Title, Description, Cause, category, Owner, Links, Inherent, Residual, treatment, Controls, Actions, Alternatives, ReviewBy);
        RiskRules.Validate(command);
        return command;
    }
}

/// <summary>The body of POST /api/risks/{id}/transitions.</summary>
public sealed record MoveRiskRequest(string? To, string? Notes = null, int? Version = null) : IVersionedRequest
{
    public MoveRisk ToCommand()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<RiskStatus>(errors, "to", To, required: true);
        errors.ThrowIfAny();
        var command = new MoveRisk(to!.Value, Notes);
        RiskRules.Validate(command);
        return command;
    }
}
