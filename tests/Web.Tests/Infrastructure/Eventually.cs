namespace ItsmOrleans.Web.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns a value, giving up after <paramref name="timeout"/>.</summary>
    public static async Task<T> Get<T>(Func<Task<T?>> probe, TimeSpan timeout, TimeSpan every, string what)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {timeout}.");
            }

            await Task.Delay(every);
        }
    }
}
