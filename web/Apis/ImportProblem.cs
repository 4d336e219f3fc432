namespace ItsmOrleans.Web.Apis;

/// <summary>Why a row of an imported file was (or would be) rejected; <paramref name="Column"/> is null when the whole row is at fault.</summary>
public sealed record ImportProblem(int Row, string? Column, string Reason);
