using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using NodaTime;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// One row of ACLED's event CSV: the exact text of every field, as the file had it, and typed
/// properties that read it. Every field is checked against its column's rule when the row is
/// built, so a row always holds a valid event; its text is never reformatted, so writing it gives
/// back every value as read (a date written <c>30 June 2022</c> stays so).
/// </summary>
/// <remarks>
/// <para>
/// Columns the file lacks (the three added in 2023, in an older export; the optional population
/// and legacy columns) are absent: <see cref="GetText"/> gives null and the typed property its
/// empty value. Columns ACLED does not define are kept by name, in file order, in
/// <see cref="ExtraColumns"/>.
/// </para>
/// <para>Immutable; safe to share between threads. Equality compares the text of every field, ordinally.</para>
/// </remarks>
public sealed class AcledRow : IEquatable<AcledRow>
{
    private readonly RowFields _fields;

    private AcledRow(RowFields fields) => _fields = fields;

    /// <summary>Gets ACLED's stable key of the event: the country's letters and a number, such as <c>XYZ1234</c> (column <c>event_id_cnty</c>).</summary>
    public string EventIdCnty => FieldValues.Text(_fields, AcledColumnIndex.EventIdCnty);

    /// <summary>Gets the day of the event (written <c>yyyy-mm-dd</c>, or <c>dd Month yyyy</c> in older exports) (column <c>event_date</c>).</summary>
    public LocalDate EventDate => FieldValues.AcledDate(_fields, AcledColumnIndex.EventDate);

    /// <summary>Gets the year of the event (column <c>year</c>).</summary>
    public int Year => FieldValues.Int(_fields, AcledColumnIndex.Year) ?? 0;

    /// <summary>Gets how precise the date is: 1 the day, 2 within a week, 3 within a month (column <c>time_precision</c>).</summary>
    public int TimePrecision => FieldValues.Int(_fields, AcledColumnIndex.TimePrecision) ?? 0;

    /// <summary>Gets the disorder types (the column's <c>"; "</c>-joined items; empty when the file has no such column); not checked against a list, since real files misspell them (column <c>disorder_type</c>).</summary>
    public ImmutableArray<string> DisorderTypes => FieldValues.List(_fields, AcledColumnIndex.DisorderType, ';');

    /// <summary>Gets the event type (its text matched ignoring case) (column <c>event_type</c>).</summary>
    public EventType EventType => AcledSchema.EventTypes[FieldValues.Text(_fields, AcledColumnIndex.EventType)];

    /// <summary>Gets the sub-event type (its text matched ignoring case), which belongs to <see cref="EventType"/> (column <c>sub_event_type</c>).</summary>
    public SubEventType SubEventType => AcledSchema.SubEventTypes[FieldValues.Text(_fields, AcledColumnIndex.SubEventType)];

    /// <summary>Gets the first actor (no direction is implied: not the attacker) (column <c>actor1</c>).</summary>
    public string Actor1 => FieldValues.Text(_fields, AcledColumnIndex.Actor1);

    /// <summary>Gets the actors associated with actor 1 (the column's <c>"; "</c>-joined items) (column <c>assoc_actor_1</c>).</summary>
    public ImmutableArray<string> AssociatedActors1 => FieldValues.List(_fields, AcledColumnIndex.AssocActor1, ';');

    /// <summary>Gets the actor type of actor 1, from its code (1–8) or its name (column <c>inter1</c>).</summary>
    public ConflictCategory? Inter1 => AcledSchema.Inter(_fields.Known[AcledColumnIndex.Inter1]);

    /// <summary>Gets the second actor; empty when there is none (column <c>actor2</c>).</summary>
    public string Actor2 => FieldValues.Text(_fields, AcledColumnIndex.Actor2);

    /// <summary>Gets the actors associated with actor 2 (column <c>assoc_actor_2</c>).</summary>
    public ImmutableArray<string> AssociatedActors2 => FieldValues.List(_fields, AcledColumnIndex.AssocActor2, ';');

    /// <summary>Gets the actor type of actor 2; null when there is no actor 2 (code 0 or empty) (column <c>inter2</c>).</summary>
    public ConflictCategory? Inter2 => AcledSchema.Inter(_fields.Known[AcledColumnIndex.Inter2]);

