using System;
using System.Linq;
using System.Text;
using ConflictModel.Tests.Serialization.Generators;
using CsCheck;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Damaged documents: whatever is cut, inserted or overwritten, reading either returns a report or
/// throws <see cref="ConflictJsonException"/> — never another exception.
/// </summary>
public sealed class ConflictJsonFuzzTests
{
    private static readonly string[] Insertions = ["{", "}", "[", "]", ",", ":", "\"", "null", "0", "-1", "1e999", "\"x\"", "\\", "\u0000", "true", "{}", "[]", "\"kind\":\"rumour\","];

    [Fact]
    public void Deserialize_DamagedDocument_ReadsOrThrowsConflictJsonException()
    {
        var damaged =
            from report in ModelGenerators.Report
            let json = ConflictJson.Serialize(report)
            from start in Gen.Int[0, json.Length]
            from length in Gen.Int[0, 12]
            from insertion in Gen.OneOf(Insertions)
            select string.Concat(json.AsSpan(0, start), insertion, json.AsSpan(Math.Min(json.Length, start + length)));

        damaged.Sample(
            json =>
            {
                var error = Record.Exception(() => ConflictJson.Deserialize(json));
                Assert.True(error is null or ConflictJsonException, $"{error?.GetType().Name}: {error?.Message}");
            },
            iter: 2000);
    }

    [Fact]
    public void Deserialize_DamagedUtf8Bytes_ReadsOrThrowsConflictJsonException()
    {
        var damaged =
            from report in ModelGenerators.Report
            let bytes = ConflictJson.SerializeToUtf8Bytes(report)
            from position in Gen.Int[0, bytes.Length - 1]
            from value in Gen.Int[0, 255]
            select bytes.Select((b, i) => i == position ? (byte)value : b).ToArray();

        damaged.Sample(
            bytes =>
            {
                var error = Record.Exception(() => ConflictJson.Deserialize(bytes));
                Assert.True(error is null or ConflictJsonException, $"{error?.GetType().Name}: {error?.Message} in {Encoding.UTF8.GetString(bytes)}");
            },
            iter: 2000);
    }
}
