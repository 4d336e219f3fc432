using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>A software licence as PUT /api/licences/{id} takes it, and who holds its seats.</summary>
/// <param name="ExpiresInDays">Days from the day of seeding; it does not expire when null.</param>
public sealed record DemoLicence(DefineLicenceRequest Terms, int? ExpiresInDays, IReadOnlyList<string> AssignedTo);
