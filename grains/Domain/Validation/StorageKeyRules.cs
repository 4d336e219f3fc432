namespace ItsmOrleans.Domain.Validation;

/// <summary>
/// Which string grain keys the durable store cannot tell apart. Orleans' ADO.NET storage files a string key that reads
/// as a hexadecimal number under that number, so "0cafe" and "cafe", or "010" and "10", would share one saved state.
/// Keys written in that form with a leading zero are refused where people choose them; every other key is stored apart.
/// </summary>
public static class StorageKeyRules
{
    public static bool SharesStorageWithAnother(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var number = key.Split('+', 2)[0];
        return number.Length > 1 && number[0] == '0' && number.All(char.IsAsciiHexDigit);
    }

    /// <summary>The key the store would confuse <paramref name="key"/> with.</summary>
    public static string WithoutLeadingZeros(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.TrimStart('0') is { Length: > 0 } rest && rest[0] != '+' ? rest : "0" + key.TrimStart('0');
    }
}
