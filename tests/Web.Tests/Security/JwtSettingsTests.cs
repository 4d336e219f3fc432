using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>A web host checks its identity provider settings as it starts, rather than accepting tokens it should not.</summary>
public class JwtSettingsTests
{
    [Fact]
    public async Task A_host_with_an_authority_but_no_audience_refuses_to_start_and_names_the_setting()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "itsm-jwt-settings-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                foreach (var (key, value) in TestSettings.For(dataFolder, FreePort.Get(), FreePort.Get()))
                {
                    web.UseSetting(key, value);
                }

                web.UseSetting("Security:Jwt:Authority", "https://login.example.com/tenant");
            });

            var refused = Assert.Throws<OptionsValidationException>(() => host.CreateClient());
            Assert.Contains("Security:Jwt:Audience", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }
}
