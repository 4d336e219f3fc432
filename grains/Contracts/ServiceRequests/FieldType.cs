namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>What a request form field accepts.</summary>
public enum FieldType
{
    Text = 1,
    Number = 2,
    Choice = 3,
    YesNo = 4,
    Date = 5,
}
