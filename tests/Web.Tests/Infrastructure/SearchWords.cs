namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Words no other test's records contain, for searches that must find only this test's records.</summary>
public static class SearchWords
{
    /// <summary>
    /// The prefix and eight hex digits. Four letters lead so that the word can never read as a ticket number
    /// (three letters then digits), which search looks up by number instead of by word.
    /// </summary>
    public static string Unique(string prefix)
    {
        if (prefix.Length < 4 || !prefix.All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException("A search word's prefix is at least four lower-case letters.", nameof(prefix));
        }

        return prefix + Guid.NewGuid().ToString("N")[..8];
    }
}
