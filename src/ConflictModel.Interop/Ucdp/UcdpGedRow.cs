using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using NodaTime;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// One row of UCDP's Georeferenced Event Dataset (GED) CSV: the exact text of every field, as the
/// file had it, and typed properties that read it. Every field is checked against its column's
/// rule when the row is built; its text is never reformatted, so writing it gives back every value
/// as read. The death estimates are kept exactly as published, even where
/// <c>low &lt;= best &lt;= high</c> fails (<see cref="EstimatesAreOrdered"/>), as it does by one in
/// about 1 % of real rows: such a row is neither refused nor "fixed".
/// </summary>
/// <remarks>
/// <para>
/// Columns an older release lacks are absent (<see cref="GetText"/> gives null, the typed property
/// null or its empty value); columns UCDP does not define are kept by name, in file order, in
/// <see cref="ExtraColumns"/>.
/// </para>
/// <para>Immutable; safe to share between threads. Equality compares the text of every field, ordinally.</para>
/// </remarks>
public sealed class UcdpGedRow : IEquatable<UcdpGedRow>
{
    private readonly RowFields _fields;

    private UcdpGedRow(RowFields fields) => _fields = fields;

    /// <summary>Gets UCDP's id of the event (column <c>id</c>).</summary>
    public long Id => FieldValues.Long(_fields, UcdpGedColumns.Id) ?? 0;

    /// <summary>Gets the release-specific id, such as <c>SYR-2013-1-11973-99</c> (column <c>relid</c>).</summary>
    public string RelId => FieldValues.Text(_fields, UcdpGedColumns.Relid);

    /// <summary>Gets the year of the event (column <c>year</c>).</summary>
    public int Year => FieldValues.Int(_fields, UcdpGedColumns.Year) ?? 0;

    /// <summary>Gets a value indicating whether the event belongs to an active year of its conflict (the column's 1 or 0, or TRUE or FALSE); null when absent (column <c>active_year</c>).</summary>
    public bool? ActiveYear => _fields.Known[UcdpGedColumns.ActiveYear] is { Length: > 0 } text ? UcdpGedSchema.ParseBool(text) : null;

    /// <summary>Gets the coding status, such as Clear (column <c>code_status</c>).</summary>
    public string CodeStatus => FieldValues.Text(_fields, UcdpGedColumns.CodeStatus);

    /// <summary>Gets the type of violence: 1 state-based, 2 non-state, 3 one-sided (column <c>type_of_violence</c>).</summary>
    public int TypeOfViolence => FieldValues.Int(_fields, UcdpGedColumns.TypeOfViolence) ?? 0;

    /// <summary>Gets the conflict's id in UCDP's conflict datasets (column <c>conflict_dset_id</c>).</summary>
    public long? ConflictDsetId => FieldValues.Long(_fields, UcdpGedColumns.ConflictDsetId);

    /// <summary>Gets the conflict's UCDP id (column <c>conflict_new_id</c>).</summary>
    public long? ConflictNewId => FieldValues.Long(_fields, UcdpGedColumns.ConflictNewId);

    /// <summary>Gets the conflict's name (column <c>conflict_name</c>).</summary>
    public string ConflictName => FieldValues.Text(_fields, UcdpGedColumns.ConflictName);

    /// <summary>Gets the dyad's id in UCDP's dyadic dataset (column <c>dyad_dset_id</c>).</summary>
    public long? DyadDsetId => FieldValues.Long(_fields, UcdpGedColumns.DyadDsetId);

    /// <summary>Gets the dyad's UCDP id (column <c>dyad_new_id</c>).</summary>
    public long? DyadNewId => FieldValues.Long(_fields, UcdpGedColumns.DyadNewId);

    /// <summary>Gets the dyad's name (column <c>dyad_name</c>).</summary>
    public string DyadName => FieldValues.Text(_fields, UcdpGedColumns.DyadName);

    /// <summary>Gets side A's id in UCDP's actor dataset (column <c>side_a_dset_id</c>).</summary>
    public long? SideADsetId => FieldValues.Long(_fields, UcdpGedColumns.SideADsetId);

    /// <summary>Gets side A's UCDP actor id (column <c>side_a_new_id</c>).</summary>
    public long? SideANewId => FieldValues.Long(_fields, UcdpGedColumns.SideANewId);

    /// <summary>Gets side A (the government, in state-based violence) (column <c>side_a</c>).</summary>
    public string SideA => FieldValues.Text(_fields, UcdpGedColumns.SideA);

    /// <summary>Gets side B's id in UCDP's actor dataset (column <c>side_b_dset_id</c>).</summary>
    public long? SideBDsetId => FieldValues.Long(_fields, UcdpGedColumns.SideBDsetId);

    /// <summary>Gets side B's UCDP actor id (column <c>side_b_new_id</c>).</summary>
    public long? SideBNewId => FieldValues.Long(_fields, UcdpGedColumns.SideBNewId);

    /// <summary>Gets side B (Civilians, in one-sided violence) (column <c>side_b</c>).</summary>
    public string SideB => FieldValues.Text(_fields, UcdpGedColumns.SideB);