    /// <summary>Gets the interaction code (the two inter codes, lower first, such as 13; 10 for actor type 1 alone); null when empty or written as text (column <c>interaction</c>).</summary>
    public int? Interaction => FieldValues.Int(_fields, AcledColumnIndex.Interaction);

    /// <summary>Gets a value indicating whether the column says <c>Civilian targeting</c> (column <c>civilian_targeting</c>).</summary>
    public bool CivilianTargeting => _fields.Known[AcledColumnIndex.CivilianTargeting] is { Length: > 0 };

    /// <summary>Gets the country's ISO 3166-1 numeric code (column <c>iso</c>).</summary>
    public int Iso => FieldValues.Int(_fields, AcledColumnIndex.Iso) ?? 0;

    /// <summary>Gets ACLED's region, such as Western Africa (column <c>region</c>).</summary>
    public string Region => FieldValues.Text(_fields, AcledColumnIndex.Region);

    /// <summary>Gets the country's name (column <c>country</c>).</summary>
    public string Country => FieldValues.Text(_fields, AcledColumnIndex.Country);

    /// <summary>Gets the first-order administrative division; empty when unknown (column <c>admin1</c>).</summary>
    public string Admin1 => FieldValues.Text(_fields, AcledColumnIndex.Admin1);

    /// <summary>Gets the second-order administrative division; empty when unknown (column <c>admin2</c>).</summary>
    public string Admin2 => FieldValues.Text(_fields, AcledColumnIndex.Admin2);

    /// <summary>Gets the third-order administrative division; empty when unknown (column <c>admin3</c>).</summary>
    public string Admin3 => FieldValues.Text(_fields, AcledColumnIndex.Admin3);

    /// <summary>Gets the place's name (column <c>location</c>).</summary>
    public string Location => FieldValues.Text(_fields, AcledColumnIndex.Location);

    /// <summary>Gets the latitude in degrees, from −90 to 90 (column <c>latitude</c>).</summary>
    public double Latitude => FieldValues.Double(_fields, AcledColumnIndex.Latitude);

    /// <summary>Gets the longitude in degrees, from −180 to 180 (column <c>longitude</c>).</summary>
    public double Longitude => FieldValues.Double(_fields, AcledColumnIndex.Longitude);

    /// <summary>Gets how precise the place is: 1 the place itself, 2 a nearby or surrounding place, 3 only a larger region (column <c>geo_precision</c>).</summary>
    public int GeoPrecision => FieldValues.Int(_fields, AcledColumnIndex.GeoPrecision) ?? 0;

    /// <summary>Gets the sources (the column's <c>"; "</c>-joined items) (column <c>source</c>).</summary>
    public ImmutableArray<string> Sources => FieldValues.List(_fields, AcledColumnIndex.Source, ';');

    /// <summary>Gets the sources' scale, such as National or Subnational-National (column <c>source_scale</c>).</summary>
    public string SourceScale => FieldValues.Text(_fields, AcledColumnIndex.SourceScale);

    /// <summary>Gets the coder's notes (column <c>notes</c>).</summary>
    public string Notes => FieldValues.Text(_fields, AcledColumnIndex.Notes);

    /// <summary>Gets ACLED's fatality count: the most conservative figure reported, 0 also meaning unknown (column <c>fatalities</c>).</summary>
    public int Fatalities => FieldValues.Int(_fields, AcledColumnIndex.Fatalities) ?? 0;

    /// <summary>Gets the tags (the column's <c>"; "</c>-joined items); empty when the file has no such column (column <c>tags</c>).</summary>
    public ImmutableArray<string> Tags => FieldValues.List(_fields, AcledColumnIndex.Tags, ';');

    /// <summary>Gets when the row last changed, in Unix seconds (column <c>timestamp</c>).</summary>
    public long Timestamp => FieldValues.Long(_fields, AcledColumnIndex.Timestamp) ?? 0;

    /// <summary>Gets the population within 1 km; null when the file has no such column or the field is empty (column <c>population_1km</c>).</summary>
    public long? Population1Km => FieldValues.Long(_fields, AcledSchema.Schema.IndexOf("population_1km"));

