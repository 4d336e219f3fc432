using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Grains.Vendors;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The vendor_contracts tables: written by the contract grains, read by lists and by incidents' underpinning contracts.</summary>
public sealed class SqlVendorContractReadModel(ItsmDatabase database) : IVendorContractReadModel, IVendorContractProjection
{
    public async Task Upsert(VendorContractView contract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO vendor_contracts (id, version, summary_json) VALUES (@id, @version, @json)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, summary_json = excluded.summary_json
                WHERE vendor_contracts.version < excluded.version
                """;
            upsert.WithParameter("id", contract.Id).WithParameter("version", contract.Version)
                .WithParameter("json", JsonSerializer.Serialize(contract, ReadModelJson.Options));
            if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return;
            }
        }

        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM vendor_contract_services WHERE contract_id = @id";
            clear.WithParameter("id", contract.Id);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var serviceId in contract.ServiceIds)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO vendor_contract_services (contract_id, service_id) VALUES (@id, @service)";
            insert.WithParameter("id", contract.Id).WithParameter("service", serviceId);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<VendorContractView>> Page(string? afterId, int limit, CancellationToken cancellationToken) =>
        SummaryPages.After<VendorContractView>(database, "vendor_contracts", afterId, limit, cancellationToken);

    public async Task<IReadOnlyList<VendorContractView>> List(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT summary_json FROM vendor_contracts ORDER BY id";
        return await Read(command, cancellationToken);
    }

    public async Task<IReadOnlyList<VendorContractView>> Covering(string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.summary_json FROM vendor_contracts c
            JOIN vendor_contract_services s ON s.contract_id = c.id
            WHERE s.service_id = @service ORDER BY c.id
            """;
        command.WithParameter("service", serviceId);
        return await Read(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<VendorContractView>> Read(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<VendorContractView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<VendorContractView>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
