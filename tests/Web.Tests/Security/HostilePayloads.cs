using System.Text;
using System.Text.Json.Nodes;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Makes malformed and hostile request bodies from a valid one, reproducibly from a seed: wrong types, absurd sizes,
/// control and bidirectional characters, injection strings, broken JSON, deep nesting, invalid UTF-8.
/// </summary>
public sealed class HostilePayloads(int seed)
{
    private static readonly string[] Nasty =
    [
        "", " ", "\u0000", "\u0007bell", "\u202Eevil\u202C", "\uFEFF", "😀🔥", "A\u0301\u0301\u0301", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "' OR '1'='1' --", "'; DROP TABLE incidents; --", "../../../../etc/passwd", "${jndi:ldap://x/a}",
        "{{7*7}}", "%s%s%s%n", "\r\nSet-Cookie: x=y", "null", "NaN", "-1", "P0", "inprogress ", "HIGH", "1e999", "\\u0000",
    ];

    private readonly Random _random = new(seed);

    public (byte[] Body, string ContentType) Next(JsonObject valid)
    {
        return _random.Next(12) switch
        {
            0 => (Utf8(Truncated(valid.ToJsonString())), "application/json"),
            1 => (Utf8(Deep(_random.Next(100, 5000))), "application/json"),
            2 => (InvalidUtf8(valid.ToJsonString()), "application/json"),
            3 => (Utf8(WrongTopLevel()), "application/json"),
            4 => (Utf8(valid.ToJsonString()), Pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"])),
            5 => (Utf8(WithUnknownField(valid)), "application/json"),
            6 => (Utf8(WithHugeValue(valid)), "application/json"),
            _ => (Utf8(WithHostileValue(valid)), "application/json"),
        };
    }

    public string NastyText() => Pick(Nasty) + (_random.Next(4) == 0 ? new string('x', _random.Next(1, 3000)) : "");

    public string NastyQuery()
    {
        string[] names = ["status", "priority", "service", "assignmentGroup", "assignee", "limit", "after", "x", "status[]", ""];
        var parts = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => $"{Uri.EscapeDataString(Pick(names))}={Uri.EscapeDataString(NastyText())}");
        return string.Join("&", parts);
    }

    public string Pick(IReadOnlyList<string> values) => values[_random.Next(values.Count)];

    private string Truncated(string json) => json[.._random.Next(0, Math.Max(1, json.Length - 1))];

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    private byte[] InvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        bytes.Insert(_random.Next(bytes.Count), (byte)Pick(["\u00ff", "\u00c3", "\u00ed"])[0]);
        bytes.Insert(_random.Next(bytes.Count), 0xC0);
        return [.. bytes];
    }

    private string WrongTopLevel() => Pick(["[]", "[{}]", "\"text\"", "42", "true", "null", "", "   ", "{", "}", "{\"a\":}", "{'single':'quotes'}"]);

    private string WithUnknownField(JsonObject valid)
    {
        var copy = (JsonObject)valid.DeepClone();
        copy[Pick(["priority", "id", "version2", "__proto__", "constructor", "$type", "Title"])] = NastyText();
        return copy.ToJsonString();
    }

    private string WithHugeValue(JsonObject valid)
    {
        var copy = (JsonObject)valid.DeepClone();
        var field = Pick([.. copy.Select(p => p.Key)]);
        copy[field] = new string('A', _random.Next(200, 300_000));
        return copy.ToJsonString();
    }

    private string WithHostileValue(JsonObject valid)
    {
        var copy = (JsonObject)valid.DeepClone();
        foreach (var field in copy.Select(p => p.Key).ToList())
        {
            if (_random.Next(2) == 0)
            {
                continue;
            }

            copy[field] = _random.Next(8) switch
            {
                0 => null,
                1 => JsonValue.Create(_random.Next(-5, 5)),
                2 => JsonValue.Create(_random.NextDouble() * 1e300),
                3 => JsonValue.Create(_random.Next(2) == 0),
                4 => new JsonArray(JsonValue.Create(NastyText()), JsonValue.Create(1)),
                5 => new JsonObject { ["nested"] = NastyText() },
                _ => JsonValue.Create(NastyText()),
            };
        }

        return copy.ToJsonString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
