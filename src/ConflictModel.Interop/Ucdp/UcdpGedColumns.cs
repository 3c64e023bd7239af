namespace ConflictModel.Interop.Ucdp;

/// <summary>The index of each of UCDP GED's columns in <see cref="UcdpGedSchema.Schema"/>, looked up once rather than by name on every access.</summary>
internal static class UcdpGedColumns
{
    public static readonly int Id = UcdpGedSchema.Schema.IndexOf("id");

    public static readonly int Relid = UcdpGedSchema.Schema.IndexOf("relid");

    public static readonly int Year = UcdpGedSchema.Schema.IndexOf("year");

    public static readonly int ActiveYear = UcdpGedSchema.Schema.IndexOf("active_year");

    public static readonly int CodeStatus = UcdpGedSchema.Schema.IndexOf("code_status");

    public static readonly int TypeOfViolence = UcdpGedSchema.Schema.IndexOf("type_of_violence");

    public static readonly int ConflictDsetId = UcdpGedSchema.Schema.IndexOf("conflict_dset_id");

    public static readonly int ConflictNewId = UcdpGedSchema.Schema.IndexOf("conflict_new_id");

    public static readonly int ConflictName = UcdpGedSchema.Schema.IndexOf("conflict_name");

    public static readonly int DyadDsetId = UcdpGedSchema.Schema.IndexOf("dyad_dset_id");

    public static readonly int DyadNewId = UcdpGedSchema.Schema.IndexOf("dyad_new_id");

    public static readonly int DyadName = UcdpGedSchema.Schema.IndexOf("dyad_name");

    public static readonly int SideADsetId = UcdpGedSchema.Schema.IndexOf("side_a_dset_id");

    public static readonly int SideANewId = UcdpGedSchema.Schema.IndexOf("side_a_new_id");

    public static readonly int SideA = UcdpGedSchema.Schema.IndexOf("side_a");

    public static readonly int SideBDsetId = UcdpGedSchema.Schema.IndexOf("side_b_dset_id");

    public static readonly int SideBNewId = UcdpGedSchema.Schema.IndexOf("side_b_new_id");

    public static readonly int SideB = UcdpGedSchema.Schema.IndexOf("side_b");

    public static readonly int NumberOfSources = UcdpGedSchema.Schema.IndexOf("number_of_sources");

    public static readonly int SourceArticle = UcdpGedSchema.Schema.IndexOf("source_article");

    public static readonly int SourceOffice = UcdpGedSchema.Schema.IndexOf("source_office");

    public static readonly int SourceDate = UcdpGedSchema.Schema.IndexOf("source_date");

    public static readonly int SourceHeadline = UcdpGedSchema.Schema.IndexOf("source_headline");

    public static readonly int SourceOriginal = UcdpGedSchema.Schema.IndexOf("source_original");

    public static readonly int WherePrec = UcdpGedSchema.Schema.IndexOf("where_prec");

    public static readonly int WhereCoordinates = UcdpGedSchema.Schema.IndexOf("where_coordinates");

    public static readonly int WhereDescription = UcdpGedSchema.Schema.IndexOf("where_description");

    public static readonly int Adm1 = UcdpGedSchema.Schema.IndexOf("adm_1");

    public static readonly int Adm2 = UcdpGedSchema.Schema.IndexOf("adm_2");

    public static readonly int Latitude = UcdpGedSchema.Schema.IndexOf("latitude");

    public static readonly int Longitude = UcdpGedSchema.Schema.IndexOf("longitude");

    public static readonly int GeomWkt = UcdpGedSchema.Schema.IndexOf("geom_wkt");

    public static readonly int PriogridGid = UcdpGedSchema.Schema.IndexOf("priogrid_gid");

    public static readonly int Country = UcdpGedSchema.Schema.IndexOf("country");

    public static readonly int CountryId = UcdpGedSchema.Schema.IndexOf("country_id");

    public static readonly int Region = UcdpGedSchema.Schema.IndexOf("region");

    public static readonly int EventClarity = UcdpGedSchema.Schema.IndexOf("event_clarity");

    public static readonly int DatePrec = UcdpGedSchema.Schema.IndexOf("date_prec");

    public static readonly int DateStart = UcdpGedSchema.Schema.IndexOf("date_start");

    public static readonly int DateEnd = UcdpGedSchema.Schema.IndexOf("date_end");

    public static readonly int DeathsA = UcdpGedSchema.Schema.IndexOf("deaths_a");

    public static readonly int DeathsB = UcdpGedSchema.Schema.IndexOf("deaths_b");

    public static readonly int DeathsCivilians = UcdpGedSchema.Schema.IndexOf("deaths_civilians");

    public static readonly int DeathsUnknown = UcdpGedSchema.Schema.IndexOf("deaths_unknown");

    public static readonly int Best = UcdpGedSchema.Schema.IndexOf("best");

    public static readonly int High = UcdpGedSchema.Schema.IndexOf("high");

    public static readonly int Low = UcdpGedSchema.Schema.IndexOf("low");

    public static readonly int Gwnoa = UcdpGedSchema.Schema.IndexOf("gwnoa");

    public static readonly int Gwnob = UcdpGedSchema.Schema.IndexOf("gwnob");
}