    /// <summary>Gets the number of sources; null when UCDP writes -1 (unknown) or the field is empty (column <c>number_of_sources</c>).</summary>
    public int? NumberOfSources => FieldValues.Int(_fields, UcdpGedColumns.NumberOfSources) is { } n and >= 0 ? n : null;

    /// <summary>Gets the free text citing the articles (column <c>source_article</c>).</summary>
    public string SourceArticle => FieldValues.Text(_fields, UcdpGedColumns.SourceArticle);

    /// <summary>Gets the sources' offices (the column's <c>;</c>-joined list, parallel to <see cref="SourceDates"/> and <see cref="SourceHeadlines"/>) (column <c>source_office</c>).</summary>
    public ImmutableArray<string> SourceOffices => FieldValues.List(_fields, UcdpGedColumns.SourceOffice, ';');

    /// <summary>Gets the sources' dates, as written (the column's <c>;</c>-joined list) (column <c>source_date</c>).</summary>
    public ImmutableArray<string> SourceDates => FieldValues.List(_fields, UcdpGedColumns.SourceDate, ';');

    /// <summary>Gets the sources' headlines (the column's <c>;</c>-joined list) (column <c>source_headline</c>).</summary>
    public ImmutableArray<string> SourceHeadlines => FieldValues.List(_fields, UcdpGedColumns.SourceHeadline, ';');

    /// <summary>Gets the original sources, as UCDP writes them (column <c>source_original</c>).</summary>
    public string SourceOriginal => FieldValues.Text(_fields, UcdpGedColumns.SourceOriginal);

    /// <summary>Gets how precise the place is, from 1 (the exact place) to 7 (international waters or airspace) (column <c>where_prec</c>).</summary>
    public int? WherePrecision => FieldValues.Int(_fields, UcdpGedColumns.WherePrec);

    /// <summary>Gets the name of the place the coordinates are of (column <c>where_coordinates</c>).</summary>
    public string WhereCoordinates => FieldValues.Text(_fields, UcdpGedColumns.WhereCoordinates);

    /// <summary>Gets the description of the place (column <c>where_description</c>).</summary>
    public string WhereDescription => FieldValues.Text(_fields, UcdpGedColumns.WhereDescription);

    /// <summary>Gets the first-order administrative division (column <c>adm_1</c>).</summary>
    public string Adm1 => FieldValues.Text(_fields, UcdpGedColumns.Adm1);

    /// <summary>Gets the second-order administrative division (column <c>adm_2</c>).</summary>
    public string Adm2 => FieldValues.Text(_fields, UcdpGedColumns.Adm2);

    /// <summary>Gets the latitude in degrees (column <c>latitude</c>).</summary>
    public double Latitude => FieldValues.Double(_fields, UcdpGedColumns.Latitude);

    /// <summary>Gets the longitude in degrees (column <c>longitude</c>).</summary>
    public double Longitude => FieldValues.Double(_fields, UcdpGedColumns.Longitude);

    /// <summary>Gets the point as Well-Known Text, <c>POINT (lon lat)</c>; empty when absent (column <c>geom_wkt</c>).</summary>
    public string GeomWkt => FieldValues.Text(_fields, UcdpGedColumns.GeomWkt);

    /// <summary>Gets the PRIO-GRID cell (column <c>priogrid_gid</c>).</summary>
    public long? PrioGridId => FieldValues.Long(_fields, UcdpGedColumns.PriogridGid);

    /// <summary>Gets the country's name (column <c>country</c>).</summary>
    public string Country => FieldValues.Text(_fields, UcdpGedColumns.Country);

    /// <summary>Gets the country's Gleditsch–Ward number (column <c>country_id</c>).</summary>
    public int? CountryId => FieldValues.Int(_fields, UcdpGedColumns.CountryId);

    /// <summary>Gets the region: Africa, Americas, Asia, Europe or Middle East (column <c>region</c>).</summary>
    public string Region => FieldValues.Text(_fields, UcdpGedColumns.Region);

    /// <summary>Gets 1 when the event is clearly reported, 2 when not (column <c>event_clarity</c>).</summary>
    public int? EventClarity => FieldValues.Int(_fields, UcdpGedColumns.EventClarity);

    /// <summary>Gets how precise the dates are, from 1 (the day) to 5 (within a year) (column <c>date_prec</c>).</summary>
    public int DatePrecision => FieldValues.Int(_fields, UcdpGedColumns.DatePrec) ?? 0;

    /// <summary>Gets the earliest possible date (its time of day, if written, is kept in the text only) (column <c>date_start</c>).</summary>
    public LocalDate DateStart => FieldValues.UcdpDate(_fields, UcdpGedColumns.DateStart);

    /// <summary>Gets the latest possible date (column <c>date_end</c>).</summary>
    public LocalDate DateEnd => FieldValues.UcdpDate(_fields, UcdpGedColumns.DateEnd);

    /// <summary>Gets the best estimate of side A's deaths (column <c>deaths_a</c>).</summary>
    public int? DeathsA => FieldValues.Int(_fields, UcdpGedColumns.DeathsA);

