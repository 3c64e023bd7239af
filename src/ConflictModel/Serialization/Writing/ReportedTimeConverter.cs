using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConflictModel;

/// <summary>
/// Writes a reported time as exactly one value member — <c>instant</c>, <c>localDateTime</c> with
/// <c>zone</c>, <c>date</c>, <c>dateRange</c>, <c>yearMonth</c> or <c>year</c> — then
/// <c>partOfDay</c> and <c>wording</c> when present, and always <c>basis</c>. The values are in the
/// ISO forms of <see cref="NodaTimeText"/>; the derived first and last dates are not written.
/// </summary>
internal sealed class ReportedTimeConverter : WriteOnlyConverter<ReportedTime>, ISchemaDescribed
{
    public JsonObject Schema
    {
        get
        {
            var instant = Name(ReportedTimeMember.Instant);
            var local = Name(ReportedTimeMember.LocalDateTime);
            var zone = Name(ReportedTimeMember.Zone);
            var date = Name(ReportedTimeMember.Date);
            var range = Name(ReportedTimeMember.DateRange);
            var yearMonth = Name(ReportedTimeMember.YearMonth);
            var year = Name(ReportedTimeMember.Year);
            var partOfDay = Name(ReportedTimeMember.PartOfDay);
            var basis = Name(ReportedTimeMember.Basis);
            var schema = SchemaNodes.Object(
                new JsonObject
                {
                    [instant] = DateTimeString(utc: true),
                    [local] = DateTimeString(utc: false),
                    [zone] = SchemaNodes.String("^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$", "A zone id of the tz database, such as \"Africa/Bamako\"."),
                    [date] = DateString(),
                    [range] = SchemaNodes.Object(
                        new JsonObject { [EnumNames<DateRangeMember>.Name(DateRangeMember.Start)] = DateString(), [EnumNames<DateRangeMember>.Name(DateRangeMember.End)] = DateString() },
                        EnumNames<DateRangeMember>.Names[0],
                        EnumNames<DateRangeMember>.Names[1]),
                    [yearMonth] = SchemaNodes.String("^[0-9]{4}-(0[1-9]|1[0-2])$", "A year and month, yyyy-MM."),
                    [year] = SchemaNodes.Integer(1, 9999),
                    [partOfDay] = SchemaNodes.Enum<PartOfDay>(),
                    [Name(ReportedTimeMember.Wording)] = SchemaNodes.NotBlankString(),
                    [basis] = SchemaNodes.Enum<TimeBasis>(),
                },
                basis);
            schema["description"] = "A time as reported: exactly one of instant, localDateTime with zone, date, dateRange, yearMonth and year; partOfDay only with a date.";
            // Each rule names the member at fault, so that a validator reports one error at its path
            // rather than every form the time fails to be. A value member refuses the value members
            // after it (a date and a year: the year is out of place), ...
            string[] values = [instant, local, date, range, yearMonth, year];
            var dependent = new JsonObject();
            for (var i = 0; i < values.Length - 1; i++)
            {
                dependent[values[i]] = SchemaNodes.Forbids(values[(i + 1)..]);
            }

            schema["dependentSchemas"] = dependent;
            // ... a zone goes with a local date and time and only with it, a part of the day only with a date, ...
            schema["dependentRequired"] = new JsonObject
            {
                [local] = SchemaNodes.Strings(zone),
                [zone] = SchemaNodes.Strings(local),
                [partOfDay] = SchemaNodes.Strings(date),
            };
            // ... and a time without any value member is refused (at the time itself).
            schema["not"] = SchemaNodes.Forbids(values);
            return schema;
        }
    }

    public override void Write(Utf8JsonWriter writer, ReportedTime value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the value, without the serializer (see <see cref="ReportWriter"/>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, ReportedTime value)
    {
        writer.WriteStartObject();
        switch (value.Kind)
        {
            case ReportedTimeKind.Instant:
                writer.WriteString(Encoded(ReportedTimeMember.Instant), NodaTimeText.Format(value.Instant!.Value));
                break;
            case ReportedTimeKind.Local:
                writer.WriteString(Encoded(ReportedTimeMember.LocalDateTime), NodaTimeText.Format(value.LocalDateTime!.Value));
                writer.WriteString(Encoded(ReportedTimeMember.Zone), value.Zone!.Id);
                break;
            case ReportedTimeKind.Date:
                WriteDate(writer, Encoded(ReportedTimeMember.Date), value.FirstDate);
                break;
            case ReportedTimeKind.DateRange:
                writer.WriteStartObject(Encoded(ReportedTimeMember.DateRange));
                WriteDate(writer, EnumNames<DateRangeMember>.Encode(DateRangeMember.Start), value.FirstDate);
                WriteDate(writer, EnumNames<DateRangeMember>.Encode(DateRangeMember.End), value.LastDate);
                writer.WriteEndObject();
                break;
            case ReportedTimeKind.YearMonth:
                writer.WriteString(Encoded(ReportedTimeMember.YearMonth), NodaTimeText.Format(value.YearMonth!.Value));
                break;
            default:
                writer.WriteNumber(Encoded(ReportedTimeMember.Year), value.FirstDate.Year);
                break;
        }

        if (value.PartOfDay is { } partOfDay)
        {
            writer.WriteString(Encoded(ReportedTimeMember.PartOfDay), EnumNames<PartOfDay>.Encode(partOfDay));
        }

        CountEstimateConverter.WriteText(writer, Encoded(ReportedTimeMember.Wording), value.Wording);
        writer.WriteString(Encoded(ReportedTimeMember.Basis), EnumNames<TimeBasis>.Encode(value.Basis));
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, NodaTime.LocalDate date)
    {
        Span<byte> utf8 = stackalloc byte[10];
        if (NodaTimeText.TryFormatDate(date, utf8))
        {
            writer.WriteString(name, utf8);
        }
        else
        {
            writer.WriteString(name, NodaTimeText.Format(date));
        }
    }

    private static string Name(ReportedTimeMember member) => EnumNames<ReportedTimeMember>.Name(member);

    private static JsonEncodedText Encoded(ReportedTimeMember member) => EnumNames<ReportedTimeMember>.Encode(member);

    private static JsonObject DateString() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };

    private static JsonObject DateTimeString(bool utc)
        => SchemaNodes.String(
            utc ? "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$" : "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?$",
            utc ? "An instant in UTC, yyyy-MM-ddTHH:mm:ss[.fffffffff]Z." : "A local date and time, yyyy-MM-ddTHH:mm:ss[.fffffffff], in the zone given beside it.");
}
