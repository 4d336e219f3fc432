using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>A catalogue item asked for by <paramref name="By"/> (POST /api/requests), then decided and fulfilled by its steps.</summary>
public sealed record DemoServiceRequest(string Key, string By, SubmitRequestRequest Submit, IReadOnlyList<DemoRequestStep>? Steps = null)
{
    public Guid Id => DemoKeys.Id("request", By, Key);
}