    /// <summary>Gets the best estimate of side B's deaths (column <c>deaths_b</c>).</summary>
    public int? DeathsB => FieldValues.Int(_fields, UcdpGedColumns.DeathsB);

    /// <summary>Gets the best estimate of civilian deaths (column <c>deaths_civilians</c>).</summary>
    public int? DeathsCivilians => FieldValues.Int(_fields, UcdpGedColumns.DeathsCivilians);

    /// <summary>Gets the best estimate of deaths of unknown affiliation (column <c>deaths_unknown</c>).</summary>
    public int? DeathsUnknown => FieldValues.Int(_fields, UcdpGedColumns.DeathsUnknown);

    /// <summary>Gets the best estimate of deaths, exactly as published (column <c>best</c>).</summary>
    public int Best => FieldValues.Int(_fields, UcdpGedColumns.Best) ?? 0;

    /// <summary>Gets the high estimate of deaths, exactly as published (it may be below <see cref="Best"/>: see <see cref="EstimatesAreOrdered"/>) (column <c>high</c>).</summary>
    public int High => FieldValues.Int(_fields, UcdpGedColumns.High) ?? 0;

    /// <summary>Gets the low estimate of deaths, exactly as published (it may be above <see cref="Best"/>) (column <c>low</c>).</summary>
    public int Low => FieldValues.Int(_fields, UcdpGedColumns.Low) ?? 0;

    /// <summary>Gets side A's Gleditsch–Ward numbers (the column's comma-joined list); empty when none (column <c>gwnoa</c>).</summary>
    public ImmutableArray<int> GwNoA => _fields.Known[UcdpGedColumns.Gwnoa] is { Length: > 0 } text ? UcdpGedSchema.ParseIntegers(text)!.Value : [];

    /// <summary>Gets side B's Gleditsch–Ward numbers; empty unless side B is a state (column <c>gwnob</c>).</summary>
    public ImmutableArray<int> GwNoB => _fields.Known[UcdpGedColumns.Gwnob] is { Length: > 0 } text ? UcdpGedSchema.ParseIntegers(text)!.Value : [];

    /// <summary>Gets a value indicating whether the estimates are ordered, <c>low &lt;= best &lt;= high</c>; false for the rows where UCDP's published figures are not.</summary>
    public bool EstimatesAreOrdered => Low <= Best && Best <= High;

    /// <summary>Gets the columns UCDP does not define, by name, in the order of the file, with their text.</summary>
    public ImmutableArray<KeyValuePair<string, string>> ExtraColumns => _fields.Extra;

    /// <summary>Gets every field the row has, with its exact text: UCDP's columns in the release's order, then the extra ones.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields => _fields.All();

    internal RowFields RowFields => _fields;

    /// <summary>Builds a row from its fields' text, checking every one.</summary>
    /// <param name="fields">Column names (matched ignoring case) and their text; a null text leaves the column absent.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">A column is named twice, a required column is missing, or a text breaks its column's rule (the message names the column and the rule).</exception>
    public static UcdpGedRow FromFields(IEnumerable<KeyValuePair<string, string?>> fields)
        => new(RowFields.Create(UcdpGedSchema.Schema, fields, nameof(fields)));

    /// <summary>Compares two rows by the text of every field.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(UcdpGedRow? left, UcdpGedRow? right) => Equals(left, right);

    /// <summary>Compares two rows by the text of every field.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(UcdpGedRow? left, UcdpGedRow? right) => !Equals(left, right);

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
    public UcdpGedRow WithText(string column, string? text) => new(_fields.With(column, text, nameof(text)));

    /// <inheritdoc/>
    public bool Equals(UcdpGedRow? other) => other is not null && _fields.Equals(other._fields);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UcdpGedRow);

    /// <inheritdoc/>
    public override int GetHashCode() => _fields.GetHashCode();

    /// <summary>Gets the row as a person would name it: its id, dates, sides and estimates.</summary>
    /// <returns>Such as "300380 2013-01-03..2013-01-03 Government of Syria vs Syrian insurgents: best 2 (low 2, high 2)".</returns>
    public override string ToString()
        => $"{FieldValues.Text(_fields, UcdpGedColumns.Id)} {FieldValues.Text(_fields, UcdpGedColumns.DateStart)}..{FieldValues.Text(_fields, UcdpGedColumns.DateEnd)} {SideA} vs {SideB}: best {Best} (low {Low}, high {High})";

    internal static UcdpGedRow FromChecked(RowFields fields) => new(fields);

    /// <summary>Builds a row from the texts of the known columns by index (taken, not copied) and the extra ones, checking every one as <see cref="FromFields"/> does.</summary>
    internal static UcdpGedRow FromColumns(string?[] known, ImmutableArray<KeyValuePair<string, string>> extra, string paramName)
    {
        var schema = UcdpGedSchema.Schema;
        for (var i = 0; i < known.Length; i++)
        {
            Preconditions.CheckArgument(known[i] is not null || !schema.Columns[i].RequiredInHeader, paramName, $"The {schema.Dataset} column '{schema.Columns[i].Name}' is required.");
        }

        var fields = new RowFields(schema, known, extra);
        fields.ThrowIfInvalid(paramName);
        return new(fields);
    }
}
