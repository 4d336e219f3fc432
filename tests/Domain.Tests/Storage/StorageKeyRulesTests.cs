using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Accounts;
using ItsmOrleans.Domain.Services;
using ItsmOrleans.Domain.Validation;

namespace ItsmOrleans.Domain.Tests.Storage;

public class StorageKeyRulesTests
{
    private static readonly string[] Candidates =
        ["cafe", "0cafe", "00cafe", "10", "010", "0", "00", "0-cafe", "0cafz", "email", "crm-db", "a", "0a", "ab+cd", "0ab+cd"];

    [Fact]
    public void The_keys_let_through_are_filed_apart_by_orleans_storage()
    {
        // The ADO.NET storage files a key by what Orleans reads it as: a Guid, a hexadecimal number, or the text itself.
        var accepted = Candidates.Where(k => !StorageKeyRules.SharesStorageWithAnother(k)).ToList();
        var filedUnder = accepted.Select(StoredAs).ToList();
        Assert.Equal(accepted.Count, filedUnder.Distinct().Count());
        var refused = Candidates.Except(accepted).ToList();
        Assert.Equal(["0cafe", "00cafe", "010", "00", "0a", "0ab+cd"], refused);
        Assert.All(refused, k => Assert.Contains(StoredAs(k), filedUnder));
    }

    [Theory]
    [InlineData("0cafe", "cafe")]
    [InlineData("010", "10")]
    [InlineData("00", "0")]
    [InlineData("0a", "a")]
    [InlineData("0ab+cd", "ab+cd")]
    public void A_refused_key_is_filed_with_the_one_without_leading_zeros(string refused, string sameRecord)
    {
        Assert.True(StorageKeyRules.SharesStorageWithAnother(refused));
        Assert.Equal(sameRecord, StorageKeyRules.WithoutLeadingZeros(refused));
        Assert.Equal(StoredAs(sameRecord), StoredAs(refused));
    }

    [Fact]
    public void A_service_id_that_would_share_a_saved_record_is_refused_naming_the_other()
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, "0cafe");
        var refused = Assert.Throws<DomainValidationException>(errors.ThrowIfAny);
        Assert.Contains("\"cafe\"", Assert.Single(refused.Errors["id"]), StringComparison.Ordinal);

        var fine = new FieldErrors();
        ServiceRules.ValidateId(fine, "0-cafe");
        ServiceRules.ValidateId(fine, "cafe");
        Assert.False(fine.Any);
    }

    [Fact]
    public void A_user_name_that_would_share_a_saved_record_is_refused()
    {
        var errors = new FieldErrors();
        AccountRules.ValidateUserName(errors, "0BEEF");
        Assert.True(errors.Any);

        var fine = new FieldErrors();
        AccountRules.ValidateUserName(fine, "beef");
        AccountRules.ValidateUserName(fine, "0.beef");
        Assert.False(fine.Any);
    }

    private static string StoredAs(string key)
    {
        var id = GrainId.Create("service", key);
        if (id.TryGetGuidKey(out var guid, out var guidExtension))
        {
            return $"guid:{guid}+{guidExtension}";
        }

        return id.TryGetIntegerKey(out var number, out var extension) ? $"number:{number}+{extension}" : $"text:{key}";
    }
}
