using System;
using System.Text.Json;

namespace ConflictModel.Parquet;

/// <summary>
/// The JSON names of enumeration values (each C# name camelCased, as the core's JSON writes them),
/// so a column holds the same text as the JSON format does.
/// </summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Cache<TEnum>.NameOf(value);

    public static string? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum
        => value is { } v ? Cache<TEnum>.NameOf(v) : null;

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
        private static readonly string[] Names = Array.ConvertAll(Enum.GetNames<TEnum>(), JsonNamingPolicy.CamelCase.ConvertName);

        public static string NameOf(TEnum value)
        {
            var index = Array.IndexOf(Values, value);
            return index >= 0 ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
        }
    }
}
