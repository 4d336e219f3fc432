using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Extensions;

public static class OrleansExtensions
{
    /// <summary>Hosts a silo in-process (embedded, the default) or connects to silos as a client, per "Orleans:Mode".</summary>
    public static WebApplicationBuilder AddItsmOrleans(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetValue("Orleans:Mode", HostingMode.Embedded);
        if (mode == HostingMode.Client)
        {
            builder.UseOrleansClient(client => client
                .UseItsmClient(builder.Configuration)
                .AddClusterConnectionStatusObserver<BoardConnectionWatcher>());
        }
        else
        {
            builder.UseOrleans(silo => silo.UseItsmSilo(builder.Configuration));
        }

        return builder;
    }
}
