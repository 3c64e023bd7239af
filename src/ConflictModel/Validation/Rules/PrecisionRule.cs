namespace ConflictModel;

/// <summary>
/// CM0801–CM0803: a location's point has a precision, and that precision fits the kind of place:
/// never finer than the place itself, and, when coarser, noted as a fallback.
/// </summary>
/// <remarks>
/// Each kind has its own scale: a country is placed to country precision, a first-order division to
/// first-order precision, a settlement to the settlement (or a site in it), an installation, airport or
/// building to its exact site. Border and coastal areas may be placed no finer than "near a place" and
/// have no coarser limit; natural features range from a hill to a desert and are not checked.
/// Only seas, natural features, coasts, borders and multi-country regions may be placed in
/// international waters or airspace.
/// </remarks>
internal sealed class PrecisionRule : BuiltInRule
{
    public PrecisionRule()
        : base(ValidationCodes.PointWithoutPrecision, ValidationCodes.PrecisionFinerThanPlace, ValidationCodes.PrecisionCoarserThanPlace)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var locations = context.Report.Locations;
        for (var i = 0; i < locations.Length; i++)
        {
            var location = locations[i];
            var id = location.Id.Value;
            if (location.Point is { } point && location.Precision is null)
            {
                Report(context, ValidationCodes.PointWithoutPrecision, PathOf(EntityKind.Location, i, JsonName.Of(LocationMember.Point)), id, $"The location has the point {point} but no precision, so nobody can tell whether it is the exact site or a centre of a wider area. Give the precision the point was resolved to.");
            }

            if (location.Precision is not { } precision)
            {
                continue;
            }

            var path = new MemberPath(EntityKind.Location, i, JsonName.Of(LocationMember.Precision));
            var (finest, natural) = Scale(location.Kind);
            if (precision == PlacePrecision.InternationalWatersOrAirspace)
            {
                if (natural is not null && natural != PlacePrecision.MultiCountryRegion)
                {
                    Report(context, ValidationCodes.PrecisionFinerThanPlace, path.ToString(), id, $"The location is a {location.Kind}, on land, but its precision places it in international waters or airspace. Give the precision its point was resolved to, or correct the location's kind.");
                }
            }
            else if (finest is { } f && precision < f)
            {
                Report(context, ValidationCodes.PrecisionFinerThanPlace, path.ToString(), id, $"The location is a {location.Kind}, but its precision is {precision}: a point cannot place events more precisely than the place it stands for. Use {f} or coarser, or model the more precise place as its own location.");
            }
            else if (natural is { } n && precision > n)
            {
                Report(context, ValidationCodes.PrecisionCoarserThanPlace, path.ToString(), id, $"The location is a {location.Kind}, but its point is only precise to {precision}: it is a fallback, not the place itself. Resolve the place's own point (precision {n}) when a gazetteer has it.");
            }
        }
    }

    /// <summary>The finest precision a kind of place allows, and its own precision; null where not checked.</summary>
    private static (PlacePrecision? Finest, PlacePrecision? Natural) Scale(LocationKind kind) => kind switch
    {
        LocationKind.MultiCountryRegion => (PlacePrecision.MultiCountryRegion, PlacePrecision.MultiCountryRegion),
        LocationKind.Country => (PlacePrecision.Country, PlacePrecision.Country),
        LocationKind.FirstOrderDivision => (PlacePrecision.FirstOrderDivision, PlacePrecision.FirstOrderDivision),
        LocationKind.SecondOrderDivision => (PlacePrecision.SecondOrderDivision, PlacePrecision.SecondOrderDivision),
        LocationKind.Settlement => (PlacePrecision.ExactSite, PlacePrecision.Settlement),
        LocationKind.MilitaryInstallation or LocationKind.Airport or LocationKind.Building => (PlacePrecision.ExactSite, PlacePrecision.ExactSite),
        LocationKind.BorderArea or LocationKind.CoastalArea => (PlacePrecision.NearPlace, null),
        _ => (null, null),
    };
}
