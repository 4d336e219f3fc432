namespace ItsmOrleans.Web.Extensions;

/// <summary>How the web app reaches grains (configuration key "Orleans:Mode").</summary>
public enum HostingMode
{
    /// <summary>The web app hosts a silo itself: one process, no setup.</summary>
    Embedded = 1,

    /// <summary>The web app is an Orleans client of separately run silos.</summary>
    Client = 2,
}
