namespace ItsmOrleans.Web.Import;

/// <summary>The ticket a row made (or an earlier import of it made).</summary>
public sealed record ImportedTicket(Guid Id, string Number, DateTimeOffset CreatedAt);
