using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Acled;

/// <summary>ACLED's columns and their rules, in the writer's order: the 31, the population columns, the legacy ones.</summary>
internal static class AcledSchema
{
    public const string Dataset = "ACLED";

    /// <summary>The inter codes' names (the API's text form; the exact strings are unverified, so case is ignored).</summary>
    public static readonly FrozenDictionary<string, ConflictCategory> InterNames = new Dictionary<string, ConflictCategory>(StringComparer.OrdinalIgnoreCase)
    {
        ["State forces"] = ConflictCategory.StateForces,
        ["Rebel groups"] = ConflictCategory.RebelGroup,
        ["Political militias"] = ConflictCategory.PoliticalMilitia,
        ["Identity militias"] = ConflictCategory.IdentityMilitia,
        ["Rioters"] = ConflictCategory.Rioters,
        ["Protesters"] = ConflictCategory.Protesters,
        ["Civilians"] = ConflictCategory.Civilians,
        ["External/Other forces"] = ConflictCategory.ExternalOrOtherForces,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, EventType> EventTypes
        = Enum.GetValues<EventType>().ToFrozenDictionary(t => t.ToAcledLabel(), StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, SubEventType> SubEventTypes
        = Enum.GetValues<SubEventType>().ToFrozenDictionary(t => t.ToAcledLabel(), StringComparer.OrdinalIgnoreCase);

    public const string CivilianTargetingText = "Civilian targeting";

    public static DatasetSchema Schema { get; } = Build();

    public static int EventIdCnty { get; } = Schema.IndexOf("event_id_cnty");

    public static int Timestamp { get; } = Schema.IndexOf("timestamp");

    /// <summary>The inter code of a checked field: null for empty or 0 (no actor).</summary>
    public static ConflictCategory? Inter(string? text)
        => text is null || text.Length == 0 ? null
            : FieldRule.TryParseInteger(text, out var code) ? (code == 0 ? null : (ConflictCategory)code)
            : InterNames[text];

    private static DatasetSchema Build()
    {
        var text = FieldRule.Text;
        var required = FieldRule.RequiredText;
        var inter1 = InterRule(allowsNone: false);
        var inter2 = InterRule(allowsNone: true);
        var rules = new Dictionary<string, FieldRule>
        {
            ["event_id_cnty"] = required,
            ["event_date"] = FieldRule.AcledDate,
            ["year"] = FieldRule.Integer(1000, 9999, false),
            ["time_precision"] = FieldRule.Integer(1, 3, false),
            ["disorder_type"] = text,
            ["event_type"] = FieldRule.OneOf(
                "The value must be one of ACLED's event types: " + string.Join(", ", EventTypes.Keys.Order(StringComparer.Ordinal)) + " (case is ignored).", true, false, EventTypes.ContainsKey),
            ["sub_event_type"] = FieldRule.OneOf(
                "The value must be one of ACLED's sub-event types, such as Armed clash or Air/drone strike (case is ignored).", true, false, SubEventTypes.ContainsKey),
            ["actor1"] = required,
            ["assoc_actor_1"] = text,
            ["inter1"] = inter1,
            ["actor2"] = text,
            ["assoc_actor_2"] = text,
            ["inter2"] = inter2,
            ["interaction"] = FieldRule.OneOf(
                "The value must be an interaction code from 0 to 88, or its text.", false, true, t => !FieldRule.TryParseInteger(t, out var code) || code is >= 0 and <= 88),
            ["civilian_targeting"] = FieldRule.OneOf(
                "The value must be empty or 'Civilian targeting'.", true, true, t => string.Equals(t, CivilianTargetingText, StringComparison.OrdinalIgnoreCase)),
            ["iso"] = FieldRule.Integer(0, 999, false),
            ["region"] = text,
            ["country"] = required,
            ["admin1"] = text,
            ["admin2"] = text,
            ["admin3"] = text,
            ["location"] = text,
            ["latitude"] = FieldRule.Number(-90, 90, false),
            ["longitude"] = FieldRule.Number(-180, 180, false),
            ["geo_precision"] = FieldRule.Integer(1, 3, false),
            ["source"] = text,
            ["source_scale"] = text,
            ["notes"] = text,
            ["fatalities"] = FieldRule.Integer(0, int.MaxValue, false),
            ["tags"] = text,
            ["timestamp"] = FieldRule.Integer(0, long.MaxValue, false),
        };

        var columns = AcledColumns.Current.Select(name => new ColumnSpec(name, rules[name], requiredInHeader: !AcledColumns.AddedIn2023.Contains(name), alwaysWritten: true))
            .Concat(AcledColumns.Population.Select(name => new ColumnSpec(name, FieldRule.Integer(0, long.MaxValue, true), false, false)))
            .Concat(
            [
                new ColumnSpec("data_id", FieldRule.Integer(0, long.MaxValue, true), false, false),
                new ColumnSpec("event_id_no_cnty", FieldRule.Integer(0, long.MaxValue, true), false, false),
                new ColumnSpec("iso3", text, false, false),
            ]);
        return new DatasetSchema(Dataset, columns, CheckSubEventType);
    }

    private static FieldRule InterRule(bool allowsNone)
        => FieldRule.OneOf(
            allowsNone
                ? "The value must be empty, 0 (no actor), an actor type code from 1 to 8, or its name, such as State forces."
                : "The value must be an actor type code from 1 to 8, or its name, such as State forces.",
            false,
            allowsNone,
            t => FieldRule.TryParseInteger(t, out var code) ? code is >= 1 and <= 8 || (allowsNone && code == 0) : InterNames.ContainsKey(t));

    private static (string Column, string Rule)? CheckSubEventType(RowFields fields)
    {
        var type = EventTypes[fields.Known[TypeColumns.EventType]!];
        var sub = SubEventTypes[fields.Known[TypeColumns.SubEventType]!];
        return EventTaxonomy.TypeOf(sub) == type
            ? null
            : ("sub_event_type", $"The sub-event type must belong to the event type '{type.ToAcledLabel()}'.");
    }

    // Looked up once, after the schema is built (each row's check needs them).
    private static class TypeColumns
    {
        public static readonly int EventType = Schema.IndexOf("event_type");

        public static readonly int SubEventType = Schema.IndexOf("sub_event_type");
    }
}