    /// <summary>Gets the population within 2 km; null when absent or empty (column <c>population_2km</c>).</summary>
    public long? Population2Km => FieldValues.Long(_fields, AcledSchema.Schema.IndexOf("population_2km"));

    /// <summary>Gets the population within 5 km; null when absent or empty (column <c>population_5km</c>).</summary>
    public long? Population5Km => FieldValues.Long(_fields, AcledSchema.Schema.IndexOf("population_5km"));

    /// <summary>Gets ACLED's best population estimate; null when absent or empty (column <c>population_best</c>).</summary>
    public long? PopulationBest => FieldValues.Long(_fields, AcledSchema.Schema.IndexOf("population_best"));

    /// <summary>Gets the row number of an export from before March 2023; null otherwise (column <c>data_id</c>).</summary>
    public long? DataId => FieldValues.Long(_fields, AcledSchema.Schema.IndexOf("data_id"));

    /// <summary>Gets the event number without country letters, in exports from before March 2023; null otherwise (column <c>event_id_no_cnty</c>).</summary>
    public long? EventIdNoCnty => FieldValues.Long(_fields, AcledSchema.Schema.IndexOf("event_id_no_cnty"));

    /// <summary>Gets the country's ISO 3166-1 alpha-3 code, in exports from before March 2023; null otherwise (column <c>iso3</c>).</summary>
    public string? Iso3 => FieldValues.OptionalText(_fields, AcledSchema.Schema.IndexOf("iso3"));

    /// <summary>Gets the columns ACLED does not define, by name, in the order of the file, with their text.</summary>
    public ImmutableArray<KeyValuePair<string, string>> ExtraColumns => _fields.Extra;

    /// <summary>Gets every field the row has, with its exact text: ACLED's columns in the writer's order, then the extra ones.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields => _fields.All();

    internal RowFields RowFields => _fields;

    /// <summary>Builds a row from its fields' text, checking every one.</summary>
    /// <param name="fields">Column names (matched ignoring case) and their text; a null text leaves the column absent.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">A column is named twice, a required column is missing, or a text breaks its column's rule (the message names the column and the rule).</exception>
    public static AcledRow FromFields(IEnumerable<KeyValuePair<string, string?>> fields)
        => new(RowFields.Create(AcledSchema.Schema, fields, nameof(fields)));

    /// <summary>Compares two rows by the text of every field.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(AcledRow? left, AcledRow? right) => Equals(left, right);

    /// <summary>Compares two rows by the text of every field.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(AcledRow? left, AcledRow? right) => !Equals(left, right);

    /// <summary>Gets the exact text of a field.</summary>
    /// <param name="column">The column's name, matched ignoring case; ACLED's own or an extra one.</param>
    /// <returns>The text, or null when the row has no such column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public string? GetText(string column) => _fields.Get(column);

    /// <summary>Makes a copy with one field's text replaced, checked again.</summary>
    /// <param name="column">The column's name, matched ignoring case; an unknown name adds an extra column.</param>
    /// <param name="text">The new text; null removes the column (not allowed for a required column).</param>
    /// <returns>The new row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="ArgumentException">The text breaks the column's rule, or removes a required column.</exception>
    [Pure]
    public AcledRow WithText(string column, string? text) => new(_fields.With(column, text, nameof(text)));

    /// <inheritdoc/>
    public bool Equals(AcledRow? other) => other is not null && _fields.Equals(other._fields);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AcledRow);

    /// <inheritdoc/>
    public override int GetHashCode() => _fields.GetHashCode();

    /// <summary>Gets the row as a person would name it: its id, date, type and place.</summary>
    /// <returns>Such as "XYZ12 2024-03-05 Battles/Armed clash at Kayes (Xanadu)".</returns>
    public override string ToString()
        => $"{EventIdCnty} {FieldValues.Text(_fields, AcledColumnIndex.EventDate)} {FieldValues.Text(_fields, AcledColumnIndex.EventType)}/{FieldValues.Text(_fields, AcledColumnIndex.SubEventType)} at {Location} ({Country})";

    internal static AcledRow FromChecked(RowFields fields) => new(fields);
}
