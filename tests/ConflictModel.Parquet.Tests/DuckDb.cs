using System;
using System.Collections.Generic;
using DuckDB.NET.Data;

namespace ConflictModel.Parquet.Tests;

/// <summary>An in-memory DuckDB: the independent engine the tests query the written datasets with.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DuckDb(string dataset)
    {
        _connection.Open();

        // One view per table, as an analyst would define them.
        foreach (var table in new[] { "participants", "engagement_locations", "claims", "claim_subjects", "claim_attributions", "attributions", "sources", "actors", "locations", "mentions", "dataset_fields" })
        {
            var path = System.IO.Path.Combine(dataset, table);
            if (System.IO.Directory.Exists(path))
            {
                Execute($"CREATE VIEW {table} AS SELECT * FROM read_parquet('{path}/*.parquet')");
            }
        }

        Execute($"CREATE VIEW engagements AS SELECT * FROM read_parquet('{dataset}/engagements/**/*.parquet', hive_partitioning = true)");
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and gives each row as text, columns joined by '|', NULL as "null".</summary>
    public List<string> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join("|", cells));
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
