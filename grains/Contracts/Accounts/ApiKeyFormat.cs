namespace ItsmOrleans.Contracts.Accounts;

/// <summary>The shape of an API key, <c>itsm_&lt;id&gt;.&lt;secret&gt;</c>: the id finds the key, the secret proves it.</summary>
public static class ApiKeyFormat
{
    public const string Prefix = "itsm_";

    /// <summary>An id is this many lower-case hex digits.</summary>
    public const int IdLength = 12;
}
