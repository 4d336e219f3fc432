namespace ItsmOrleans.Web.Apis;

/// <summary>A row that was imported: the record it made, and whether an earlier import of the same row had made it already.</summary>
public sealed record ImportedRow(int Row, string Id, string? Number, bool AlreadyImported);
