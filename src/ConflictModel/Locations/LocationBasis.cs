namespace ConflictModel;

/// <summary>Where a location's point and external ids come from, as <see cref="TimeBasis"/> says it of a time.</summary>
public enum LocationBasis
{
    /// <summary>The source gives them (a dataset row's coordinates, a report that prints its grid reference).</summary>
    Stated = 1,

    /// <summary>Whoever modelled the report worked them out from context (a site placed at the town the source names near it).</summary>
    Inferred = 2,

    /// <summary>
    /// Looked up in a gazetteer or knowledge base (GeoNames, Wikidata) under the name the source gives;
    /// the source itself gives neither point nor id.
    /// </summary>
    Gazetteer = 3,
}
