namespace ItsmOrleans.Web.Apis;

/// <summary>The fields of the sign-in form.</summary>
public sealed record SignInForm(string? UserName, string? Password, string? ReturnUrl);
